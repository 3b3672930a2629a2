import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';
import { addDays, saoPauloDate } from '../../shared-kernel/business-date.js';
import { ofxStatement } from './test-support/ofx-statement.js';
import { staffCalls } from '../../test-support/http-helpers.js';

let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const { post, get } = staffCalls(() => t, () => admin);
const upload = (path: string, content: string | Buffer, name: string) => {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  return t.request(path, { method: 'POST', headers: bearer(admin), body: form });
};
const address = { type: 'billing', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', district: 'Centro', city: 'Belo Horizonte', state: 'MG' };

async function customer(name: string) {
  const cpf = randomCpf();
  const c = await post('/api/v1/customers', { kind: 'PF', name, document: maskCpf(cpf), emails: [], phones: [], addresses: [address] });
  expect(c.status, c.text).toBe(201);
  return { id: c.body.id as string, cpf };
}

/** A one-off invoice issued today and due in 10 days. */
async function invoice(customerId: string, amountCents: number, dueInDays = 10) {
  const today = saoPauloDate(new Date());
  const r = await post('/api/v1/invoices', { customerId, dueDate: addDays(today, dueInDays), items: [{ description: 'Instalação', amountCents }] });
  expect(r.status, r.text).toBe(201);
  return { id: r.body.id as string, number: r.body.number as number, issuedOn: r.body.issuedOn as string };
}

describe('OFX statement reconciliation', () => {
  it('imports, proposes by amount + CPF/name, dedupes files and lines, confirms once, lets the user fix and ignore', async () => {
    const acc = await post('/api/v1/billing/collection-accounts', { bankCode: '001', agency: '1234', account: '12345678', agreement: '1234567', wallet: '17', pixMode: 'none' });
    expect(acc.status, acc.text).toBe(201);
    const maria = await customer('Maria das Graças Souza');
    const joao = await customer('João Pedro Alves');
    const ana = await customer('Ana Beatriz Lima');
    const mariaInv = await invoice(maria.id, 12345);
    const joaoSameAmount = await invoice(joao.id, 12345);
    const joaoInv = await invoice(joao.id, 8790);
    const anaInv = await invoice(ana.id, 5000);
    const today = mariaInv.issuedOn;

    const first = ofxStatement([
      { fitId: 'PIX-0001', postedAt: today, amountCents: 12345, memo: `PIX RECEBIDO ${maskCpf(maria.cpf)} MARIA` },
      { fitId: 'TED-0002', postedAt: today, amountCents: 77777, memo: 'TED RECEBIDA FULANO DE TAL' },
      { fitId: 'TAR-0003', postedAt: today, amountCents: -350, memo: 'TARIFA PIX' },
      { fitId: 'DEP-0004', postedAt: today, amountCents: 4321, memo: 'DEPOSITO EM DINHEIRO' },
    ]);
    const imported = await upload('/api/v1/billing/statements', first, 'extrato.ofx');
    expect(imported.status, imported.text).toBe(201);
    const s1 = imported.body;
    expect(s1).toMatchObject({ alreadyImported: false, counts: { lines: 4, proposed: 1, unmatched: 2, debit: 1, duplicate: 0 } });
    const pixLine = s1.lines.find((l: { fitId: string }) => l.fitId === 'PIX-0001');
    expect(pixLine).toMatchObject({ postedAt: today, amountCents: 12345, status: 'proposed' });
    // both invoices are for 123,45; the CPF in the memo puts Maria's first
    expect(pixLine.proposals.map((p: { invoiceId: string }) => p.invoiceId)).toEqual([mariaInv.id, joaoSameAmount.id]);
    expect(pixLine.proposals[0]).toMatchObject({ number: mariaInv.number, customerId: maria.id, reasons: ['amount', 'document', 'date-window'] });
    expect(s1.lines.find((l: { fitId: string }) => l.fitId === 'TAR-0003')).toMatchObject({ status: 'debit', proposals: [] });

    // the same file again: nothing stored twice
    const again = await upload('/api/v1/billing/statements', first, 'extrato-de-novo.ofx');
    expect(again.status, again.text).toBe(200);
    expect(again.body).toMatchObject({ id: s1.id, alreadyImported: true });

    // an overlapping export: the PIX line is a duplicate of the first statement's, the new TED names João
    const second = ofxStatement([
      { fitId: 'PIX-0001', postedAt: today, amountCents: 12345, memo: `PIX RECEBIDO ${maskCpf(maria.cpf)} MARIA` },
      { fitId: 'TED-0005', postedAt: today, amountCents: 8790, memo: 'TED RECEBIDA JOAO PEDRO ALVES' },
    ]);
    const s2 = (await upload('/api/v1/billing/statements', second, 'extrato-2.ofx')).body;
    expect(s2.lines.find((l: { fitId: string }) => l.fitId === 'PIX-0001')).toMatchObject({ status: 'duplicate', duplicateOf: s1.id, proposals: [] });
    expect(s2.lines.find((l: { fitId: string }) => l.fitId === 'TED-0005').proposals[0]).toMatchObject({ invoiceId: joaoInv.id, reasons: ['amount', 'name', 'date-window'] });

    // confirm: settles Maria's invoice once, however often and from whichever statement it is confirmed
    const confirm = (statementId: string, fitId: string, invoiceId: string) => post(`/api/v1/billing/statements/${statementId}/lines/${encodeURIComponent(fitId)}/confirm`, { invoiceId });
    const c1 = await confirm(s1.id, 'PIX-0001', mariaInv.id);
    expect(c1.status, c1.text).toBe(200);
    expect(c1.body).toMatchObject({ outcome: 'recorded', line: { status: 'confirmed', invoiceId: mariaInv.id }, invoice: { status: 'paid' } });
    expect(c1.body.invoice.payments).toEqual([expect.objectContaining({ method: 'pix', amountCents: 12345, source: { kind: 'ofx', reference: 'PIX-0001' } })]);
    expect((await confirm(s1.id, 'PIX-0001', mariaInv.id)).body).toMatchObject({ outcome: 'duplicate', paymentId: c1.body.paymentId });
    expect((await confirm(s2.id, 'PIX-0001', mariaInv.id)).body).toMatchObject({ outcome: 'duplicate', paymentId: c1.body.paymentId });
    const elsewhere = await confirm(s2.id, 'PIX-0001', joaoSameAmount.id);
    expect(elsewhere.status, elsewhere.text).toBe(409);
    expect((await get(`/api/v1/invoices/${mariaInv.id}`)).body.payments).toHaveLength(1);
    expect((await get(`/api/v1/invoices/${joaoSameAmount.id}`)).body.payments).toHaveLength(0);

    // the user fixes a proposal: João's TED actually paid Ana's invoice (an overpayment becomes her credit)
    const fixed = await confirm(s2.id, 'TED-0005', anaInv.id);
    expect(fixed.status, fixed.text).toBe(200);
    expect(fixed.body).toMatchObject({ outcome: 'recorded', line: { status: 'confirmed', invoiceId: anaInv.id }, invoice: { status: 'paid' } });
    expect(fixed.body.invoice.payments[0]).toMatchObject({ method: 'transfer', amountCents: 8790, principalCents: 5000, overpaidCents: 3790 });
    // a settled invoice is no longer proposed
    expect((await get(`/api/v1/billing/statements/${s1.id}`)).body.lines.find((l: { fitId: string }) => l.fitId === 'PIX-0001').status).toBe('confirmed');

    // ignore with a reason; a decided line cannot be ignored; a debit cannot settle anything
    const ignored = await post(`/api/v1/billing/statements/${s1.id}/lines/TED-0002/ignore`, { reason: 'transferência entre contas próprias' });
    expect(ignored.status, ignored.text).toBe(200);
    expect(ignored.body.line).toMatchObject({ status: 'ignored', ignoreReason: 'transferência entre contas próprias' });
    expect((await post(`/api/v1/billing/statements/${s1.id}/lines/PIX-0001/ignore`, { reason: 'engano' })).status).toBe(409);
    expect((await confirm(s1.id, 'TAR-0003', joaoInv.id)).status).toBe(409);
    const unknownInvoice = await confirm(s1.id, 'DEP-0004', '00000000-0000-4000-8000-000000000000');
    expect(unknownInvoice.status).toBe(422);
    expect(unknownInvoice.body.errors[0].field).toBe('invoiceId');
    expect((await confirm(s1.id, 'NOPE', joaoInv.id)).status).toBe(404);

    // unmatched lines stay listed
    const detail = (await get(`/api/v1/billing/statements/${s1.id}`)).body;
    expect(detail.lines.map((l: { fitId: string; status: string }) => `${l.fitId}:${l.status}`)).toEqual(['PIX-0001:confirmed', 'TED-0002:ignored', 'TAR-0003:debit', 'DEP-0004:unmatched']);
    const list = (await get('/api/v1/billing/statements')).body.items;
    expect(list.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([s1.id, s2.id]));
    expect(list.find((s: { id: string }) => s.id === s1.id)).toMatchObject({ fileName: 'extrato.ofx', counts: { lines: 4, confirmed: 1, ignored: 1, debit: 1, unmatched: 1 } });

    // payer data is compared, never logged
    expect(t.logs.filter((l) => l.includes(maria.cpf) || l.includes(maskCpf(maria.cpf)))).toEqual([]);
  });

  it('imports a real Brazilian bank export (OFX 1.02 SGML, comma decimals, bank + card statements)', async () => {
    const file = readFileSync(new URL('./test-support/fixtures/ofx_brl_example_ofx-data-extractor.ofx', import.meta.url));
    const r = await upload('/api/v1/billing/statements', file, 'example.ofx');
    expect(r.status, r.text).toBe(201);
    expect(r.body).toMatchObject({ periodStart: '2018-01-30', periodEnd: '2018-04-29', account: { bankId: '364', accountId: '1459950-11' }, counts: { lines: 18, debit: 9 } });
    const credits = r.body.lines.filter((l: { amountCents: number }) => l.amountCents > 0);
    expect(credits).toHaveLength(9);
    expect(credits.reduce((s: number, l: { amountCents: number }) => s + l.amountCents, 0)).toBe(66960);
    expect(r.body.lines[0]).toMatchObject({ fitId: '2018030607232002046000000061553574', postedAt: '2018-03-09', amountCents: 7440 });
  });

  it('refuses a malformed file whole, naming the file field', async () => {
    const bad = ofxStatement([{ fitId: 'X1', postedAt: '2026-12-01', amountCents: 100, memo: 'x' }]).replace('<TRNAMT>1,00', '<TRNAMT>um real');
    const r = await upload('/api/v1/billing/statements', bad, 'bad.ofx');
    expect(r.status, r.text).toBe(422);
    expect(r.body.errors[0]).toMatchObject({ field: 'file' });
    expect(r.body.errors[0].reason).toContain('TRNAMT');
    const none = await upload('/api/v1/billing/statements', 'not an ofx at all', 'x.ofx');
    expect(none.status).toBe(422);
    expect((await get('/api/v1/billing/statements')).body.items.every((s: { fileName: string }) => s.fileName !== 'bad.ofx')).toBe(true);
  });
});
