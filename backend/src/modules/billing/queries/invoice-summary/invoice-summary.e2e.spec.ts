import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test-support/test-server.js';
import { adminSession } from '../../../../test-support/auth.js';
import { addDays, saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { randomUUID } from 'node:crypto';
import type { Database, EventMetadata } from '@netprovider/event-store';
import { financeClient } from '../../../finance/test-support/finance-fixtures.js';
import { db } from '../../../../test-support/auth.js';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { InvoiceIssuer } from '../../infrastructure/invoice-issuer.js';

// A server of its own: the company holds exactly the invoices below.
let t: TestServer;
let admin: string;
let api: ReturnType<typeof financeClient>;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
  api = financeClient(t, () => admin);
});
afterAll(async () => t?.close());

const today = saoPauloDate(new Date());
const item = (amountCents: number) => [{ description: 'Mensalidade', amountCents }];

/** An invoice issued 10 days before a past due date (the API only issues from today on), through the real issuer. */
async function backdated(customerId: string, dueDate: string, amountCents: number): Promise<{ id: string }> {
  const app = t.server.app!;
  const companyId = (await db(t).query<{ company_id: string }>('SELECT company_id FROM billing_invoices LIMIT 1')).rows[0]!.company_id;
  const invoiceId = randomUUID();
  const meta = { actorKind: 'system', companyId } as EventMetadata;
  await app.get<Database>(DATABASE).transaction((tx) => app.get(InvoiceIssuer).issue(tx, companyId, [{
    invoiceId, customerId, contractId: null, competence: null, runId: null, dueDate, items: [{ kind: 'charge', description: 'Mensalidade', amountCents }], totalCents: amountCents,
  }], meta, addDays(dueDate, -10), new Date().toISOString()));
  return { id: invoiceId };
}

describe('GET /api/v1/invoices/summary', () => {
  it('counts and sums every status to the centavo, in one answer, with the list filters', async () => {
    const accountId = await api.collectionAccount();
    const c1 = await api.customer();
    const c2 = await api.customer();
    const open = await api.invoice(c1, addDays(today, 10), item(10000));
    const partial = await api.invoice(c1, addDays(today, 20), item(5050));
    const overdue = await backdated(c2, addDays(today, -40), 7000);
    const paid = await api.invoice(c1, addDays(today, 5), item(8000));
    const paidLate = await backdated(c2, addDays(today, -40), 1000);
    const cancelled = await api.invoice(c1, addDays(today, 3), item(3000));
    const writtenOff = await backdated(c2, addDays(today, -30), 4500);
    const renegotiated = await backdated(c2, addDays(today, -35), 6000);

    expect((await api.post(`/api/v1/invoices/${partial.id}/payments`, { amountCents: 2000, method: 'cash' })).status).toBe(201);
    expect((await api.post(`/api/v1/invoices/${paid.id}/payments`, { amountCents: 8000, method: 'cash' })).status).toBe(201);
    const late = (await api.get(`/api/v1/invoices/${paidLate.id}/second-copy?payOn=${today}`)).body as { totalCents: number; fineCents: number; interestCents: number };
    expect(late.fineCents).toBe(20);
    expect(late.interestCents).toBeGreaterThan(0);
    const latePaid = await api.post(`/api/v1/invoices/${paidLate.id}/payments`, { amountCents: late.totalCents, method: 'transfer' });
    expect(latePaid.status, latePaid.text).toBe(201);
    expect(latePaid.body.invoice.status).toBe('paid');
    expect((await api.post(`/api/v1/invoices/${cancelled.id}/cancel`, { reason: 'emitida em duplicidade' })).status).toBe(200);
    expect((await api.post(`/api/v1/invoices/${writtenOff.id}/write-off`, { reason: 'cliente falecido, sem espólio' })).status).toBe(200);
    const agreement = await api.post('/api/v1/agreements', { customerId: c2, invoiceIds: [renegotiated.id], waiveCharges: true, downPaymentCents: 0, instalments: 2, dueDay: 10 });
    expect(agreement.status, agreement.text).toBe(201);
    const instalments = agreement.body.instalments as Array<{ dueDate: string; amountCents: number }>;
    expect(instalments.reduce((s, i) => s + i.amountCents, 0)).toBe(6000);
    expect(instalments.every((i) => i.dueDate >= today)).toBe(true);

    const all = await api.get('/api/v1/invoices/summary');
    expect(all.status, all.text).toBe(200);
    const openCount = 2 + instalments.length;
    const openCents = 10000 + 3050 + 6000;
    expect(all.body).toEqual({
      overdueBefore: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      open: { count: openCount, amountCents: openCents },
      overdue: { count: 1, amountCents: 7000 },
      outstanding: { count: openCount + 1, amountCents: openCents + 7000 },
      paid: { count: 2, amountCents: 8000 + late.totalCents },
      cancelled: { count: 1, amountCents: 3000 },
      renegotiated: { count: 1, amountCents: 6000 },
      writtenOff: { count: 1, amountCents: 4500 },
    });
    // The list agrees with the summary's overdue figure.
    const overdueList = await api.get('/api/v1/invoices?status=overdue');
    expect(overdueList.body.items.map((i: { id: string }) => i.id)).toEqual([overdue.id]);

    // By customer: c1 holds open, partial, paid and cancelled.
    const one = (await api.get(`/api/v1/invoices/summary?customerId=${c1}`)).body;
    expect(one).toMatchObject({
      open: { count: 2, amountCents: 13050 }, overdue: { count: 0, amountCents: 0 }, outstanding: { count: 2, amountCents: 13050 },
      paid: { count: 1, amountCents: 8000 }, cancelled: { count: 1, amountCents: 3000 }, renegotiated: { count: 0, amountCents: 0 }, writtenOff: { count: 0, amountCents: 0 },
    });
    // Paid in a period, by payment date: both were paid today.
    expect((await api.get(`/api/v1/invoices/summary?paidFrom=${today}&paidTo=${today}`)).body.paid).toEqual({ count: 2, amountCents: 8000 + late.totalCents });
    expect((await api.get(`/api/v1/invoices/summary?paidFrom=${addDays(today, 1)}`)).body.paid).toEqual({ count: 0, amountCents: 0 });
    expect((await api.get(`/api/v1/invoices/summary?paidTo=${addDays(today, -1)}`)).body.paid).toEqual({ count: 0, amountCents: 0 });
    // Due-date period: only the invoices due 41 to 29 days ago.
    const past = (await api.get(`/api/v1/invoices/summary?dueFrom=${addDays(today, -41)}&dueTo=${addDays(today, -29)}`)).body;
    expect(past).toMatchObject({
      open: { count: 0, amountCents: 0 }, overdue: { count: 1, amountCents: 7000 }, paid: { count: 1, amountCents: late.totalCents },
      renegotiated: { count: 1, amountCents: 6000 }, writtenOff: { count: 1, amountCents: 4500 }, cancelled: { count: 0, amountCents: 0 },
    });
    // Competence (one-off invoices have none) and collection account.
    expect((await api.get('/api/v1/invoices/summary?competence=2020-01')).body.outstanding).toEqual({ count: 0, amountCents: 0 });
    expect((await api.get(`/api/v1/invoices/summary?collectionAccountId=${accountId}`)).body).toEqual(all.body);
    expect((await api.get('/api/v1/invoices/summary?collectionAccountId=7d2c4d8e-1f0a-4b9e-9c39-2b1d3f6a5e10')).body.outstanding).toEqual({ count: 0, amountCents: 0 });

    // A bad filter is a 422 naming the field.
    const bad = await api.get('/api/v1/invoices/summary?dueFrom=ontem');
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('dueFrom');
  });
});
