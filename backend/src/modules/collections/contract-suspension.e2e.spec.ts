import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, EventStore, RecordedEvent } from '@netprovider/event-store';
import { DATABASE, EVENT_STORE } from '../../platform/database/tokens.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';
import { cnab240Return } from '../billing/test-support/cnab240-return.js';
import { until, INSTALLATION_ADDRESS as address } from '../../test-support/http-helpers.js';

/*
 * Dunning reaches the contract: a block suspends it for delinquency, a restoration (payment, trust unblock)
 * reactivates it, a suspension at the customer's request is never lifted; the next monthly invoice credits
 * the days suspended for delinquency (Anatel RGC), once.
 */
let t: TestServer;
let admin: string;
let store: EventStore;
let db: Database;
beforeAll(async () => {
  t = await startTestServer({ env: { NETPROVIDER_TODAY: '2026-11-28' } });
  admin = (await adminSession(t)).accessToken;
  store = t.server.app!.get<EventStore>(EVENT_STORE);
  db = t.server.app!.get<Database>(DATABASE);
});
afterAll(async () => t?.close());

const post = (path: string, json?: unknown, token = admin) => t.request(path, { method: 'POST', headers: bearer(token), ...(json !== undefined ? { json } : {}) });
const put = (path: string, json: unknown) => t.request(path, { method: 'PUT', headers: bearer(admin), json });
const get = (path: string, token = admin) => t.request(path, { headers: bearer(token) });

const contractOf = (id: string) => get(`/api/v1/contracts/${id}`).then((r) => r.body as { status: string; suspension: { reason: string; startsOn: string } | null });
const contractEvents = (id: string, type: string) => store.readStream(`contract-${id}`).then((l) => l.filter((e) => e.type === type));

/** Waits until the contract-suspension reactor has handled (at least) the dunning stream's latest event. */
async function reactorPassed(contractId: string): Promise<void> {
  const dunning = await store.readStream(`dunning-${contractId}`);
  const position = dunning[dunning.length - 1]!.globalPosition;
  await until(`reactor past ${position}`, async () => Number((await db.query<{ p: string }>(`SELECT global_position AS p FROM es_checkpoints WHERE processor = 'collections-contract-suspension'`)).rows[0]?.p ?? -1), (p) => p >= position);
}

async function runBilling(competence: string) {
  const started = await post('/api/v1/billing/runs', { competence });
  expect(started.status, started.text).toBe(202);
  const preview = await until('preview', () => get(`/api/v1/billing/runs/${started.body.id}`), (r) => r.body.status !== 'previewing');
  return preview.body;
}

async function issue(competence: string) {
  const run = await runBilling(competence);
  expect((await post(`/api/v1/billing/runs/${run.id}/approve`)).status).toBe(202);
  await until('issuance', () => get(`/api/v1/billing/runs/${run.id}`), (r) => r.body.status === 'completed');
  return run;
}

async function payByBank(titles: Array<{ nossoNumero: string }>, paidOn: string) {
  const file = cnab240Return('001', titles.map((x) => ({ nossoNumero: x.nossoNumero, dueDate: '2026-12-10', nominalCents: 9300, paidCents: 9579, fineInterestCents: 279, paidOn })), { fileDate: paidOn });
  const form = new FormData();
  form.append('file', new Blob([file]), 'retorno.ret');
  const upload = await t.request('/api/v1/billing/bank-returns', { method: 'POST', headers: bearer(admin), body: form });
  expect(upload.status, upload.text).toBe(200);
  expect(upload.body).toMatchObject({ settled: titles.length });
}

describe('delinquency suspension reaches the contract', () => {
  it('block → suspended (delinquency) → CNAB payment → reactivated → next invoice credits the suspended days once; a customer-request suspension stays', async () => {
    expect((await post('/api/v1/billing/collection-accounts', {
      bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test',
    })).status).toBe(201);
    const settings = await get('/api/v1/billing/settings');
    expect(settings.body).toMatchObject({ creditDelinquencySuspendedDays: true });
    const customer = await post('/api/v1/customers', { kind: 'PF', name: 'Rita Moura', document: maskCpf(randomCpf()), emails: ['rita@example.com'], phones: [], addresses: [address] });
    expect(customer.status, customer.text).toBe(201);
    // R$ 93,00 a month: R$ 3,00 a day in a 31-day month.
    const plan = await post('/api/v1/plans', { name: 'Fibra 300', downloadMbps: 300, uploadMbps: 150, priceCents: 9300 });
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const k = await post('/api/v1/contracts', { customerId: customer.body.id, planId: plan.body.id, dueDay: 10, installationAddressId: 'a1' });
      expect(k.status, k.text).toBe(201);
      expect((await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
      ids.push(k.body.id);
    }
    const [delinquent, onRequest] = ids as [string, string];
    // The other contract was suspended at the customer's request before it was blocked.
    const requested = await post(`/api/v1/contracts/${onRequest}/suspend`, { reason: 'customer_request', startsOn: '2026-12-20', endsOn: '2027-02-20' });
    expect(requested.status, requested.text).toBe(200);

    const ladder = await post('/api/v1/collections/ladders', {
      name: 'Fibra 300', planIds: [plan.body.id], suspensionNotice: { stepId: 'aviso', minDays: 15 },
      steps: [
        { id: 'aviso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Fatura de {{valor}} vencida em {{vencimento}}.' },
        { id: 'reduz', daysOffset: 16, action: 'throttle' },
        { id: 'bloqueio', daysOffset: 20, action: 'block' },
      ],
    });
    expect(ladder.status, ladder.text).toBe(201);
    const invoices: Record<string, { id: string; nossoNumero: string }> = {};
    for (const contractId of ids) {
      const inv = await post('/api/v1/invoices', { customerId: customer.body.id, contractId, dueDate: '2026-12-10', items: [{ description: 'Mensalidade', amountCents: 9300 }] });
      expect(inv.status, inv.text).toBe(201);
      invoices[contractId] = { id: inv.body.id, nossoNumero: inv.body.boleto.nossoNumero };
    }

    // Notice and reduced speed do not change the contract's status.
    await post('/api/v1/collections/evaluate', { date: '2026-12-11' });
    await post('/api/v1/collections/evaluate', { date: '2026-12-27' });
    expect((await get(`/api/v1/collections/contracts/${delinquent}/status`)).body).toMatchObject({ level: 'throttle' });
    await reactorPassed(delinquent);
    expect((await contractOf(delinquent)).status).toBe('active');

    // 20 days overdue: blocked → suspended for delinquency from that day, by the system, naming the step.
    await post('/api/v1/collections/evaluate', { date: '2026-12-30' });
    const suspended = await until('suspended', () => contractOf(delinquent), (c) => c.status === 'suspended');
    expect(suspended.suspension).toMatchObject({ reason: 'delinquency', startsOn: '2026-12-30' });
    const [event] = (await contractEvents(delinquent, 'ContractSuspended')) as RecordedEvent[];
    expect(event!.data).toMatchObject({ reason: 'delinquency', startsOn: '2026-12-30', cause: { source: 'collections', stepId: 'bloqueio', action: 'block', invoiceIds: [invoices[delinquent]!.id] } });
    expect(event!.metadata).toMatchObject({ actorId: 'system', actorKind: 'system', reason: 'delinquency', trigger: 'collections-dunning' });
    await reactorPassed(onRequest);
    expect(await contractOf(onRequest)).toMatchObject({ status: 'suspended', suspension: { reason: 'customer_request' } });

    // A replayed block (at least once) and another evaluation change nothing.
    await post('/api/v1/collections/evaluate', { date: '2027-01-09' });
    expect(await contractEvents(delinquent, 'ContractSuspended')).toHaveLength(1);

    // Paid through the bank on 09/01: restored → reactivated; the customer-request suspension stays.
    await payByBank([invoices[delinquent]!, invoices[onRequest]!], '2027-01-09');
    const reactivated = await until('reactivated', () => contractOf(delinquent), (c) => c.status === 'active');
    expect(reactivated.suspension).toBeNull();
    const [back] = await contractEvents(delinquent, 'ContractReactivated');
    expect(back!.data).toMatchObject({ on: '2027-01-09', suspensionReason: 'delinquency', suspendedDays: 10, cause: { source: 'collections', stepId: null, action: 'payment' } });
    await until('restored', () => get(`/api/v1/collections/contracts/${onRequest}/status`), (r) => r.body.level === 'none');
    await reactorPassed(onRequest);
    expect(await contractOf(onRequest)).toMatchObject({ status: 'suspended', suspension: { reason: 'customer_request' } });
    expect(await contractEvents(onRequest, 'ContractReactivated')).toEqual([]);

    // The next monthly invoice credits 30/12–31/12 (2 of 31 days) and 01/01–08/01 (8 of 31): R$ 6,00 + R$ 24,00.
    await issue('2027-02');
    const feb = (await get(`/api/v1/invoices?contractId=${delinquent}`)).body.items.find((i: { competence?: string }) => i.competence === '2027-02');
    const invoice = (await get(`/api/v1/invoices/${feb.id}`)).body;
    expect(invoice.totalCents).toBe(9300 - 600 - 2400);
    expect(invoice.items.filter((i: { kind: string }) => i.kind === 'credit')).toEqual([
      expect.objectContaining({ description: 'Crédito de 2 dias suspensos por inadimplência (30/12 a 31/12)', amountCents: -600 }),
      expect.objectContaining({ description: 'Crédito de 8 dias suspensos por inadimplência (01/01 a 08/01)', amountCents: -2400 }),
    ]);
    expect(JSON.stringify(invoice.items)).not.toMatch(/religa|reconex/i);
    // Never twice: the next month's invoice has no credit.
    await issue('2027-03');
    const mar = (await get(`/api/v1/invoices?contractId=${delinquent}`)).body.items.find((i: { competence?: string }) => i.competence === '2027-03');
    expect((await get(`/api/v1/invoices/${mar.id}`)).body).toMatchObject({ totalCents: 9300 });
  });

  it('trust unblock reactivates; the broken promise suspends again; the company setting turns the credit off', async () => {
    expect((await put('/api/v1/billing/settings', { finePercentBp: 200, interestMonthlyBp: 100, graceDays: 0, creditDelinquencySuspendedDays: false })).body).toMatchObject({ creditDelinquencySuspendedDays: false });
    const customer = await post('/api/v1/customers', { kind: 'PF', name: 'Caio Lins', document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address] });
    const plan = await post('/api/v1/plans', { name: 'Fibra 100', downloadMbps: 100, uploadMbps: 50, priceCents: 6200 });
    const k = await post('/api/v1/contracts', { customerId: customer.body.id, planId: plan.body.id, dueDay: 10, installationAddressId: 'a1' });
    expect((await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
    const contractId = k.body.id as string;
    expect((await post('/api/v1/collections/ladders', {
      name: 'Fibra 100', planIds: [plan.body.id], suspensionNotice: { stepId: 'aviso', minDays: 15 },
      steps: [{ id: 'aviso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Fatura vencida.' }, { id: 'bloqueio', daysOffset: 16, action: 'block' }],
    })).status).toBe(201);
    expect((await post('/api/v1/invoices', { customerId: customer.body.id, contractId, dueDate: '2027-03-10', items: [{ description: 'Mensalidade', amountCents: 6200 }] })).status).toBe(201);
    await post('/api/v1/collections/evaluate', { date: '2027-03-11' });
    await post('/api/v1/collections/evaluate', { date: '2027-03-27' });
    await until('suspended', () => contractOf(contractId), (c) => c.status === 'suspended');

    const granted = await post(`/api/v1/collections/contracts/${contractId}/trust-unblock`, { days: 3 });
    expect(granted.status, granted.text).toBe(200);
    await until('reactivated (trust)', () => contractOf(contractId), (c) => c.status === 'active');
    expect((await contractEvents(contractId, 'ContractReactivated'))[0]!.data).toMatchObject({ on: '2027-03-27', suspendedDays: 0, cause: { action: 'trust' } });

    // The promise expires unpaid: blocked again → suspended again.
    await post('/api/v1/collections/evaluate', { date: '2027-03-31' });
    const again = await until('suspended again', () => contractOf(contractId), (c) => c.status === 'suspended');
    expect(again.suspension).toMatchObject({ reason: 'delinquency', startsOn: '2027-03-31' });
    expect(await contractEvents(contractId, 'ContractSuspended')).toHaveLength(2);

    // Settings off: a reactivation after 5 suspended days adds no credit to the next invoice.
    const staffReactivated = await post(`/api/v1/contracts/${contractId}/reactivate`, { on: '2027-04-05' });
    expect(staffReactivated.status, staffReactivated.text).toBe(200);
    await issue('2027-05');
    const may = (await get(`/api/v1/invoices?contractId=${contractId}`)).body.items.find((i: { competence?: string }) => i.competence === '2027-05');
    expect((await get(`/api/v1/invoices/${may.id}`)).body).toMatchObject({ totalCents: 6200 });
  });
});
