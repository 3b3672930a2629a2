import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiskFileStorage } from './disk-file-storage.js';
import type { FileStorage } from './file-storage.js';
import { S3FileStorage, signV4 } from './s3-file-storage.js';

// Tier: int. The disk adapter on a real temp dir; the S3 adapter against a local server speaking the S3 REST
// API (PutObject / GetObject / DeleteObject, path-style) that checks each request's SigV4 signature.

function contract(name: string, make: () => FileStorage) {
  describe(name, () => {
    it('puts, gets, overwrites and deletes; a missing object is null and deleting it is fine', async () => {
      const s = make();
      const body = Buffer.from([0, 1, 2, 255, 10, 13]);
      await s.put('customers/c-1/documents/d-1', body, 'application/octet-stream');
      expect(await s.get('customers/c-1/documents/d-1')).toEqual(body);
      await s.put('customers/c-1/documents/d-1', Buffer.from('outro'), 'application/octet-stream');
      expect((await s.get('customers/c-1/documents/d-1'))!.toString()).toBe('outro');
      await s.delete('customers/c-1/documents/d-1');
      expect(await s.get('customers/c-1/documents/d-1')).toBeNull();
      await s.delete('customers/c-1/documents/d-1');
    });

    it('refuses keys that could leave its root', async () => {
      const s = make();
      for (const key of ['../x', 'a/../../x', '/etc/passwd', 'a//b', '']) await expect(s.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/invalid storage key/);
    });
  });
}

const dirs: string[] = [];
contract('DiskFileStorage', () => {
  const d = mkdtempSync(join(tmpdir(), 'np-files-'));
  dirs.push(d);
  return new DiskFileStorage(d);
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('DiskFileStorage layout', () => {
  it('writes under its root, leaving no temp file', async () => {
    const d = mkdtempSync(join(tmpdir(), 'np-files-'));
    dirs.push(d);
    await new DiskFileStorage(d).put('a/b/c.bin', Buffer.from('x'));
    expect(readdirSync(join(d, 'a', 'b'))).toEqual(['c.bin']);
  });
});

// ------------------------------------------------------------------------------------- a small S3 server

const CREDS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', region: 'sa-east-1' };
const hex = (d: string | Buffer) => createHash('sha256').update(d).digest('hex');

/** Recomputes the SigV4 signature of a request from what arrived (the verification S3 itself does). */
function verify(req: IncomingMessage, body: Buffer): string | null {
  const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(req.headers.authorization ?? '');
  if (!auth) return 'AccessDenied';
  const [, akid, day, region, signed, signature] = auth;
  if (akid !== CREDS.accessKeyId || region !== CREDS.region) return 'InvalidAccessKeyId';
  if (req.headers['x-amz-content-sha256'] !== hex(body)) return 'XAmzContentSHA256Mismatch';
  const names = signed!.split(';');
  const canonical = [req.method, req.url!.split('?')[0], '', names.map((n) => `${n}:${String(req.headers[n]).trim()}\n`).join(''), signed, req.headers['x-amz-content-sha256']].join('\n');
  const toSign = ['AWS4-HMAC-SHA256', req.headers['x-amz-date'], `${day}/${region}/s3/aws4_request`, hex(canonical)].join('\n');
  let k: Buffer = createHmac('sha256', `AWS4${CREDS.secretAccessKey}`).update(day!).digest();
  for (const part of [region!, 's3', 'aws4_request']) k = createHmac('sha256', k).update(part).digest();
  return createHmac('sha256', k).update(toSign).digest('hex') === signature ? null : 'SignatureDoesNotMatch';
}

let server: Server;
let endpoint: string;
const objects = new Map<string, { body: Buffer; type: string }>();
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const xmlError = (status: number, code: string) => {
        res.writeHead(status, { 'content-type': 'application/xml' });
        res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
      };
      const denied = verify(req, body);
      if (denied) return xmlError(403, denied);
      const m = /^\/([^/]+)\/(.+)$/.exec(req.url!);
      if (!m || m[1] !== 'np-docs') return xmlError(404, 'NoSuchBucket');
      const key = decodeURIComponent(m[2]!);
      if (req.method === 'PUT') {
        objects.set(key, { body, type: String(req.headers['content-type']) });
        res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` }).end();
      } else if (req.method === 'GET') {
        const o = objects.get(key);
        if (!o) return xmlError(404, 'NoSuchKey');
        res.writeHead(200, { 'content-type': o.type, 'content-length': o.body.length }).end(o.body);
      } else if (req.method === 'DELETE') {
        objects.delete(key);
        res.writeHead(204).end();
      } else xmlError(405, 'MethodNotAllowed');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

contract('S3FileStorage', () => new S3FileStorage({ endpoint, bucket: 'np-docs', ...CREDS }));

describe('S3FileStorage requests', () => {
  it('stores the object under the bucket with its content type', async () => {
    await new S3FileStorage({ endpoint, bucket: 'np-docs', ...CREDS }).put('x/y.bin', Buffer.from('abc'), 'application/octet-stream');
    expect(objects.get('x/y.bin')).toEqual({ body: Buffer.from('abc'), type: 'application/octet-stream' });
  });

  it('reports the S3 error code of a refused request (wrong secret)', async () => {
    const wrong = new S3FileStorage({ endpoint, bucket: 'np-docs', ...CREDS, secretAccessKey: 'not-the-secret' });
    await expect(wrong.get('x/y.bin')).rejects.toThrow('S3 GetObject x/y.bin: HTTP 403 SignatureDoesNotMatch');
  });

  it('signs as AWS documents it (GetObject example of the SigV4 reference)', () => {
    const headers = signV4({
      method: 'GET', host: 'examplebucket.s3.amazonaws.com', path: '/test.txt', body: Buffer.alloc(0), headers: { range: 'bytes=0-9' },
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1', now: new Date('2013-05-24T00:00:00Z'),
    });
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});
