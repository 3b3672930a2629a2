import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, createStaff, db } from '../../test-support/auth.js';
import { financeCaughtUp, financeClient } from './test-support/finance-fixtures.js';
import { pdfText } from '../billing/documents/test-support/pdf-inspect.js';

let t: TestServer;
let admin: string;
let api: ReturnType<typeof financeClient>;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
  api = financeClient(t, () => admin);
});
afterAll(async () => t?.close());

describe('write-off (baixa por perda)', () => {
  it('needs write-offs:write and a reason, writes off the outstanding amount, reverses by event, and a late payment recovers it', async () => {
    const customerId = await api.customer();
    const inv = await api.invoice(customerId, '2027-01-10', [{ description: 'Mensalidade', amountCents: 10000, kind: 'charge' }]);
    await api.post(`/api/v1/invoices/${inv.id}/payments`, { amountCents: 2500, method: 'cash' });

    const atendente = await createStaff(t, ['atendente']);
    expect((await api.post(`/api/v1/invoices/${inv.id}/write-off`, { reason: 'cliente não localizado' }, atendente.accessToken)).status).toBe(403);
    expect((await api.post(`/api/v1/invoices/${inv.id}/write-off`, { reason: '' })).status).toBe(422);

    const off = await api.post(`/api/v1/invoices/${inv.id}/write-off`, { reason: 'cliente não localizado' });
    expect(off.status, off.text).toBe(200);
    expect(off.body).toMatchObject({ status: 'written_off', writtenOffCents: 7500, outstandingCents: 0, writeOff: { reason: 'cliente não localizado', amountCents: 7500 } });
    expect(off.body.history[0]).toMatchObject({ type: 'InvoiceWrittenOff' });
    const listed = await api.get(`/api/v1/invoices?customerId=${customerId}`);
    expect(listed.body.items[0].status).toBe('written_off');
    expect((await api.post(`/api/v1/invoices/${inv.id}/cancel`, { reason: 'erro' })).status).toBe(409);

    const back = await api.post(`/api/v1/invoices/${inv.id}/write-off/reverse`, { reason: 'cliente renegociou' });
    expect(back.status, back.text).toBe(200);
    expect(back.body).toMatchObject({ status: 'partially_paid', writtenOffCents: 0, outstandingCents: 7500 });
    expect((await api.post(`/api/v1/invoices/${inv.id}/write-off/reverse`, { reason: 'de novo' })).status).toBe(409);

    await api.post(`/api/v1/invoices/${inv.id}/write-off`, { reason: 'perda definitiva' });
    const paid = await api.post(`/api/v1/invoices/${inv.id}/payments`, { amountCents: 7500, method: 'transfer' });
    expect(paid.status, paid.text).toBe(201);
    expect(paid.body.invoice).toMatchObject({ status: 'paid', writtenOffCents: 0, outstandingCents: 0 });
    expect((await api.get(`/api/v1/invoices?customerId=${customerId}`)).body.items[0].status).toBe('paid');
  });
});

describe('payment agreements (acordos)', () => {
  it('renegotiates overdue invoices into instalments (fine and interest to the agreement date), and a broken agreement re-opens the unpaid debt', async () => {
    const customerId = await api.customer();
    const i1 = await api.invoice(customerId, '2026-12-01', [{ description: 'Mensalidade dezembro', amountCents: 10000, kind: 'adjustment' }]);
    const i2 = await api.invoice(customerId, '2026-12-10', [{ description: 'Visita técnica', amountCents: 5000 }]);
    const notYet = await api.invoice(customerId, '2027-02-01', [{ description: 'Mensalidade fevereiro', amountCents: 10000, kind: 'adjustment' }]);
    const body = { customerId, invoiceIds: [i1.id, i2.id], date: '2027-01-05', downPaymentCents: 3000, instalments: 3, dueDay: 10 };

    // Waiving fine and interest needs write-offs:write (the atendente may make agreements, not waive).
    const atendente = await createStaff(t, ['atendente']);
    expect((await api.post('/api/v1/agreements', { ...body, waiveCharges: true }, atendente.accessToken)).status).toBe(403);
    const early = await api.post('/api/v1/agreements', { ...body, invoiceIds: [i1.id, notYet.id] });
    expect(early.status).toBe(422);
    expect(early.body.errors[0]).toMatchObject({ field: 'invoiceIds.1' });

    // 35 and 26 days late: fine 2 % once, interest 1 % a.m. pro rata die.
    const simulated = await api.post('/api/v1/agreements/simulate', body, atendente.accessToken);
    expect(simulated.status, simulated.text).toBe(200);
    expect(simulated.body.debts).toEqual([
      { invoiceId: i1.id, dueDate: '2026-12-01', principalCents: 10000, fineCents: 200, interestCents: 117 },
      { invoiceId: i2.id, dueDate: '2026-12-10', principalCents: 5000, fineCents: 100, interestCents: 43 },
    ]);
    const made = await api.post('/api/v1/agreements', body, atendente.accessToken);
    expect(made.status, made.text).toBe(201);
    expect(made.body).toMatchObject({ debtCents: 15000, chargesCents: 460, totalCents: 15460, breakAfterDays: 30 });
    expect(made.body.instalments.map((i: { dueDate: string; amountCents: number }) => [i.dueDate, i.amountCents])).toEqual([
      ['2027-01-05', 3000], ['2027-02-10', 4154], ['2027-03-10', 4153], ['2027-04-10', 4153],
    ]);
    const agreementId = made.body.agreementId as string;
    const [down, first, second, third] = made.body.instalments.map((i: { invoiceId: string }) => i.invoiceId) as string[];
    for (const id of [i1.id, i2.id]) expect((await api.get(`/api/v1/invoices/${id}`)).body).toMatchObject({ status: 'renegotiated', agreementId, outstandingCents: 0 });
    const inst = (await api.get(`/api/v1/invoices/${first}`)).body;
    expect(inst).toMatchObject({ totalCents: 4154, dueDate: '2027-02-10', items: [{ kind: 'agreement', amountCents: 4154 }] });
    expect(inst.boleto.digitableLine).toMatch(/^\d{47}$/);
    expect((await api.get(`/api/v1/invoices/${down}`)).body.items.map((x: { kind: string; amountCents: number }) => [x.kind, x.amountCents])).toEqual([['agreement', 2540], ['agreement-charges', 460]]);
    expect((await api.get(`/api/v1/agreements?customerId=${customerId}`)).body.items).toEqual([expect.objectContaining({ id: agreementId, status: 'active', totalCents: 15460 })]);

    // Down payment paid, R$ 10,00 of the first instalment paid; on 2027-02-20 the first is 10 days late: still active.
    const downPaid = await api.post(`/api/v1/invoices/${down}/payments`, { amountCents: 3000, method: 'pix' });
    // Cash basis: the down payment is the agreement's charges, then debt split like the invoices it renegotiated.
    await financeCaughtUp(t);
    const cashEntries = await db(t).query<{ system_key: string; amount_cents: string }>(
      "SELECT system_key, amount_cents FROM finance_entries WHERE reference = $1 AND basis = 'cash' ORDER BY system_key", [downPaid.body.payment.id],
    );
    expect(cashEntries.rows.map((r) => [r.system_key, Number(r.amount_cents)])).toEqual([['revenue.fines-interest', 460], ['revenue.other', 847], ['revenue.scm', 1693]]);
    await api.post(`/api/v1/invoices/${first}/payments`, { amountCents: 1000, method: 'cash' });
    expect((await api.post('/api/v1/finance/agreements/evaluate', { date: '2027-02-20' })).body).toMatchObject({ broken: [], completed: [] });

    // 30 days late on 2027-03-12: broken. Paid 4000 → 460 to the charges, 3540 to the oldest invoice.
    const evaluated = await api.post('/api/v1/finance/agreements/evaluate', { date: '2027-03-12' });
    expect(evaluated.status, evaluated.text).toBe(200);
    expect(evaluated.body.broken).toEqual([agreementId]);
    const broken = (await api.get(`/api/v1/agreements/${agreementId}`)).body;
    expect(broken).toMatchObject({ status: 'broken', outcome: { overdueInvoiceId: first, paidCents: 4000, cancelledInvoiceIds: [second, third], movedBackInvoiceIds: [first] } });
    expect(broken.outcome.reopened).toEqual([{ invoiceId: i1.id, amountCents: 6460 }, { invoiceId: i2.id, amountCents: 5000 }]);
    expect((await api.get(`/api/v1/invoices/${i1.id}`)).body).toMatchObject({ status: 'partially_paid', outstandingCents: 6460, renegotiatedCents: 3540 });
    expect((await api.get(`/api/v1/invoices/${i2.id}`)).body).toMatchObject({ status: 'open', outstandingCents: 5000, renegotiatedCents: 0 });
    expect((await api.get(`/api/v1/invoices/${first}`)).body).toMatchObject({ status: 'renegotiated', outstandingCents: 0 });
    for (const id of [second, third]) expect((await api.get(`/api/v1/invoices/${id}`)).body.status).toBe('cancelled');
    // What is owed again equals what the agreement had left unpaid.
    expect(6460 + 5000).toBe(15460 - 4000);
    expect((await api.post('/api/v1/finance/agreements/evaluate', { date: '2027-03-13' })).body).toMatchObject({ evaluated: 0 });

    // While the agreement ran, 2026 was not discharged; after the break, paying what was re-opened discharges it.
    await api.post(`/api/v1/invoices/${i1.id}/payments`, { amountCents: 6460, method: 'pix' });
    await api.post(`/api/v1/invoices/${i2.id}/payments`, { amountCents: 5000, method: 'pix' });
    await financeCaughtUp(t);
    expect((await api.get(`/api/v1/customers/${customerId}/debt-discharge/2026.pdf`)).status).toBe(200);
  });

  it('a waived agreement paid in full is completed; the break days are configurable', async () => {
    expect((await api.get('/api/v1/finance/settings')).body).toEqual({ agreementBreakDays: 30 });
    expect((await t.request('/api/v1/finance/settings', { method: 'PUT', headers: { authorization: `Bearer ${admin}` }, json: { agreementBreakDays: 15 } })).status).toBe(200);
    const customerId = await api.customer();
    const inv = await api.invoice(customerId, '2026-12-01', [{ description: 'Mensalidade', amountCents: 8000, kind: 'adjustment' }]);
    const made = await api.post('/api/v1/agreements', { customerId, invoiceIds: [inv.id], date: '2027-01-05', waiveCharges: true, downPaymentCents: 0, instalments: 1, dueDay: 15 });
    expect(made.status, made.text).toBe(201);
    expect(made.body).toMatchObject({ chargesWaived: true, chargesCents: 0, totalCents: 8000, breakAfterDays: 15, instalments: [{ number: 1, dueDate: '2027-02-15', amountCents: 8000 }] });
    await financeCaughtUp(t);
    expect((await api.get(`/api/v1/customers/${customerId}/debt-discharge/2026.pdf`)).body.openInvoices).toEqual([{ invoiceId: inv.id, dueDate: '2026-12-01', outstandingCents: 0 }]);
    await api.post(`/api/v1/invoices/${made.body.instalments[0].invoiceId}/payments`, { amountCents: 8000, method: 'pix' });
    const evaluated = await api.post('/api/v1/finance/agreements/evaluate', { date: '2027-01-06' });
    expect(evaluated.body.completed).toEqual([made.body.agreementId]);
    expect((await api.get(`/api/v1/agreements/${made.body.agreementId}`)).body.status).toBe('completed');
    expect((await api.get(`/api/v1/invoices/${inv.id}`)).body).toMatchObject({ status: 'renegotiated', outstandingCents: 0 });
    await financeCaughtUp(t);
    expect((await api.get(`/api/v1/customers/${customerId}/debt-discharge/2026.pdf`)).status).toBe(200);
  });
});

describe('annual debt-discharge declaration (Lei 12.007/2009)', () => {
  it('is refused naming the open invoices of the year, and printed in pt-BR once every one is settled', async () => {
    const customerId = await api.customer();
    const jan = await api.invoice(customerId, '2027-01-10', [{ description: 'Mensalidade janeiro', amountCents: 9990, kind: 'adjustment' }]);
    const mar = await api.invoice(customerId, '2027-03-10', [{ description: 'Mensalidade março', amountCents: 9990, kind: 'adjustment' }]);
    const cancelled = await api.invoice(customerId, '2027-05-10', [{ description: 'Emitida por engano', amountCents: 500 }]);
    await api.invoice(customerId, '2028-01-10', [{ description: 'Mensalidade 2028', amountCents: 9990, kind: 'adjustment' }]);
    await api.post(`/api/v1/invoices/${cancelled.id}/cancel`, { reason: 'emitida por engano' });
    await api.post(`/api/v1/invoices/${jan.id}/payments`, { amountCents: 9990, method: 'pix' });
    await financeCaughtUp(t);

    const refused = await api.get(`/api/v1/customers/${customerId}/debt-discharge/2027.pdf`);
    expect(refused.status, refused.text).toBe(409);
    expect(refused.body.openInvoices).toEqual([{ invoiceId: mar.id, dueDate: '2027-03-10', outstandingCents: 9990 }]);
    expect((await api.get(`/api/v1/customers/${customerId}/debt-discharge/2026.pdf`)).status).toBe(409);

    // A written-off invoice is not settled: the debt still exists.
    await api.post(`/api/v1/invoices/${mar.id}/write-off`, { reason: 'sem contato' });
    await financeCaughtUp(t);
    expect((await api.get(`/api/v1/customers/${customerId}/debt-discharge/2027.pdf`)).body.openInvoices).toEqual([{ invoiceId: mar.id, dueDate: '2027-03-10', outstandingCents: 9990 }]);

    await api.post(`/api/v1/invoices/${mar.id}/payments`, { amountCents: 9990, method: 'cash' });
    await financeCaughtUp(t);
    const res = await fetch(`${t.url}/api/v1/customers/${customerId}/debt-discharge/2027.pdf`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('DECLARAÇÃO ANUAL DE QUITAÇÃO DE DÉBITOS');
    expect(text).toContain('José Carlos Pereira');
    expect(text).toContain('10/03/2027');
    expect(text).not.toContain('10/05/2027');
    expect(text).toContain('art. 4º');
    const atendente = await createStaff(t, ['atendente']);
    expect((await api.get(`/api/v1/customers/${customerId}/debt-discharge/2027.pdf`, atendente.accessToken)).status).toBe(200);
  });
});
