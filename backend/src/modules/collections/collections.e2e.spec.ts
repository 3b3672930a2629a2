import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTEGRATION_PUBLISHER } from '../../platform/database/tokens.js';
import type { InProcessBus } from '../../platform/messaging/publisher.js';
import type { IntegrationEvent } from '../../platform/messaging/integration-event.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createSubscriber, maskCpf, randomCpf } from '../../test-support/auth.js';
import { cnab240Return } from '../billing/test-support/cnab240-return.js';
import { until, INSTALLATION_ADDRESS as address } from '../../test-support/http-helpers.js';

let t: TestServer;
let admin: string;
const received: IntegrationEvent[] = [];
beforeAll(async () => {
  // The business clock starts before the invoices' due date; `evaluate {date}` walks it forward.
  t = await startTestServer({ env: { NETPROVIDER_TODAY: '2026-11-28' } });
  admin = (await adminSession(t)).accessToken;
  t.server.app!.get<InProcessBus>(INTEGRATION_PUBLISHER).subscribe('*', async (ie) => {
    if (ie.source === 'collections') received.push(ie);
  });
});
afterAll(async () => t?.close());

const post = (path: string, json?: unknown, token = admin) => t.request(path, { method: 'POST', headers: bearer(token), ...(json !== undefined ? { json } : {}) });
const get = (path: string, token = admin) => t.request(path, { headers: bearer(token) });

const eventsOf = (contractId: string, type: string) => received.filter((e) => e.type === type && (e.data as { contractId: string }).contractId === contractId);

describe('collections acceptance', () => {
  it('notice → ServiceBlocked at 20 days overdue → CNAB payment → ServiceRestored; trust unblock from the customer area once, then refused; broken promise re-blocks', async () => {
    const acc = await post('/api/v1/billing/collection-accounts', {
      bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test',
    });
    expect(acc.status, acc.text).toBe(201);
    const cpf = randomCpf();
    const customer = await post('/api/v1/customers', { kind: 'PF', name: 'Joana Prado', document: maskCpf(cpf), emails: ['joana@example.com'], phones: [], addresses: [address] });
    expect(customer.status, customer.text).toBe(201);
    const plan = await post('/api/v1/plans', { name: 'Fibra 500', downloadMbps: 500, uploadMbps: 250, priceCents: 9990 });
    const contracts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const k = await post('/api/v1/contracts', { customerId: customer.body.id, planId: plan.body.id, dueDay: 10, installationAddressId: 'a1' });
      expect(k.status, k.text).toBe(201);
      expect((await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
      contracts.push(k.body.id);
    }
    const [paidContract, trustContract] = contracts as [string, string];

    // The plan's ladder: a formal notice on day 1, block on day 16 (15 days after the notice at least).
    const bad = await post('/api/v1/collections/ladders', {
      name: 'Fibra', planIds: [plan.body.id], suspensionNotice: { stepId: 'aviso', minDays: 15 },
      steps: [{ id: 'aviso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Fatura de {{valor}} vencida em {{vencimento}}.' }, { id: 'bloqueio', daysOffset: 10, action: 'block' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('steps.1.daysOffset');
    const ladder = await post('/api/v1/collections/ladders', {
      name: 'Fibra', planIds: [plan.body.id], suspensionNotice: { stepId: 'aviso', minDays: 15 },
      steps: [
        { id: 'aviso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Fatura de {{valor}} vencida em {{vencimento}}: sem pagamento, suspensão a partir de {{dataSuspensao}}.' },
        { id: 'bloqueio', daysOffset: 16, action: 'block', channel: 'sms', template: 'Serviço suspenso por débito de {{valor}}.' },
      ],
    });
    expect(ladder.status, ladder.text).toBe(201);
    expect((await get(`/api/v1/collections/ladders/${ladder.body.id}`)).body).toMatchObject({ name: 'Fibra', planIds: [plan.body.id] });

    const invoices: Record<string, { id: string; nossoNumero: string }> = {};
    for (const contractId of contracts) {
      const inv = await post('/api/v1/invoices', { customerId: customer.body.id, contractId, dueDate: '2026-12-10', items: [{ description: 'Mensalidade', amountCents: 9990 }] });
      expect(inv.status, inv.text).toBe(201);
      invoices[contractId] = { id: inv.body.id, nossoNumero: inv.body.boleto.nossoNumero };
    }

    // Day 1 overdue: the notice is recorded and queued; nothing is suspended.
    const day1 = await post('/api/v1/collections/evaluate', { date: '2026-12-11' });
    expect(day1.status, day1.text).toBe(200);
    expect(day1.body).toMatchObject({ date: '2026-12-11' });
    const messages = await get(`/api/v1/collections/messages?contractId=${paidContract}`);
    expect(messages.body.items).toEqual([expect.objectContaining({ stepId: 'aviso', channel: 'email', body: 'Fatura de R$ 99,90 vencida em 10/12/2026: sem pagamento, suspensão a partir de 26/12/2026.' })]);
    // No provider configured (embedded mode): the sender leaves it in the local outbox, status `local`.
    await until('local', () => get(`/api/v1/collections/messages?contractId=${paidContract}`), (r) => r.body.items[0]?.status === 'local');

    // 20 days overdue: blocked, with the notice it relied on.
    expect((await post('/api/v1/collections/evaluate', { date: '2026-12-30' })).status).toBe(200);
    for (const contractId of contracts) await until('ServiceBlocked', () => eventsOf(contractId, 'collections.ServiceBlocked'), (l) => l.length === 1);
    expect(eventsOf(paidContract, 'collections.ServiceBlocked')[0]).toMatchObject({
      version: 1, subject: `dunning-${paidContract}`,
      data: { contractId: paidContract, customerId: customer.body.id, pppoeLogin: expect.any(String), reason: 'delinquency', stepId: 'bloqueio', invoiceIds: [invoices[paidContract]!.id], on: '2026-12-30' },
    });
    expect(JSON.stringify(received)).not.toContain('Joana');
    const status = await get(`/api/v1/collections/contracts/${paidContract}/status`);
    expect(status.body).toMatchObject({ level: 'block', openInvoices: [expect.objectContaining({ daysOverdue: 20 })] });
    expect(status.body.history.map((h: { type: string; data: { stepId?: string } }) => `${h.type}:${h.data.stepId ?? ''}`)).toEqual(['DunningStepApplied:aviso', 'DunningStepApplied:bloqueio']);
    expect(status.body.history[1].data).toMatchObject({ noticeOn: '2026-12-11', action: 'block' });
    // Evaluating the same day again records nothing twice.
    expect((await post('/api/v1/collections/evaluate', { date: '2026-12-30' })).body.events).toBe(0);

    // Paid through the bank (CNAB retorno): the reactor restores the service.
    const file = cnab240Return('001', [{ nossoNumero: invoices[paidContract]!.nossoNumero, dueDate: '2026-12-10', nominalCents: 9990, paidCents: 10263, fineInterestCents: 273, paidOn: '2026-12-30' }], { fileDate: '2026-12-30' });
    const form = new FormData();
    form.append('file', new Blob([file]), 'retorno.ret');
    const upload = await t.request('/api/v1/billing/bank-returns', { method: 'POST', headers: bearer(admin), body: form });
    expect(upload.status, upload.text).toBe(200);
    expect(upload.body).toMatchObject({ settled: 1 });
    const [restored] = await until('ServiceRestored', () => eventsOf(paidContract, 'collections.ServiceRestored'), (l) => l.length === 1);
    expect(restored!.data).toMatchObject({ contractId: paidContract, reason: 'payment', invoiceIds: [invoices[paidContract]!.id], until: null });
    expect(eventsOf(trustContract, 'collections.ServiceRestored')).toEqual([]);

    // Customer area: the subscriber releases its other contract on a promise to pay — once.
    const sub = await createSubscriber(t, { customerId: customer.body.id, document: cpf });
    const eligible = await get(`/api/v1/portal/contracts/${trustContract}/trust-unblock/eligibility`, sub.accessToken);
    expect(eligible.status, eligible.text).toBe(200);
    expect(eligible.body).toMatchObject({ eligible: true, days: 3, until: '2027-01-02' });
    expect(eligible.body.message).toContain('liberar o serviço por 3 dias');
    const first = await post(`/api/v1/portal/contracts/${trustContract}/trust-unblock`, undefined, sub.accessToken);
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ released: true, until: '2027-01-02' });
    const [trust] = await until('ServiceRestored (trust)', () => eventsOf(trustContract, 'collections.ServiceRestored'), (l) => l.length === 1);
    expect(trust!.data).toMatchObject({ reason: 'trust', until: '2027-01-02' });
    const second = await post(`/api/v1/portal/contracts/${trustContract}/trust-unblock`, undefined, sub.accessToken);
    expect(second.status, second.text).toBe(409);
    expect(second.body.detail).toContain('já está liberado');
    // Another customer's contract does not exist for this subscriber.
    const stranger = await createSubscriber(t);
    expect((await post(`/api/v1/portal/contracts/${trustContract}/trust-unblock`, undefined, stranger.accessToken)).status).toBe(404);

    // The promise expires unpaid: blocked again, the broken promise recorded, and no new release this period.
    await post('/api/v1/collections/evaluate', { date: '2027-01-03' });
    await until('ServiceBlocked again', () => eventsOf(trustContract, 'collections.ServiceBlocked'), (l) => l.length === 2);
    const after = await get(`/api/v1/collections/contracts/${trustContract}/status`);
    expect(after.body).toMatchObject({ level: 'block', brokenPromises: ['2027-01-03'] });
    const refused = await post(`/api/v1/portal/contracts/${trustContract}/trust-unblock`, undefined, sub.accessToken);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('últimos 30 dias');
    const staffView = await get(`/api/v1/collections/contracts/${trustContract}/trust-unblock/eligibility`);
    expect(staffView.body).toMatchObject({ eligible: false, code: 'period-limit' });
  });
});
