import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test-support/test-server.js';
import { adminSession, bearer, createStaff } from '../../../../test-support/auth.js';
import { BacenPixApiClient } from '../../infrastructure/pix-psp/bacen-pix-api.client.js';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_PIX_KEY, startFakePixPsp, type FakePixPsp } from '../../infrastructure/pix-psp/test-support/fake-pix-psp.server.js';

const SECRET = 'webhook-secret-for-tests-0123456789';
const PUBLIC_URL = 'https://erp.provedor-exemplo.com.br';

let psp: FakePixPsp;
let t: TestServer;
let admin: string;
beforeAll(async () => {
  psp = await startFakePixPsp({ webhookSecret: { header: 'x-webhook-secret', value: SECRET } });
  t = await startTestServer({
    env: {
      PIX_PSP_BASE_URL: psp.baseUrl, PIX_PSP_TOKEN_URL: psp.tokenUrl, PIX_PSP_CLIENT_ID: FAKE_CLIENT_ID, PIX_PSP_CLIENT_SECRET: FAKE_CLIENT_SECRET,
      PIX_WEBHOOK_SECRET: SECRET, NETPROVIDER_PUBLIC_URL: PUBLIC_URL,
    },
  });
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => {
  await t?.close();
  await psp?.close();
});

const call = (method: string, path: string, json?: unknown, token = admin) => t.request(path, { method, headers: bearer(token), ...(json !== undefined ? { json } : {}) });
const company = { beneficiaryName: 'Provedor Fibra Ltda', beneficiaryDocument: '11.222.333/0001-81' };
const bb = { bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17' };
async function account(body: Record<string, unknown>) {
  const r = await call('POST', '/api/v1/billing/collection-accounts', { ...company, ...bb, ...body });
  expect(r.status, r.text).toBe(201);
  return r.body.id as string;
}

describe('PSP webhook registration (PUT|GET|DELETE /api/v1/billing/pix/webhook)', () => {
  it('registers our public URL for the account\'s Pix key at the PSP (PUT /webhook/{chave}), shows it, and removes it', async () => {
    const accountId = await account({ pixKey: FAKE_PIX_KEY, pixMode: 'psp' });

    const before = await call('GET', `/api/v1/billing/pix/webhook?collectionAccountId=${accountId}`);
    expect(before.status, before.text).toBe(200);
    expect(before.body).toEqual({ collectionAccountId: accountId, pixKey: FAKE_PIX_KEY, registered: false, webhookUrl: null, createdAt: null });

    // Default URL: NETPROVIDER_PUBLIC_URL + the receiving route; default account when none is named.
    const put = await call('PUT', '/api/v1/billing/pix/webhook', {});
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({ collectionAccountId: accountId, pixKey: FAKE_PIX_KEY, registered: true, webhookUrl: `${PUBLIC_URL}/api/v1/billing/pix/webhook` });
    expect(Date.parse(put.body.createdAt)).not.toBeNaN();
    const sent = psp.requests.filter((r) => r.method === 'PUT' && r.url.startsWith('/api/v2/webhook/'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(`/api/v2/webhook/${encodeURIComponent(FAKE_PIX_KEY)}`);
    expect(sent[0]!.body).toEqual({ webhookUrl: `${PUBLIC_URL}/api/v1/billing/pix/webhook` });
    expect(sent[0]!.status).toBe(200);
    expect(psp.webhookOf(FAKE_PIX_KEY)).toBe(`${PUBLIC_URL}/api/v1/billing/pix/webhook`);

    // An explicit URL (here: this test server), then a Pix paid at the PSP reaches our receiving route.
    const here = await call('PUT', '/api/v1/billing/pix/webhook', { collectionAccountId: accountId, webhookUrl: `${t.url}/api/v1/billing/pix/webhook` });
    expect(here.status, here.text).toBe(200);
    expect((await call('GET', '/api/v1/billing/pix/webhook')).body).toMatchObject({ registered: true, webhookUrl: `${t.url}/api/v1/billing/pix/webhook` });
    const client = new BacenPixApiClient({ baseUrl: psp.baseUrl, tokenUrl: psp.tokenUrl, clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
    try {
      await client.createImmediateCharge({ txid: 'webhookregistration0000000000001', amountCents: 1000, expiresInSeconds: 3600, key: FAKE_PIX_KEY });
    } finally {
      client.close();
    }
    const paid = await psp.pay('webhookregistration0000000000001');
    expect(paid.delivery).toMatchObject({ url: `${t.url}/api/v1/billing/pix/webhook/pix`, status: 200 });

    // Removal: 204, then none, and a second removal is 404.
    const del = await call('DELETE', `/api/v1/billing/pix/webhook?collectionAccountId=${accountId}`);
    expect(del.status, del.text).toBe(204);
    expect(psp.requests.some((r) => r.method === 'DELETE' && r.url === `/api/v2/webhook/${encodeURIComponent(FAKE_PIX_KEY)}` && r.status === 204)).toBe(true);
    expect(psp.webhookOf(FAKE_PIX_KEY)).toBeUndefined();
    expect((await call('GET', '/api/v1/billing/pix/webhook')).body).toMatchObject({ registered: false, webhookUrl: null });
    const again = await call('DELETE', '/api/v1/billing/pix/webhook');
    expect(again.status).toBe(404);
    expect(again.body.type).toContain('pix-webhook-not-registered');
  });

  it('refuses what cannot be registered, naming the field; the PSP\'s refusal is a 502; billing admins only', async () => {
    const noKey = await account({ pixMode: 'none' });
    const r1 = await call('PUT', '/api/v1/billing/pix/webhook', { collectionAccountId: noKey });
    expect(r1.status).toBe(422);
    expect(r1.body.errors).toEqual([expect.objectContaining({ field: 'collectionAccountId' })]);
    const r2 = await call('GET', '/api/v1/billing/pix/webhook?collectionAccountId=0b6a1f7e-7d1c-4a55-9f4e-3c2b1a0d9e8f');
    expect(r2.status).toBe(422);
    expect(r2.body.errors[0].field).toBe('collectionAccountId');
    const r3 = await call('PUT', '/api/v1/billing/pix/webhook', { webhookUrl: 'ftp://erp.example.com/x' });
    expect(r3.status).toBe(422);
    expect(r3.body.errors[0].field).toBe('webhookUrl');

    // A key the PSP does not hold for us: the PSP answers 400 WebhookOperacaoInvalida.
    const foreign = await account({ pixKey: 'financeiro@outro-provedor.test', pixMode: 'static' });
    const r4 = await call('PUT', '/api/v1/billing/pix/webhook', { collectionAccountId: foreign });
    expect(r4.status, r4.text).toBe(502);
    expect(r4.body).toMatchObject({ pspStatus: 400, errorType: expect.stringContaining('WebhookOperacaoInvalida') });

    const atendente = await createStaff(t, ['atendente']);
    expect((await call('PUT', '/api/v1/billing/pix/webhook', {}, atendente.accessToken)).status).toBe(403);
    expect((await call('GET', '/api/v1/billing/pix/webhook', undefined, atendente.accessToken)).status).toBe(403);
    expect((await call('DELETE', '/api/v1/billing/pix/webhook', undefined, atendente.accessToken)).status).toBe(403);
  });
});
