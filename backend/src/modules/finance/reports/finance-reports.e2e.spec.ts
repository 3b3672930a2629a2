import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { adminSession, bearer } from '../../../test-support/auth.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { cnab240Return } from '../../billing/test-support/cnab240-return.js';
import { financeCaughtUp, financeClient } from '../test-support/finance-fixtures.js';
import type { ProcessorRunner } from '@netprovider/event-store';
import { PROCESSOR_RUNNER } from '../../../platform/database/tokens.js';

// A server of its own: the month under test holds exactly the operations below.
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
const month = today.slice(0, 7);
const nextMonth = (m: string) => (m.endsWith('-12') ? `${Number(m.slice(0, 4)) + 1}-01` : `${m.slice(0, 5)}${String(Number(m.slice(5)) + 1).padStart(2, '0')}`);

describe('finance books and reports', () => {
  it('a month of known operations: every DRE line to the centavo, receipts and payments land in accounts, aging and cash flow agree', async () => {
    const collectionAccountId = await api.collectionAccount();
    const bank = await api.post('/api/v1/finance/bank-accounts', { name: 'BB cobrança', kind: 'bank', bankCode: '001', agency: '1234', account: '12345678', collectionAccountId });
    expect(bank.status, bank.text).toBe(201);
    const chart = (await api.get('/api/v1/finance/chart-of-accounts')).body.items as Array<{ id: string; systemKey: string; kind: string }>;
    const acc = (key: string) => chart.find((a) => a.systemKey === key)!.id;
    expect(chart.filter((a) => a.kind === 'revenue')).toHaveLength(5);

    // Invoices issued this month (one-off invoices: competence = issue month).
    const a = await api.invoice(await api.customer(), '2027-01-10', [
      { description: 'Mensalidade proporcional', amountCents: 9990, kind: 'adjustment' },
      { description: 'Instalação', amountCents: 15000, kind: 'installation' },
      { description: 'Roteador Wi-Fi 6', amountCents: 5000, kind: 'charge' },
      { description: 'Desconto fidelidade', amountCents: -1000, kind: 'credit' },
    ]);
    const b = await api.invoice(await api.customer(), '2027-01-10', [{ description: 'Mensalidade', amountCents: 8000, kind: 'adjustment' }]);
    const c = await api.invoice(await api.customer(), '2027-01-10', [{ description: 'Instalação', amountCents: 20000, kind: 'installation' }]);
    await api.invoice(await api.customer(), '2027-01-10', [{ description: 'Mensalidade', amountCents: 5000, kind: 'adjustment' }]);
    expect((await api.post(`/api/v1/invoices/${b.id}/cancel`, { reason: 'emitida em duplicidade' })).status).toBe(200);
    expect((await api.post(`/api/v1/invoices/${c.id}/write-off`, { reason: 'cliente falecido, sem espólio' })).status).toBe(200);
    // A paid through the bank with R$ 3,46 of interest and a R$ 1,80 fee.
    const nossoNumero = (await api.get(`/api/v1/invoices/${a.id}`)).body.boleto.nossoNumero;
    const form = new FormData();
    form.append('file', new Blob([cnab240Return('001', [{ nossoNumero, dueDate: '2027-01-10', nominalCents: 28990, paidCents: 29336, fineInterestCents: 346, paidOn: today, feeCents: 180 }])]), 'r.ret');
    const ret = await t.request('/api/v1/billing/bank-returns', { method: 'POST', headers: bearer(admin), body: form });
    expect(ret.body, ret.text).toMatchObject({ settled: 1 });

    // Bills of this month (one cancelled, one of next month: neither counts).
    const bill = async (accountId: string, totalCents: number, competence = month) => {
      const r = await api.post('/api/v1/finance/accounts-payable', { description: 'Conta', accountId, competence, issueDate: today, totalCents, firstDueDate: '2027-01-05' });
      expect(r.status, r.text).toBe(201);
      return r.body;
    };
    const link = await bill(acc('cost.link'), 150000);
    await bill(acc('deduction.taxes'), 12000);
    await bill(acc('expense.personnel'), 300000);
    const wrong = await bill(acc('expense.administrative'), 25000);
    await bill(acc('expense.administrative'), 7000, nextMonth(month));
    expect((await api.post(`/api/v1/finance/accounts-payable/${wrong.id}/cancel`)).status).toBe(200);
    const paid = await api.post(`/api/v1/finance/accounts-payable/${link.id}/instalments/1/pay`, { bankAccountId: bank.body.id, paidOn: today });
    expect(paid.status, paid.text).toBe(200);
    expect(paid.body).toMatchObject({ status: 'paid', instalments: [{ paidOn: today, bankAccountId: bank.body.id }] });
    expect((await api.post(`/api/v1/finance/accounts-payable/${link.id}/instalments/1/pay`, { bankAccountId: bank.body.id, paidOn: today })).status).toBe(409);

    await financeCaughtUp(t);
    const dre = await api.get(`/api/v1/finance/reports/dre?month=${month}`);
    expect(dre.status, dre.text).toBe(200);
    const lines = (s: { lines: Array<{ code: string; amountCents: number }> }) => Object.fromEntries(s.lines.map((l) => [l.code, l.amountCents]));
    expect(lines(dre.body.receitaBruta)).toEqual({ '3.1.01': 22990, '3.1.02': 0, '3.1.03': 35000, '3.1.04': 346, '3.1.09': 5000 });
    expect(dre.body.receitaBruta.totalCents).toBe(63336);
    expect(lines(dre.body.deducoes)).toEqual({ '3.2.01': 12000, '3.2.02': 1000, '3.2.03': 8000 });
    expect(dre.body.deducoes.totalCents).toBe(21000);
    expect(dre.body.receitaLiquidaCents).toBe(42336);
    expect(lines(dre.body.custos)).toEqual({ '4.1.01': 150000, '4.1.02': 0, '4.1.03': 0 });
    expect(dre.body.lucroBrutoCents).toBe(-107664);
    expect(lines(dre.body.despesas)).toEqual({ '4.2.01': 300000, '4.2.02': 0, '4.2.03': 180, '4.2.04': 20000 });
    expect(dre.body.despesas.totalCents).toBe(320180);
    expect(dre.body.resultadoCents).toBe(-427844);

    // Cash basis: the R$ 289,90 of principal received, split over what the invoice charged; bills count when paid.
    const cashDre = await api.get(`/api/v1/finance/reports/dre?month=${month}&basis=cash`);
    expect(cashDre.body.basis).toBe('cash');
    expect(lines(cashDre.body.receitaBruta)).toEqual({ '3.1.01': 9657, '3.1.02': 0, '3.1.03': 14500, '3.1.04': 346, '3.1.09': 4833 });
    expect(cashDre.body.deducoes.totalCents).toBe(0);
    expect(cashDre.body.custos.totalCents).toBe(150000);
    expect(lines(cashDre.body.despesas)).toEqual({ '4.2.01': 0, '4.2.02': 0, '4.2.03': 180, '4.2.04': 0 });
    expect(cashDre.body.resultadoCents).toBe(29336 - 150000 - 180);
    // A range (quarter, year) sums its months: next month's administrative bill joins.
    const range = await api.get(`/api/v1/finance/reports/dre?from=${month}&to=${nextMonth(month)}`);
    expect(range.body).toMatchObject({ from: month, to: nextMonth(month), resultadoCents: -427844 - 7000 });
    expect((await api.get(`/api/v1/finance/reports/dre?from=${nextMonth(month)}&to=${month}`)).status).toBe(422);
    const csv = await t.request(`/api/v1/finance/reports/dre?month=${month}&format=csv`, { headers: bearer(admin) });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain('= Resultado;-4.278,44;-427844');
    const pdf = await t.request(`/api/v1/finance/reports/dre?month=${month}&format=pdf`, { headers: bearer(admin) });
    expect(pdf.text.startsWith('%PDF-')).toBe(true);

    // The receipt (less its fee) landed in the bank account linked to the collection account, the bill left it.
    const accounts = (await api.get('/api/v1/finance/bank-accounts')).body.items as Array<{ id: string; balanceCents: number; kind: string }>;
    expect(accounts.find((x) => x.id === bank.body.id)!.balanceCents).toBe(29336 - 180 - 150000);
    const cash = accounts.find((x) => x.kind === 'cash')!;
    const transfer = await api.post('/api/v1/finance/transfers', { fromAccountId: bank.body.id, toAccountId: cash.id, amountCents: 1000, date: today });
    expect(transfer.status, transfer.text).toBe(201);
    const after = (await api.get('/api/v1/finance/bank-accounts')).body.items as Array<{ id: string; balanceCents: number }>;
    expect(after.find((x) => x.id === cash.id)!.balanceCents).toBe(cash.balanceCents + 1000);
    expect((await api.get(`/api/v1/finance/bank-accounts/${bank.body.id}/movements`)).body.items.map((m: { amountCents: number }) => m.amountCents)).toEqual(
      expect.arrayContaining([29336, -180, -150000, -1000]),
    );

    // Aging: only the fourth invoice is still owed; 41 days late on 2027-02-20.
    const aging = await api.get('/api/v1/finance/reports/aging?asOf=2027-02-20');
    expect(aging.body).toMatchObject({ totalCents: 5000, buckets: { current: { amountCents: 0 }, '31-60': { count: 1, amountCents: 5000 } } });
    expect((await api.get(`/api/v1/finance/reports/aging?asOf=${today}`)).body.buckets.current).toEqual({ count: 1, amountCents: 5000 });

    // Delinquency for January 2027: of 28990 + 20000 + 5000 due (the cancelled one aside), 25000 not received.
    const del = await api.get('/api/v1/finance/reports/delinquency?from=2027-01&to=2027-01');
    expect(del.body.months).toEqual([{ month: '2027-01', dueCents: 53990, unpaidCents: 25000, rateBp: 4630 }]);

    const flow = await api.get(`/api/v1/finance/reports/cash-flow?from=${month}&to=2027-01`);
    expect(flow.status, flow.text).toBe(200);
    const byMonth = Object.fromEntries(flow.body.months.map((m: { month: string }) => [m.month, m]));
    expect(byMonth[month]).toMatchObject({ realisedInCents: 29336, realisedOutCents: 150180 });
    expect(byMonth['2027-01']).toMatchObject({ projectedInCents: 5000, projectedOutCents: 12000 + 300000 + 7000 });
    const flowCsv = await t.request(`/api/v1/finance/reports/cash-flow?from=${month}&to=2027-01&format=csv`, { headers: bearer(admin) });
    expect(flowCsv.text.split('\r\n')[0]).toBe('Mês;Entradas realizadas;Saídas realizadas;Entradas previstas;Saídas previstas;Saldo');

    // The ledger is a projection of billing's events: emptied and replayed, it gives the same books.
    const before = { dre: dre.body, accounts: (await api.get('/api/v1/finance/bank-accounts')).body };
    await t.server.app!.get<ProcessorRunner>(PROCESSOR_RUNNER).rebuild('finance-ledger');
    await financeCaughtUp(t);
    expect((await api.get(`/api/v1/finance/reports/dre?month=${month}`)).body).toEqual(before.dre);
    expect((await api.get('/api/v1/finance/bank-accounts')).body).toEqual(before.accounts);
  });

  it('chart of accounts: accounts can be added and renamed, system accounts cannot be deactivated; recurring bills are generated once per month', async () => {
    const added = await api.post('/api/v1/finance/chart-of-accounts', { code: '4.2.05', name: 'Marketing', kind: 'expense' });
    expect(added.status, added.text).toBe(201);
    expect((await api.post('/api/v1/finance/chart-of-accounts', { code: '4.2.05', name: 'Outra', kind: 'expense' })).status).toBe(422);
    const chart = (await api.get('/api/v1/finance/chart-of-accounts')).body.items as Array<{ id: string; systemKey: string | null }>;
    const link = chart.find((a) => a.systemKey === 'cost.link')!;
    expect((await api.patch(`/api/v1/finance/chart-of-accounts/${link.id}`, { name: 'Link IP dedicado' })).body).toMatchObject({ name: 'Link IP dedicado' });
    expect((await api.patch(`/api/v1/finance/chart-of-accounts/${link.id}`, { active: false })).status).toBe(409);
    const supplier = await api.post('/api/v1/finance/suppliers', { name: 'Operadora de Trânsito S.A.', document: '11222333000181' });
    expect(supplier.status).toBe(201);
    const rb = await api.post('/api/v1/finance/recurring-bills', { supplierId: supplier.body.id, description: 'Link 10 Gbps', accountId: link.id, amountCents: 450000, dueDay: 31, startMonth: '2027-01' });
    expect(rb.status, rb.text).toBe(201);
    expect((await api.post('/api/v1/finance/recurring-bills/generate', { month: '2027-02' })).body).toEqual({ created: 1 });
    expect((await api.post('/api/v1/finance/recurring-bills/generate', { month: '2027-02' })).body).toEqual({ created: 0 });
    const bills = (await api.get('/api/v1/finance/accounts-payable?competence=2027-02')).body.items;
    expect(bills).toEqual([expect.objectContaining({ totalCents: 450000, supplierName: 'Operadora de Trânsito S.A.', instalments: [expect.objectContaining({ dueDate: '2027-02-28' })] })]);
  });
});
