import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boleto } from '@netprovider/cobranca';
import { startTestServer, type TestServer } from '../../../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../../../test-support/auth.js';
import { addDays, saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { cnab240Return } from '../../test-support/cnab240-return.js';
import { staffCalls } from '../../../../test-support/http-helpers.js';

/*
 * Alteração de vencimento over HTTP: the invoice, its boleto line, the list, the 2ª via, time travel, the
 * finance projections, and the bank (instruction 06 in the next remessa, once; retorno 14 recorded).
 */
let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const { post, get } = staffCalls(() => t, () => admin);
const address = { type: 'billing', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', district: 'Centro', city: 'Belo Horizonte', state: 'MG' };
const today = saoPauloDate(new Date());
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('');

async function until<T>(what: string, fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await fn();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}: ${JSON.stringify(await fn()).slice(0, 400)}`);
}

async function invoice(amountCents: number, dueDate = addDays(today, 10)) {
  const c = await post('/api/v1/customers', { kind: 'PF', name: 'Marta Vencimento', document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address] });
  expect(c.status, c.text).toBe(201);
  const r = await post('/api/v1/invoices', { customerId: c.body.id, dueDate, items: [{ description: 'Mensalidade', amountCents }] });
  expect(r.status, r.text).toBe(201);
  return r.body as { id: string; dueDate: string; boleto: { nossoNumero: string; digitableLine: string; barcode: string }; pix: { brCode: string; txid: string } };
}

async function upload(text: string) {
  const form = new FormData();
  form.append('file', new Blob([text]), 'retorno.ret');
  const r = await t.request('/api/v1/billing/bank-returns', { method: 'POST', headers: bearer(admin), body: form });
  expect(r.status, r.text).toBeLessThan(300);
  return r.body;
}

const projectedIn = async (month: string) => {
  const r = await get(`/api/v1/finance/reports/cash-flow?from=${month}&to=${month}`);
  expect(r.status, r.text).toBe(200);
  return r.body.months[0].projectedInCents as number;
};

describe('POST /api/v1/invoices/{id}/due-date', () => {
  beforeAll(async () => {
    const acc = await post('/api/v1/billing/collection-accounts', {
      beneficiaryName: 'Provedor Fibra Ltda', beneficiaryDocument: '11.222.333/0001-81', bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9',
      agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test', pixMode: 'static',
    });
    expect(acc.status, acc.text).toBe(201);
  });

  it('change → the invoice, list, 2ª via and finance show the new date and a new valid linha digitável; asOf shows the old → remessa carries 06 once → retorno 14 recorded', async () => {
    const inv = await invoice(9990);
    const oldDue = inv.dueDate;
    const newDue = addDays(today, 45);
    const first = await post('/api/v1/billing/remittances', {});
    expect(first.body, first.text).toMatchObject({ sequence: 1, registrations: 1, dueDateChanges: 0 });
    const [oldMonth, newMonth] = [oldDue.slice(0, 7), newDue.slice(0, 7)];
    const before = { old: await until('receivable', () => projectedIn(oldMonth), (v) => v >= 9990), new: await projectedIn(newMonth) };
    const beforeChange = new Date().toISOString();

    const changed = await post(`/api/v1/invoices/${inv.id}/due-date`, { dueDate: newDue, reason: 'cliente recebe salário no dia 15' });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({
      dueDate: newDue, status: 'open', boleto: { nossoNumero: inv.boleto.nossoNumero }, pix: { brCode: inv.pix.brCode, kind: 'static' },
      dueDateChanges: [{ previousDueDate: oldDue, dueDate: newDue, reason: 'cliente recebe salário no dia 15', changedBy: expect.any(String) }],
    });
    expect(changed.body.history[0]).toMatchObject({ type: 'InvoiceDueDateChanged', summary: expect.stringContaining(`para ${newDue.split('-').reverse().join('/')}`) });
    const line = changed.body.boleto.digitableLine as string;
    expect(line).not.toBe(inv.boleto.digitableLine);
    expect(boleto.parse(line, { referenceDate: today })).toMatchObject({ dueDate: newDue, amountCents: 9990, freeField: inv.boleto.barcode.slice(19) });

    const shown = await get(`/api/v1/invoices/${inv.id}`);
    expect(shown.body).toMatchObject({ dueDate: newDue, boleto: { digitableLine: line } });
    const listed = (await get(`/api/v1/invoices?customerId=${changed.body.customerId}`)).body.items;
    expect(listed).toEqual([expect.objectContaining({ id: inv.id, dueDate: newDue, digitableLine: line })]);
    // time travel: as it was before the change
    expect((await get(`/api/v1/invoices/${inv.id}?asOf=${encodeURIComponent(beforeChange)}`)).body).toMatchObject({ dueDate: oldDue, boleto: { digitableLine: inv.boleto.digitableLine }, dueDateChanges: [] });
    // 2ª via five days after the old date: no longer late, the slip carries the new date
    const copy = await get(`/api/v1/invoices/${inv.id}/second-copy?payOn=${addDays(oldDue, 5)}`);
    expect(copy.body, copy.text).toMatchObject({ daysLate: 0, fineCents: 0, interestCents: 0, totalCents: 9990, boleto: { dueDate: newDue, digitableLine: line } });
    // finance: the projected cash flow moves with the receivable's due date
    if (oldMonth !== newMonth) {
      await until('cash flow moved', () => projectedIn(newMonth), (v) => v === before.new + 9990);
      expect(await projectedIn(oldMonth)).toBe(before.old - 9990);
    }

    // The same date again is a no-op.
    const again = await post(`/api/v1/invoices/${inv.id}/due-date`, { dueDate: newDue, reason: 'repetido' });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(changed.body.version);

    // The next remessa asks the bank to change the registered title's due date (06), once.
    const second = await post('/api/v1/billing/remittances', {});
    expect(second.status, second.text).toBe(201);
    expect(second.body).toMatchObject({ sequence: 2, titles: 1, registrations: 0, writeOffs: 0, dueDateChanges: 1, totalCents: 9990, skipped: [] });
    const text = (await get(second.body.downloadUrl)).text;
    const p = text.split('\r\n').filter((l) => l[7] === '3' && l[13] === 'P');
    expect(p.map((l) => [l.slice(15, 17), l.slice(37, 57).trim(), l.slice(77, 85)])).toEqual([['06', inv.boleto.nossoNumero, ddmmyyyy(newDue)]]);
    expect((await post('/api/v1/billing/remittances', {})).status).toBe(409);
    expect((await get(`/api/v1/invoices/${inv.id}`)).body.bankInstructions).toEqual([
      expect.objectContaining({ kind: 'change-due-date', remittanceId: second.body.id, sequence: 2, movementCode: '06', status: 'sent', dueDate: newDue }),
    ]);

    // The bank confirms (ocorrência 14): recorded, nothing settled.
    const report = await upload(cnab240Return('001', [{ nossoNumero: inv.boleto.nossoNumero, occurrenceCode: '14', dueDate: newDue, nominalCents: 9990, paidCents: 0, paidOn: today }]));
    expect(report).toMatchObject({ settled: 0, instructions: [{ occurrenceCode: '14', outcome: 'due-date-changed', invoiceId: inv.id, recorded: true }] });
    const confirmed = (await get(`/api/v1/invoices/${inv.id}`)).body;
    expect(confirmed).toMatchObject({ status: 'open', bankInstructions: [{ kind: 'change-due-date', status: 'confirmed', confirmationCode: '14', confirmationDate: today }] });

    // A second change is a second instruction 06 with its own date.
    const later = addDays(today, 50);
    expect((await post(`/api/v1/invoices/${inv.id}/due-date`, { dueDate: later, reason: 'novo acordo de data' })).status).toBe(200);
    const third = await post('/api/v1/billing/remittances', {});
    expect(third.body, third.text).toMatchObject({ sequence: 3, dueDateChanges: 1 });
    expect((await get(`/api/v1/invoices/${inv.id}`)).body.bankInstructions.map((i: { dueDate: string; sequence: number }) => [i.sequence, i.dueDate])).toEqual([[2, newDue], [3, later]]);
  });

  it('an invoice not yet in a remessa is registered with its new date (no 06)', async () => {
    const inv = await invoice(4200);
    const newDue = addDays(today, 20);
    expect((await post(`/api/v1/invoices/${inv.id}/due-date`, { dueDate: newDue, reason: 'pedido do cliente' })).status).toBe(200);
    const r = await post('/api/v1/billing/remittances', {});
    expect(r.body, r.text).toMatchObject({ registrations: 1, dueDateChanges: 0 });
    const p = (await get(r.body.downloadUrl)).text.split('\r\n').filter((l) => l[7] === '3' && l[13] === 'P');
    expect(p.map((l) => [l.slice(15, 17), l.slice(77, 85)])).toEqual([['01', ddmmyyyy(newDue)]]);
    expect((await post('/api/v1/billing/remittances', {})).status).toBe(409);
  });

  it('refuses a date in the past, a malformed date, no reason, a cancelled or paid invoice (422 naming the field) and an unknown invoice (404)', async () => {
    const inv = await invoice(3000);
    const refused = async (id: string, body: unknown, field: string) => {
      const r = await post(`/api/v1/invoices/${id}/due-date`, body);
      expect(r.status, r.text).toBe(422);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    };
    await refused(inv.id, { dueDate: addDays(today, -1), reason: 'atrasou' }, 'dueDate');
    await refused(inv.id, { dueDate: '15/12/2026', reason: 'formato errado' }, 'dueDate');
    await refused(inv.id, { dueDate: '2026-02-30', reason: 'não existe' }, 'dueDate');
    await refused(inv.id, { dueDate: addDays(today, 20) }, 'reason');
    const paid = await invoice(2500);
    expect((await post(`/api/v1/invoices/${paid.id}/payments`, { method: 'cash', amountCents: 2500, paidOn: today })).status).toBeLessThan(300);
    await refused(paid.id, { dueDate: addDays(today, 20), reason: 'tarde demais' }, 'status');
    expect((await post(`/api/v1/invoices/${inv.id}/cancel`, { reason: 'emitida por engano' })).status).toBe(200);
    await refused(inv.id, { dueDate: addDays(today, 20), reason: 'já cancelada' }, 'status');
    expect((await post('/api/v1/invoices/00000000-0000-4000-8000-000000000000/due-date', { dueDate: addDays(today, 20), reason: 'não existe' })).status).toBe(404);
    expect((await t.request(`/api/v1/invoices/${inv.id}/due-date`, { method: 'POST', json: { dueDate: addDays(today, 20), reason: 'sem login' } })).status).toBe(401);
  });
});
