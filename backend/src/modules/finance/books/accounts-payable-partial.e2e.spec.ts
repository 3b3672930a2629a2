import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { adminSession } from '../../../test-support/auth.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { financeClient } from '../test-support/finance-fixtures.js';

// A server of its own: the DRE and cash flow of this month hold only this bill.
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

describe('accounts payable: partial payments', () => {
  it('paying less than the open balance leaves the rest open; the last payment closes the instalment; never more than the balance', async () => {
    const bank = await api.post('/api/v1/finance/bank-accounts', { name: 'Caixa', kind: 'cash' });
    expect(bank.status, bank.text).toBe(201);
    const chart = (await api.get('/api/v1/finance/chart-of-accounts')).body.items as Array<{ id: string; systemKey: string }>;
    const link = chart.find((a) => a.systemKey === 'cost.link')!.id;
    const bill = await api.post('/api/v1/finance/accounts-payable', { description: 'Link dedicado', accountId: link, competence: month, issueDate: today, totalCents: 100000, firstDueDate: today });
    expect(bill.status, bill.text).toBe(201);
    const pay = (json: unknown) => api.post(`/api/v1/finance/accounts-payable/${bill.body.id}/instalments/1/pay`, json);

    const part = await pay({ bankAccountId: bank.body.id, paidOn: today, amountCents: 30000 });
    expect(part.status, part.text).toBe(200);
    expect(part.body).toMatchObject({ status: 'open', instalments: [{ number: 1, amountCents: 100000, paidCents: 30000, openCents: 70000, paidOn: null }] });
    // A bill with a payment cannot be cancelled; more than the balance is refused naming the field.
    expect((await api.post(`/api/v1/finance/accounts-payable/${bill.body.id}/cancel`)).status).toBe(409);
    const over = await pay({ bankAccountId: bank.body.id, paidOn: today, amountCents: 70001 });
    expect(over.status).toBe(422);
    expect(over.body.errors[0].field).toBe('amountCents');

    // The cash-basis DRE and the bank account see what was paid; the projected outflow what is open.
    const dre = await api.get(`/api/v1/finance/reports/dre?month=${month}&basis=cash`);
    expect(dre.status, dre.text).toBe(200);
    expect(dre.body.custos.lines.find((l: { code: string }) => l.code === '4.1.01')).toMatchObject({ amountCents: 30000 });
    const movements = (await api.get(`/api/v1/finance/bank-accounts/${bank.body.id}/movements`)).body.items as Array<{ amountCents: number; description: string }>;
    expect(movements.map((m) => [m.amountCents, m.description])).toEqual([[-30000, 'Pagamento parcial: Link dedicado (parcela 1)']]);

    // Without an amount the open balance is paid: the instalment and the bill are paid.
    const rest = await pay({ bankAccountId: bank.body.id, paidOn: today });
    expect(rest.status, rest.text).toBe(200);
    expect(rest.body).toMatchObject({ status: 'paid', instalments: [{ paidCents: 100000, openCents: 0, paidOn: today }] });
    expect((await pay({ bankAccountId: bank.body.id, paidOn: today, amountCents: 1 })).status).toBe(409);
    const after = await api.get(`/api/v1/finance/reports/dre?month=${month}&basis=cash`);
    expect(after.body.custos.lines.find((l: { code: string }) => l.code === '4.1.01')).toMatchObject({ amountCents: 100000 });
  });
});
