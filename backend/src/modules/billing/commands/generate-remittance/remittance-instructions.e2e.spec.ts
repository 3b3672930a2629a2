import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../../../test-support/auth.js';
import { addDays, saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { cnab240Return } from '../../test-support/cnab240-return.js';
import { fakeEndToEndId } from '../../infrastructure/pix-psp/test-support/fake-pix-psp.server.js';
import { staffCalls } from '../../../../test-support/http-helpers.js';

const SECRET = 'webhook-secret-for-tests-0123456789';
let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer({ env: { PIX_WEBHOOK_SECRET: SECRET } });
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const { post, get } = staffCalls(() => t, () => admin);
const address = { type: 'billing', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', district: 'Centro', city: 'Belo Horizonte', state: 'MG' };
const today = saoPauloDate(new Date());

async function invoice(amountCents: number) {
  const c = await post('/api/v1/customers', { kind: 'PF', name: 'José da Conceição', document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address] });
  expect(c.status, c.text).toBe(201);
  const r = await post('/api/v1/invoices', { customerId: c.body.id, dueDate: addDays(today, 10), items: [{ description: 'Mensalidade', amountCents }] });
  expect(r.status, r.text).toBe(201);
  return { id: r.body.id as string, nossoNumero: r.body.boleto.nossoNumero as string, txid: r.body.pix.txid as string, dueDate: r.body.dueDate as string };
}

async function download(url: string) {
  const r = await get(url);
  expect(r.status).toBe(200);
  return r.text;
}

async function upload(text: string) {
  const form = new FormData();
  form.append('file', new Blob([text]), 'retorno.ret');
  const r = await t.request('/api/v1/billing/bank-returns', { method: 'POST', headers: bearer(admin), body: form });
  expect(r.status, r.text).toBeLessThan(300);
  return r.body;
}

describe('remessa: pedido de baixa after registration', () => {
  it('register → paid by PIX / cancelled → the next remessa asks the bank for the baixa once → the retorno\'s confirmation is recorded on the invoice', async () => {
    const acc = await post('/api/v1/billing/collection-accounts', {
      beneficiaryName: 'Provedor Fibra Ltda', beneficiaryDocument: '11.222.333/0001-81', bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9',
      agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test', pixMode: 'static',
    });
    expect(acc.status, acc.text).toBe(201);
    const pixPaid = await invoice(9990);
    const cancelled = await invoice(5000);
    const bankPaid = await invoice(7000);
    const stillOpen = await invoice(3000);

    const first = await post('/api/v1/billing/remittances', {});
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({ sequence: 1, titles: 4, registrations: 4, writeOffs: 0 });

    // Paid by PIX (static BR Code, PSP webhook), cancelled, and paid at the bank (retorno 06: no baixa needed).
    const e2e = fakeEndToEndId();
    const hook = await t.request('/api/v1/billing/pix/webhook/pix', {
      method: 'POST', headers: { 'x-webhook-secret': SECRET }, json: { pix: [{ endToEndId: e2e, txid: pixPaid.txid, valor: '99.90', horario: new Date().toISOString() }] },
    });
    expect(hook.body, hook.text).toMatchObject({ settled: 1 });
    expect((await post(`/api/v1/invoices/${cancelled.id}/cancel`, { reason: 'cliente desistiu' })).status).toBe(200);
    expect(await upload(cnab240Return('001', [{ nossoNumero: bankPaid.nossoNumero, dueDate: bankPaid.dueDate, nominalCents: 7000, paidCents: 7000, paidOn: today }]))).toMatchObject({ settled: 1 });
    const later = await invoice(4500);

    const second = await post('/api/v1/billing/remittances', {});
    expect(second.status, second.text).toBe(201);
    expect(second.body).toMatchObject({ sequence: 2, titles: 3, registrations: 1, writeOffs: 2, totalCents: 4500 + 9990 + 5000, skipped: [] });
    const text = await download(second.body.downloadUrl);
    expect(await download(second.body.downloadUrl)).toBe(text); // the stored file: byte-identical on every download
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.map((l) => l[7] + (l[7] === '3' ? l[13] : ''))).toEqual(['0', '1', '3P', '3Q', '3R', '3P', '3Q', '3R', '3P', '3Q', '3R', '5', '9']);
    expect(lines[0]!.slice(157, 163)).toBe('000002'); // NSA
    const p = [lines[2]!, lines[5]!, lines[8]!];
    expect(p.map((l) => [l.slice(15, 17), l.slice(37, 57).trim()])).toEqual([['01', later.nossoNumero], ['02', pixPaid.nossoNumero], ['02', cancelled.nossoNumero]]);
    expect(lines.filter((l) => l[7] === '3').map((l) => l.slice(15, 17))).toEqual(['01', '01', '01', '02', '02', '02', '02', '02', '02']);
    expect(lines.every((l) => !l.includes(bankPaid.nossoNumero) && !l.includes(stillOpen.nossoNumero))).toBe(true);

    // A baixa is never requested twice.
    const third = await post('/api/v1/billing/remittances', {});
    expect(third.status, third.text).toBe(409);
    expect((await get(`/api/v1/invoices/${pixPaid.id}`)).body.bankInstructions).toEqual([
      expect.objectContaining({ kind: 'write-off', reason: 'paid-outside-bank', remittanceId: second.body.id, sequence: 2, movementCode: '02', status: 'sent', confirmedAt: null }),
    ]);

    // The bank confirms both baixas (ocorrência 09): recorded on each invoice, once, and nothing is settled.
    const ret = cnab240Return('001', [pixPaid, cancelled].map((i) => ({ nossoNumero: i.nossoNumero, occurrenceCode: '09', dueDate: i.dueDate, nominalCents: 0, paidCents: 0, paidOn: today })));
    const report = await upload(ret);
    expect(report).toMatchObject({ settled: 0, duplicates: 0, unknown: [], other: [] });
    expect(report.instructions).toEqual([
      { line: 3, nossoNumero: expect.any(String), occurrenceCode: '09', outcome: 'write-off-confirmed', invoiceId: pixPaid.id, recorded: true },
      { line: 5, nossoNumero: expect.any(String), occurrenceCode: '09', outcome: 'write-off-confirmed', invoiceId: cancelled.id, recorded: true },
    ]);
    const confirmed = (await get(`/api/v1/invoices/${pixPaid.id}`)).body;
    expect(confirmed).toMatchObject({ status: 'paid', bankInstructions: [{ kind: 'write-off', status: 'confirmed', confirmationCode: '09', confirmationDate: today }] });
    expect((await get(`/api/v1/invoices/${cancelled.id}`)).body.bankInstructions).toEqual([expect.objectContaining({ reason: 'cancelled', status: 'confirmed' })]);
    await upload(ret);
    expect((await get(`/api/v1/invoices/${pixPaid.id}`)).body.bankInstructions[0].confirmedAt).toBe(confirmed.bankInstructions[0].confirmedAt);
    expect((await get(`/api/v1/invoices/${bankPaid.id}`)).body.bankInstructions).toEqual([]);
  });
});
