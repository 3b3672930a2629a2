import { createHash, createHmac } from 'node:crypto';
import { assertStorageKey, type FileStorage } from './file-storage.js';

export interface S3Options {
  /** e.g. `https://s3.sa-east-1.amazonaws.com`, `http://127.0.0.1:9000` (MinIO); path-style addressing. */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
/** RFC 3986 encoding as SigV4 wants it (each path segment; `/` kept between segments). */
const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

/**
 * PutObject / GetObject / DeleteObject on an S3-compatible store, signed with AWS Signature Version 4
 * (header-based, payload hashed). Small on purpose: three calls need no SDK.
 */
export class S3FileStorage implements FileStorage {
  private readonly endpoint: URL;

  constructor(private readonly o: S3Options) {
    this.endpoint = new URL(o.endpoint);
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const r = await this.send('PUT', key, body, { 'content-type': contentType });
    if (!r.ok) throw await this.error('PutObject', key, r);
  }

  async get(key: string): Promise<Buffer | null> {
    const r = await this.send('GET', key);
    if (r.status === 404) return null;
    if (!r.ok) throw await this.error('GetObject', key, r);
    return Buffer.from(await r.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const r = await this.send('DELETE', key);
    if (!r.ok && r.status !== 404) throw await this.error('DeleteObject', key, r);
  }

  private async error(op: string, key: string, r: Response): Promise<Error> {
    const text = await r.text().catch(() => '');
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1];
    return new Error(`S3 ${op} ${key}: HTTP ${r.status}${code ? ` ${code}` : ''}`);
  }

  private send(method: string, key: string, body?: Buffer, extra: Record<string, string> = {}): Promise<Response> {
    assertStorageKey(key);
    const basePath = this.endpoint.pathname.replace(/\/$/, '');
    const path = `${basePath}/${encode(this.o.bucket)}/${key.split('/').map(encode).join('/')}`;
    const headers = signV4({ method, host: this.endpoint.host, path, body: body ?? Buffer.alloc(0), headers: extra, ...this.o });
    return fetch(new URL(path, this.endpoint), { method, headers, body: body ? new Uint8Array(body) : undefined });
  }
}

/** The headers of a SigV4-signed request (Authorization, x-amz-date, x-amz-content-sha256 and the given ones). */
export function signV4(r: {
  method: string;
  host: string;
  path: string;
  body: Buffer;
  headers: Record<string, string>;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  now?: Date;
}): Record<string, string> {
  const amzDate = (r.now ?? new Date()).toISOString().replace(/[:-]|\.\d{3}/g, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { ...r.headers, host: r.host, 'x-amz-date': amzDate, 'x-amz-content-sha256': sha256(r.body) };
  const names = Object.keys(headers).map((h) => h.toLowerCase()).sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v).trim()]));
  const signedHeaders = names.join(';');
  const canonical = [r.method, r.path, '', names.map((n) => `${n}:${lower[n]}\n`).join(''), signedHeaders, lower['x-amz-content-sha256']].join('\n');
  const scope = `${day}/${r.region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const kSigning = hmac(hmac(hmac(hmac(`AWS4${r.secretAccessKey}`, day), r.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', kSigning).update(toSign).digest('hex');
  const { host: _h, ...sent } = headers;
  return { ...sent, authorization: `AWS4-HMAC-SHA256 Credential=${r.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}` };
}
