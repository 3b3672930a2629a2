import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, EventStore } from '@netprovider/event-store';
import { DATABASE, EVENT_STORE } from '../../platform/database/tokens.js';
import { GrantSuspendedDaysCredit } from '../billing/infrastructure/suspended-days-credit-grants.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';
import { until, INSTALLATION_ADDRESS as address, staffCalls } from '../../test-support/http-helpers.js';

/*
 * Suspended-days credit the customer can always use (Anatel RGC: no charge for days suspended for
 * delinquency): a whole month suspended cannot go on one invoice, so it becomes customer credit balance; a
 * contract cancelled while suspended for delinquency gets the suspended days already charged as balance. Both
 * are refundable, granted once (event `CustomerCreditGranted` on the customer's credit stream).
 */
let t: TestServer;
let admin: string;
let store: EventStore;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
  store = t.server.app!.get<EventStore>(EVENT_STORE);
});
afterAll(async () => t?.close());

const { post, get } = staffCalls(() => t, () => admin);

async function issue(competence: string) {
  const started = await post('/api/v1/billing/runs', { competence });
  expect(started.status, started.text).toBe(202);
  await until('preview', () => get(`/api/v1/billing/runs/${started.body.id}`), (r) => r.body.status !== 'previewing');
  expect((await post(`/api/v1/billing/runs/${started.body.id}/approve`)).status).toBe(202);
  await until('issuance', () => get(`/api/v1/billing/runs/${started.body.id}`), (r) => r.body.status === 'completed');
}

const credits = (customerId: string) => get(`/api/v1/billing/credits/${customerId}`).then((r) => r.body as { balanceCents: number; movements: Array<{ kind: string; amountCents: number; description?: string }> });

describe('suspended-days credit as customer credit balance', () => {
  it('cancelled while suspended for delinquency: the suspended days already charged become refundable balance; a whole month at reactivation too, the partial months stay on the invoice', async () => {
    expect((await post('/api/v1/billing/collection-accounts', {
      bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test',
    })).status).toBe(201);
    // R$ 93,00 a month: R$ 3,00 a day in a 31-day month.
    const plan = await post('/api/v1/plans', { name: 'Fibra 300', downloadMbps: 300, uploadMbps: 150, priceCents: 9300 });
    const customers: string[] = [];
    const contracts: string[] = [];
    for (const name of ['Ana Prado', 'Bia Souza']) {
      const c = await post('/api/v1/customers', { kind: 'PF', name, document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address] });
      expect(c.status, c.text).toBe(201);
      const k = await post('/api/v1/contracts', { customerId: c.body.id, planId: plan.body.id, dueDay: 10, installationAddressId: 'a1' });
      expect(k.status, k.text).toBe(201);
      expect((await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
      customers.push(c.body.id);
      contracts.push(k.body.id);
    }
    const [ana, bia] = customers as [string, string];
    const [kAna, kBia] = contracts as [string, string];
    await issue('2027-01');

    // Bia: suspended for delinquency from 10/01, cancelled on 25/01: 15 days of January, already invoiced.
    expect((await post(`/api/v1/contracts/${kBia}/suspend`, { reason: 'delinquency', startsOn: '2027-01-10' })).status).toBe(200);
    const cancelled = await post(`/api/v1/contracts/${kBia}/cancel`, { reason: 'delinquency', cancelledOn: '2027-01-25', waivePenalty: true });
    expect(cancelled.status, cancelled.text).toBe(200);
    const biaCredit = await until('Bia credited', () => credits(bia), (c) => c.balanceCents > 0);
    expect(biaCredit.balanceCents).toBe(4500);
    expect(biaCredit.movements).toEqual([expect.objectContaining({ kind: 'grant', amountCents: 4500, description: 'Crédito de 15 dias suspensos por inadimplência (10/01 a 24/01)' })]);
    // refundable
    const refund = await post(`/api/v1/billing/credits/${bia}/refunds`, { amountCents: 4500, method: 'pix', reference: 'devolução' });
    expect(refund.status, refund.text).toBe(201);
    expect(refund.body.balanceCents).toBe(0);

    // Ana: suspended for delinquency 20/01 → reactivated 05/03: 12 days of January, all of February, 4 of March.
    expect((await post(`/api/v1/contracts/${kAna}/suspend`, { reason: 'delinquency', startsOn: '2027-01-20' })).status).toBe(200);
    expect((await post(`/api/v1/contracts/${kAna}/reactivate`, { on: '2027-03-05' })).status).toBe(200);
    const anaCredit = await until('Ana credited', () => credits(ana), (c) => c.balanceCents > 0);
    expect(anaCredit.balanceCents).toBe(9300);
    expect(anaCredit.movements).toEqual([expect.objectContaining({ kind: 'grant', amountCents: 9300, description: 'Crédito de 28 dias suspensos por inadimplência (01/02 a 28/02)' })]);

    // Granted once: the reactor handling the same event again (at least once delivery) appends nothing,
    // even when the ledger row was not marked yet.
    const reactivated = (await store.readStream(`contract-${kAna}`)).filter((e) => e.type === 'ContractReactivated');
    await t.server.app!.get<Database>(DATABASE).query(`UPDATE billing_credit_grants SET granted = false WHERE contract_id = $1`, [kAna]);
    await t.server.app!.get(GrantSuspendedDaysCredit).handle(reactivated);
    const stream = await store.readStream(`billing-credit-${ana}`);
    expect(stream.map((e) => e.type)).toEqual(['CustomerCreditGranted']);
    expect((await credits(ana)).balanceCents).toBe(9300);

    // The next invoice carries the partial months (R$ 36,00 + R$ 12,00), not the whole one.
    await issue('2027-04');
    const apr = (await get(`/api/v1/invoices?contractId=${kAna}`)).body.items.find((i: { competence?: string }) => i.competence === '2027-04');
    const invoice = (await get(`/api/v1/invoices/${apr.id}`)).body;
    expect(invoice.items.filter((i: { kind: string }) => i.kind === 'credit')).toEqual([
      expect.objectContaining({ description: 'Crédito de 12 dias suspensos por inadimplência (20/01 a 31/01)', amountCents: -3600 }),
      expect.objectContaining({ description: 'Crédito de 4 dias suspensos por inadimplência (01/03 a 04/03)', amountCents: -1200 }),
    ]);
    expect(invoice.items.reduce((s: number, i: { amountCents: number }) => s + i.amountCents, 0)).toBe(9300 - 3600 - 1200);
  });
});
