import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createSubscriber, maskCpf, randomCpf } from '../../test-support/auth.js';
import { fakeEndToEndId } from '../billing/infrastructure/pix-psp/test-support/fake-pix-psp.server.js';
import { until, INSTALLATION_ADDRESS as address } from '../../test-support/http-helpers.js';

/*
 * Trust unblock on a payment proof: a PIX already received through the webhook releases the contract at once,
 * even when the usage limit is spent and other invoices are still open, and does not count as a use.
 */
const SECRET = 'webhook-secret-for-tests-0123456789';
let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer({ env: { NETPROVIDER_TODAY: '2026-11-28', PIX_WEBHOOK_SECRET: SECRET } });
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const post = (path: string, json?: unknown, token = admin) => t.request(path, { method: 'POST', headers: bearer(token), ...(json !== undefined ? { json } : {}) });
const get = (path: string, token = admin) => t.request(path, { headers: bearer(token) });

describe('trust unblock on a PIX already received', () => {
  it('releases at once outside the usage limit while another invoice is open; unknown or malformed E2E ids are 422 naming the field', async () => {
    expect((await post('/api/v1/billing/collection-accounts', {
      bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test',
    })).status).toBe(201);
    const cpf = randomCpf();
    const customer = await post('/api/v1/customers', { kind: 'PF', name: 'Davi Nunes', document: maskCpf(cpf), emails: [], phones: [], addresses: [address] });
    const plan = await post('/api/v1/plans', { name: 'Fibra 200', downloadMbps: 200, uploadMbps: 100, priceCents: 9300 });
    const k = await post('/api/v1/contracts', { customerId: customer.body.id, planId: plan.body.id, dueDay: 10, installationAddressId: 'a1' });
    expect((await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
    const contractId = k.body.id as string;
    expect((await post('/api/v1/collections/ladders', {
      name: 'Fibra 200', planIds: [plan.body.id], suspensionNotice: { stepId: 'aviso', minDays: 15 },
      steps: [{ id: 'aviso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Fatura vencida.' }, { id: 'bloqueio', daysOffset: 16, action: 'block' }],
    })).status).toBe(201);
    const invoices = [];
    for (const description of ['Mensalidade 11/2026', 'Mensalidade 12/2026']) {
      const inv = await post('/api/v1/invoices', { customerId: customer.body.id, contractId, dueDate: '2026-12-10', items: [{ description, amountCents: 9300 }] });
      expect(inv.status, inv.text).toBe(201);
      expect(inv.body.pix?.txid).toEqual(expect.any(String));
      invoices.push(inv.body as { id: string; pix: { txid: string } });
    }
    await post('/api/v1/collections/evaluate', { date: '2026-12-11' });
    await post('/api/v1/collections/evaluate', { date: '2026-12-27' });
    expect((await get(`/api/v1/collections/contracts/${contractId}/status`)).body).toMatchObject({ level: 'block' });

    // The one promise of the period is used and broken: blocked again, a plain request is refused.
    expect((await post(`/api/v1/collections/contracts/${contractId}/trust-unblock`)).status).toBe(200);
    await post('/api/v1/collections/evaluate', { date: '2026-12-31' });
    expect((await get(`/api/v1/collections/contracts/${contractId}/status`)).body).toMatchObject({ level: 'block', brokenPromises: ['2026-12-31'] });
    const sub = await createSubscriber(t, { customerId: customer.body.id, document: cpf });
    const refused = await post(`/api/v1/portal/contracts/${contractId}/trust-unblock`, undefined, sub.accessToken);
    expect(refused.status).toBe(409);

    // Malformed and unknown E2E ids: 422 naming the field, nothing released.
    const malformed = await post(`/api/v1/portal/contracts/${contractId}/trust-unblock`, { endToEndId: 'comprovante' }, sub.accessToken);
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors[0].field).toBe('endToEndId');
    const unknown = await post(`/api/v1/portal/contracts/${contractId}/trust-unblock`, { endToEndId: fakeEndToEndId() }, sub.accessToken);
    expect(unknown.status, unknown.text).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'endToEndId' });
    expect(unknown.body.detail).toContain('Não encontramos um PIX recebido');

    // The subscriber pays one of the two invoices by PIX (R$ 93,00 + 2 % fine + 1 % a.m. interest for 21 days): the
    // webhook settles it, the other stays open.
    const endToEndId = fakeEndToEndId(new Date('2026-12-31T16:00:00Z'));
    const hook = await t.request('/api/v1/billing/pix/webhook/pix', {
      method: 'POST', headers: { 'x-webhook-secret': SECRET },
      json: { pix: [{ endToEndId, txid: invoices[0]!.pix.txid, valor: '95.51', horario: '2026-12-31T13:00:00-03:00' }] },
    });
    expect(hook.status, hook.text).toBe(200);
    expect(hook.body).toMatchObject({ settled: 1 });
    await until('settled', () => get(`/api/v1/collections/contracts/${contractId}/status`), (r) => r.body.openInvoices?.length === 1);
    expect((await get(`/api/v1/collections/contracts/${contractId}/status`)).body).toMatchObject({ level: 'block' });

    // Presenting it releases at once, outside the spent limit.
    const released = await post(`/api/v1/portal/contracts/${contractId}/trust-unblock`, { endToEndId }, sub.accessToken);
    expect(released.status, released.text).toBe(200);
    expect(released.body).toMatchObject({ released: true, paymentProof: endToEndId, until: '2027-01-03' });
    const status = (await get(`/api/v1/collections/contracts/${contractId}/status`)).body;
    expect(status).toMatchObject({ level: 'none' });
    const granted = status.history.filter((h: { type: string }) => h.type === 'TrustUnblockGranted');
    expect(granted).toHaveLength(2);
    expect(granted[1].data).toMatchObject({ requestedBy: 'subscriber', proof: { kind: 'pix', endToEndId, invoiceId: invoices[0]!.id, amountCents: 9551, paidOn: '2026-12-31' } });
    // Each proof releases once; without one, an already released contract is refused.
    const reused = await post(`/api/v1/portal/contracts/${contractId}/trust-unblock`, { endToEndId }, sub.accessToken);
    expect(reused.status).toBe(422);
    expect(reused.body.detail).toContain('já foi usado');
    expect((await post(`/api/v1/portal/contracts/${contractId}/trust-unblock`, undefined, sub.accessToken)).status).toBe(409);
  });
});
