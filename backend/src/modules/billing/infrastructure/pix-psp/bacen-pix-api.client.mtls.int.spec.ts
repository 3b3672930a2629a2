import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BacenPixApiClient } from './bacen-pix-api.client.js';
import { newTxid, PixPspError } from './pix-psp.port.js';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_PIX_KEY, startFakePixPsp, type FakePixPsp } from './test-support/fake-pix-psp.server.js';

// PSPs require a client certificate on every call (token endpoint included). Certificates are made here
// with openssl: a CA that signs the fake PSP's server certificate and our client certificate.
let dir: string;
let psp: FakePixPsp;
const pem = (name: string) => readFileSync(join(dir, name));

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
}

function signed(name: string, cn: string, ext?: string): void {
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
  const extArgs: string[] = [];
  if (ext) {
    writeFileSync(join(dir, `${name}.ext`), ext);
    extArgs.push('-extfile', `${name}.ext`);
  }
  openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', ...extArgs);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pix-mtls-'));
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=fake-psp-ca', '-days', '2');
  signed('server', '127.0.0.1', 'subjectAltName=IP:127.0.0.1\n');
  signed('client', 'netprovider-isp');
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'rogue.key', '-out', 'rogue.crt', '-subj', '/CN=rogue', '-days', '2');
  psp = await startFakePixPsp({ tls: { key: pem('server.key'), cert: pem('server.crt'), ca: pem('ca.crt') } });
});

afterAll(async () => {
  await psp?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const base = () => ({ baseUrl: psp.baseUrl, clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET, retries: 0 });

describe('mTLS', () => {
  it('talks to the PSP over HTTPS with the client certificate (token endpoint and API)', async () => {
    const client = new BacenPixApiClient({ ...base(), tls: { cert: pem('client.crt'), key: pem('client.key'), ca: pem('ca.crt') } });
    try {
      const c = await client.createImmediateCharge({ txid: newTxid(), amountCents: 100, expiresInSeconds: 60, key: FAKE_PIX_KEY });
      expect(c.status).toBe('ATIVA');
      expect(psp.baseUrl.startsWith('https://')).toBe(true);
      expect(psp.tokensIssued()).toBeGreaterThan(0);
    } finally {
      client.close();
    }
  });

  it('a certificate the PSP does not trust gets no answer (status 0)', async () => {
    const client = new BacenPixApiClient({ ...base(), tls: { cert: pem('rogue.crt'), key: pem('rogue.key'), ca: pem('ca.crt') } });
    try {
      const e = await client.getCharge('cob', newTxid()).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(PixPspError);
      expect((e as PixPspError).status).toBe(0);
    } finally {
      client.close();
    }
  });

  it('refuses a client certificate on a plain-HTTP base URL', () => {
    expect(() => new BacenPixApiClient({ ...base(), baseUrl: 'http://127.0.0.1:1/api/v2', tls: { cert: pem('client.crt'), key: pem('client.key') } })).toThrow(TypeError);
  });
});
