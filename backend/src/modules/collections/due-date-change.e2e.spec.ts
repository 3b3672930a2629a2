import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, EventStore } from '@netprovider/event-store';
import { DATABASE, EVENT_STORE } from '../../platform/database/tokens.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';
import { addDays, saoPauloDate } from '../../shared-kernel/business-date.js';
import { INSTALLATION_ADDRESS as address, staffCalls } from '../../test-support/http-helpers.js';

/*
 * An alteração de vencimento reaches dunning: collections_invoices follows the new date, the overdue list drops
 * an invoice moved to the future, and moving the last overdue invoice of a blocked contract restores its
 * service (the dunning reactor wakes on InvoiceDueDateChanged like on a payment) and reactivates the contract.
 */
let t: TestServer;
let admin: string;
let store: EventStore;
let db: Database;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
  store = t.server.app!.get<EventStore>(EVENT_STORE);
  db = t.server.app!.get<Database>(DATABASE);
});
afterAll(async () => t?.close());

const { post, get } = staffCalls(() => t, () => admin);
const today = saoPauloDate(new Date());

async function until<T>(what: string, fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const v = await fn();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}: ${JSON.stringify(await fn()).slice(0, 600)}`);
}

/** Waits until the dunning reactor has handled the invoice stream's latest event (so "still blocked" is its verdict). */
async function dunningPassed(invoiceId: string): Promise<void> {
  const events = await store.readStream(`invoice-${invoiceId}`);
  const position = events[events.length - 1]!.globalPosition;
  await until(`dunning past ${position}`, async () => Number((await db.query<{ p: string }>(`SELECT global_position AS p FROM es_checkpoints WHERE processor = 'collections-dunning'`)).rows[0]?.p ?? -1), (p) => p >= position);
}

describe('alteração de vencimento and dunning', () => {
  it('blocked for two overdue invoices → one moved: still blocked → the last moved: restored and reactivated; the overdue list follows', async () => {
    expect((await post('/api/v1/billing/collection-accounts', {
      bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17',
    })).status).toBe(201);
    const customer = await post('/api/v1/customers', { kind: 'PF', name: 'Paulo Prorrogado', document: maskCpf(randomCpf()), emails: ['paulo@example.com'], phones: [], addresses: [address] });
    expect(customer.status, customer.text).toBe(201);
    const plan = await post('/api/v1/plans', { name: 'Fibra 500', downloadMbps: 500, uploadMbps: 250, priceCents: 9900 });
    const k = await post('/api/v1/contracts', { customerId: customer.body.id, planId: plan.body.id, dueDay: 10, installationAddressId: 'a1' });
    expect(k.status, k.text).toBe(201);
    const contractId = k.body.id as string;
    expect((await post(`/api/v1/contracts/${contractId}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
    expect((await post('/api/v1/collections/ladders', {
      name: 'Fibra 500', planIds: [plan.body.id], suspensionNotice: { stepId: 'aviso', minDays: 15 },
      steps: [{ id: 'aviso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Fatura vencida.' }, { id: 'bloqueio', daysOffset: 20, action: 'block' }],
    })).status).toBe(201);
    const due = addDays(today, 1);
    const ids: string[] = [];
    for (const amountCents of [9900, 4500]) {
      const inv = await post('/api/v1/invoices', { customerId: customer.body.id, contractId, dueDate: due, items: [{ description: 'Mensalidade', amountCents }] });
      expect(inv.status, inv.text).toBe(201);
      ids.push(inv.body.id);
    }
    const [first, last] = ids as [string, string];

    // collections' simulated calendar: the notice once overdue (a due date on a weekend is payable until the next
    // business day), the block 20+ days overdue and 15+ days after the notice
    await post('/api/v1/collections/evaluate', { date: addDays(due, 4) });
    const blockedOn = addDays(due, 25);
    await post('/api/v1/collections/evaluate', { date: blockedOn });
    expect((await get(`/api/v1/collections/contracts/${contractId}/status`)).body).toMatchObject({ level: 'block' });
    await until('suspended', () => get(`/api/v1/contracts/${contractId}`), (r) => r.body.status === 'suspended');
    const listed = (await get('/api/v1/collections/overdue?q=Prorrogado')).body.items;
    expect(listed).toEqual([expect.objectContaining({ contractId, overdueInvoices: 2, openCents: 14400 })]);

    // One of the two moved past the simulated today: still blocked for the other.
    const moved = addDays(blockedOn, 10);
    expect((await post(`/api/v1/invoices/${first}/due-date`, { dueDate: moved, reason: 'prorrogação negociada' })).status).toBe(200);
    await until('overdue list follows', () => get('/api/v1/collections/overdue?q=Prorrogado'), (r) => r.body.items[0]?.overdueInvoices === 1);
    expect((await get('/api/v1/collections/overdue?q=Prorrogado')).body.items[0]).toMatchObject({ openCents: 4500 });
    await dunningPassed(first);
    expect((await get(`/api/v1/collections/contracts/${contractId}/status`)).body).toMatchObject({ level: 'block' });

    // The last overdue one moved too: nothing overdue any more → restored → the contract is active again.
    expect((await post(`/api/v1/invoices/${last}/due-date`, { dueDate: moved, reason: 'prorrogação negociada' })).status).toBe(200);
    await until('restored', () => get(`/api/v1/collections/contracts/${contractId}/status`), (r) => r.body.level === 'none');
    await until('reactivated', () => get(`/api/v1/contracts/${contractId}`), (r) => r.body.status === 'active');
    expect((await get('/api/v1/collections/overdue?q=Prorrogado')).body.items).toEqual([]);
  });
});
