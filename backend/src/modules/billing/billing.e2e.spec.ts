import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boleto, pix } from '@netprovider/cobranca';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createStaff, createSubscriber, db, maskCpf, randomCpf } from '../../test-support/auth.js';
import { cnab240Return } from './test-support/cnab240-return.js';
import { INSTALLATION_ADDRESS as address } from '../../test-support/http-helpers.js';

let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const post = (path: string, json?: unknown, token = admin) => t.request(path, { method: 'POST', headers: bearer(token), ...(json !== undefined ? { json } : {}) });
const get = (path: string, token = admin) => t.request(path, { headers: bearer(token) });

async function until<T>(what: string, fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const v = await fn();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}: ${JSON.stringify(await fn()).slice(0, 600)}\n${t.logs.filter((l) => l.includes("\"level\":50") || l.includes("\"level\":40")).slice(-5).join("\n")}`);
}

async function activeContract(priceCents: number, dueDay: number, billingStartsOn = '2026-11-01') {
  const cpf = randomCpf();
  const c = await post('/api/v1/customers', { kind: 'PF', name: 'Maria das Graças Souza', document: maskCpf(cpf), emails: ['maria@example.com'], phones: [], addresses: [address] });
  expect(c.status, c.text).toBe(201);
  const p = await post('/api/v1/plans', { name: `Fibra ${priceCents}`, downloadMbps: 500, uploadMbps: 250, priceCents });
  expect(p.status, p.text).toBe(201);
  const k = await post('/api/v1/contracts', { customerId: c.body.id, planId: p.body.id, dueDay, installationAddressId: 'a1' });
  expect(k.status, k.text).toBe(201);
  const a = await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: billingStartsOn, billingStartsOn });
  expect(a.status, a.text).toBe(200);
  return { customerId: c.body.id as string, contractId: k.body.id as string, cpf };
}

async function runBilling(competence: string, token = admin) {
  const started = await post('/api/v1/billing/runs', { competence }, token);
  expect(started.status, started.text).toBe(202);
  const preview = await until('preview', () => get(`/api/v1/billing/runs/${started.body.id}`), (r) => r.body.status !== 'previewing');
  return preview.body;
}

describe('billing acceptance', () => {
  it('collection account + contract → run preview → approve → boleto + PIX → PDF and carnê → CNAB retorno settles once', async () => {
    const bad = await post('/api/v1/billing/collection-accounts', { bankCode: '001', agency: '1234', account: '12345678', agreement: '12345', wallet: '17' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('agreement');
    const acc = await post('/api/v1/billing/collection-accounts', {
      bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test',
    });
    expect(acc.status, acc.text).toBe(201);
    expect(acc.body).toMatchObject({ bankCode: '001', bankName: 'Banco do Brasil', isDefault: true, cnabLayout: 240, pixMode: 'static' });

    const { contractId, customerId } = await activeContract(9990, 10);
    const run = await runBilling('2026-12');
    expect(run.status).toBe('awaiting_approval');
    const line = run.preview.lines.find((l: { contractId: string }) => l.contractId === contractId);
    expect(line).toMatchObject({ dueDate: '2026-12-10', totalCents: 9990, warning: null, invoiceId: null });
    expect(run.total).toBeGreaterThanOrEqual(1);

    // Approval needs billing-runs:approve: financeiro runs, gerente approves.
    const financeiro = await createStaff(t, ['financeiro']);
    expect((await post(`/api/v1/billing/runs/${run.id}/approve`, undefined, financeiro.accessToken)).status).toBe(403);
    const approved = await post(`/api/v1/billing/runs/${run.id}/approve`);
    expect(approved.status, approved.text).toBe(202);
    const done = await until('issuance', () => get(`/api/v1/billing/runs/${run.id}`), (r) => r.body.status === 'completed');
    expect(done.body).toMatchObject({ total: run.total, done: run.total, failed: 0 });

    const list = await get(`/api/v1/invoices?contractId=${contractId}`);
    expect(list.body.items).toHaveLength(1);
    const invoiceId = list.body.items[0].id;
    const inv = (await get(`/api/v1/invoices/${invoiceId}`)).body;
    expect(inv).toMatchObject({ id: invoiceId, totalCents: 9990, dueDate: '2026-12-10', status: 'open', customerId, contractId, competence: '2026-12' });
    const parsed = boleto.parse(inv.boleto.digitableLine, { referenceDate: '2026-11-28' });
    expect(parsed).toMatchObject({ bankCode: '001', amountCents: 9990, dueDate: '2026-12-10' });
    expect(inv.boleto.nossoNumero).toMatch(/^1234567\d{10}$/);
    expect(parsed.barcode).toBe(inv.boleto.barcode);
    expect(pix.parse(inv.pix.brCode)).toMatchObject({ key: 'financeiro@provedor.test', amountCents: 9990, txid: inv.pix.txid });

    const pdf = await t.request(`/api/v1/invoices/${invoiceId}/pdf`, { headers: bearer(admin) });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(pdf.text.startsWith('%PDF-')).toBe(true);
    const carne = await t.request(`/api/v1/contracts/${contractId}/carne.pdf?from=2026-12&months=3`, { headers: bearer(admin) });
    expect(carne.status, carne.text.slice(0, 300)).toBe(200);
    expect(carne.text.startsWith('%PDF-')).toBe(true);
    // The carnê issued January and February with the ids a billing run would use: a run for January finds them.
    const jan = await runBilling('2027-01');
    expect(jan.preview.lines.find((l: { contractId: string }) => l.contractId === contractId)).toMatchObject({ warning: 'duplicate' });
    expect((await get(`/api/v1/invoices?contractId=${contractId}`)).body.total).toBe(3);

    // A second run for December issues nothing for this contract.
    const again = await runBilling('2026-12');
    expect(again.preview.lines.find((l: { contractId: string }) => l.contractId === contractId)).toMatchObject({ warning: 'duplicate' });

    // CNAB retorno paying it 4 days late with fine + interest as the bank computed them.
    const file = cnab240Return('001', [{ nossoNumero: inv.boleto.nossoNumero, dueDate: '2026-12-10', nominalCents: 9990, paidCents: 10336, fineInterestCents: 346, paidOn: '2026-12-14', feeCents: 180 }]);
    const upload = async () => {
      const form = new FormData();
      form.append('file', new Blob([file]), 'retorno.ret');
      return t.request('/api/v1/billing/bank-returns', { method: 'POST', headers: bearer(admin), body: form });
    };
    const first = await upload();
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ layout: 240, bankCode: '001', titles: 1, settled: 1, duplicates: 0, unknown: [], rejected: [] });
    const second = await upload();
    expect(second.body).toMatchObject({ titles: 1, settled: 0, duplicates: 1 });
    const paid = (await get(`/api/v1/invoices/${invoiceId}`)).body;
    expect(paid.status).toBe('paid');
    expect(paid.payments).toHaveLength(1);
    expect(paid.payments[0]).toMatchObject({ method: 'boleto', amountCents: 10336, principalCents: 9990, fineCents: 200, interestCents: 146, feesCents: 180, source: { kind: 'cnab' } });

    // A malformed file is refused whole, naming the line.
    const broken = new FormData();
    broken.append('file', new Blob([file.replace(/^(.{77})\d/m, '$1X').split('\r\n').map((l, i) => (i === 3 ? l.slice(0, 77) + 'ABCDEFGHIJKLMNO' + l.slice(92) : l)).join('\r\n')]), 'bad.ret');
    const rejected = await t.request('/api/v1/billing/bank-returns', { method: 'POST', headers: bearer(admin), body: broken });
    expect(rejected.status, rejected.text).toBe(422);
    expect(rejected.body.errors[0]).toMatchObject({ field: 'file', line: 4 });
  });

  it('a bank return settles an invoice whose read model lacks its issue rules (rows from before they were kept) from its events, the same way', async () => {
    const { contractId } = await activeContract(9990, 10);
    const run = await runBilling('2026-12');
    // The run's lines, one per page: warnings first (the contracts invoiced by earlier tests), then the rest, each
    // in contract order, every line once; onlyWarnings lists the flagged ones alone.
    type Line = { contractId: string; warning: string | null; error: string | null };
    const all: Line[] = (await get(`/api/v1/billing/runs/${run.id}?pageSize=1000`)).body.preview.lines;
    const paged: Line[] = [];
    for (let page: number | null = 1; page; ) {
      const body: { preview: { lines: Line[]; nextPage: number | null } } = (await get(`/api/v1/billing/runs/${run.id}?pageSize=1&page=${page}`)).body;
      paged.push(...body.preview.lines);
      page = body.preview.nextPage;
    }
    const flagged = all.filter((l) => l.warning || l.error);
    const rest = all.filter((l) => !l.warning && !l.error);
    expect(flagged.length).toBeGreaterThan(0);
    expect(rest.map((l) => l.contractId)).toContain(contractId);
    const inOrder = (ls: Line[]) => ls.map((l) => l.contractId).sort();
    expect(all.map((l) => l.contractId)).toEqual([...inOrder(flagged), ...inOrder(rest)]);
    expect(paged.map((l) => l.contractId)).toEqual(all.map((l) => l.contractId));
    expect((await get(`/api/v1/billing/runs/${run.id}?pageSize=1000&onlyWarnings=true`)).body.preview.lines.map((l: Line) => l.contractId)).toEqual(inOrder(flagged));
    await post(`/api/v1/billing/runs/${run.id}/approve`);
    await until('issuance', () => get(`/api/v1/billing/runs/${run.id}`), (r) => r.body.status === 'completed');
    const invoiceId = (await get(`/api/v1/invoices?contractId=${contractId}`)).body.items[0].id;
    const inv = (await get(`/api/v1/invoices/${invoiceId}`)).body;
    await db(t).query('UPDATE billing_invoices SET rules = NULL WHERE id = $1', [invoiceId]);
    // Paid 4 days late, fine + interest reported: the split needs the invoice's rules, so it only comes out right if they were replayed.
    const file = cnab240Return('001', [{ nossoNumero: inv.boleto.nossoNumero, dueDate: '2026-12-10', nominalCents: 9990, paidCents: 10336, fineInterestCents: 346, paidOn: '2026-12-14', feeCents: 180 }]);
    const upload = async () => {
      const form = new FormData();
      form.append('file', new Blob([file]), 'retorno-sem-regras.ret');
      return t.request('/api/v1/billing/bank-returns', { method: 'POST', headers: bearer(admin), body: form });
    };
    const first = await upload();
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ settled: 1, duplicates: 0, unknown: [], mismatches: [] });
    expect((await upload()).body).toMatchObject({ settled: 0, duplicates: 1 });
    const paid = (await get(`/api/v1/invoices/${invoiceId}`)).body;
    expect(paid.status).toBe('paid');
    expect(paid.payments).toHaveLength(1);
    expect(paid.payments[0]).toMatchObject({ amountCents: 10336, principalCents: 9990, fineCents: 200, interestCents: 146, feesCents: 180 });
  });

  it('manual payments: partial, overpayment becomes credit applied to the next invoice, reversal by event', async () => {
    const { contractId, customerId } = await activeContract(10000, 5);
    const run = await runBilling('2026-12');
    await post(`/api/v1/billing/runs/${run.id}/approve`);
    await until('issuance', () => get(`/api/v1/billing/runs/${run.id}`), (r) => r.body.status === 'completed');
    const invoiceId = (await get(`/api/v1/invoices?contractId=${contractId}`)).body.items[0].id;

    const part = await post(`/api/v1/invoices/${invoiceId}/payments`, { amountCents: 4000, method: 'cash', paidOn: '2026-11-28' });
    expect(part.status, part.text).toBe(201);
    expect(part.body.invoice).toMatchObject({ status: 'partially_paid', outstandingCents: 6000 });
    const key = `rcpt-${invoiceId}`;
    const rest = await t.request(`/api/v1/invoices/${invoiceId}/payments`, { method: 'POST', headers: bearer(admin, { 'idempotency-key': key }), json: { amountCents: 7000, method: 'card', paidOn: '2026-11-28' } });
    expect(rest.status, rest.text).toBe(201);
    expect(rest.body.invoice).toMatchObject({ status: 'paid', outstandingCents: 0 });
    expect(rest.body.payment).toMatchObject({ principalCents: 6000, overpaidCents: 1000 });

    const receipt = await t.request(`/api/v1/invoices/${invoiceId}/payments/${rest.body.payment.id}/receipt.pdf`, { headers: bearer(admin) });
    expect(receipt.status).toBe(200);
    expect(receipt.text.startsWith('%PDF-')).toBe(true);
    const reversed = await post(`/api/v1/invoices/${invoiceId}/payments/${part.body.payment.id}/reverse`, { reason: 'cédula falsa' });
    expect(reversed.status, reversed.text).toBe(200);
    expect(reversed.body).toMatchObject({ status: 'partially_paid', outstandingCents: 4000 });
    expect(reversed.body.history[0].type).toBe('InvoicePaymentReversed');

    // The R$ 10,00 credit is applied to January's invoice as a payment when it is issued.
    const jan = await runBilling('2027-01');
    await post(`/api/v1/billing/runs/${jan.id}/approve`);
    await until('issuance', () => get(`/api/v1/billing/runs/${jan.id}`), (r) => r.body.status === 'completed');
    const janInvoice = (await get(`/api/v1/invoices?contractId=${contractId}&competence=2027-01`)).body.items[0];
    const detail = (await get(`/api/v1/invoices/${janInvoice.id}`)).body;
    expect(detail.payments).toEqual([expect.objectContaining({ method: 'credit', amountCents: 1000 })]);
    expect(detail.outstandingCents).toBe(9000);
    const credit = await db(t).query<{ balance_cents: string }>('SELECT balance_cents FROM billing_customer_credits WHERE customer_id = $1', [customerId]);
    expect(Number(credit.rows[0]!.balance_cents)).toBe(0);

    // A refund never exceeds the balance; the balance moves by event.
    await post(`/api/v1/invoices/${janInvoice.id}/payments`, { amountCents: 9500, method: 'pix', paidOn: '2026-11-28' });
    const tooMuch = await post(`/api/v1/billing/credits/${customerId}/refunds`, { amountCents: 501, method: 'pix', reference: 'devolução' });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.errors[0].field).toBe('amountCents');
    const refunded = await post(`/api/v1/billing/credits/${customerId}/refunds`, { amountCents: 500, method: 'pix', reference: 'PIX E123 devolução' });
    expect(refunded.status, refunded.text).toBe(201);
    expect(refunded.body.balanceCents).toBe(0);
    expect(refunded.body.movements.map((m: { kind: string; amountCents: number }) => [m.kind, m.amountCents])).toEqual([['overpayment', 1000], ['applied', -1000], ['overpayment', 500], ['refund', -500]]);

    const cancel = await post(`/api/v1/invoices/${invoiceId}/cancel`, { reason: 'teste' });
    expect(cancel.status).toBe(409);
  });

  it('charges the plan installation fee in the instalments sold, one per invoice', async () => {
    const cpf = randomCpf();
    const c = await post('/api/v1/customers', { kind: 'PF', name: 'Rui Instalação', document: maskCpf(cpf), emails: [], phones: [], addresses: [address] });
    const p = await post('/api/v1/plans', { name: 'Fibra com instalação', downloadMbps: 300, uploadMbps: 150, priceCents: 8000, installationFeeCents: 30000 });
    expect(p.status, p.text).toBe(201);
    const k = await post('/api/v1/contracts', { customerId: c.body.id, planId: p.body.id, dueDay: 20, installationAddressId: 'a1', installation: { instalments: 3 } });
    expect(k.status, k.text).toBe(201);
    await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-12-01', billingStartsOn: '2026-12-01' });
    const carne = await t.request(`/api/v1/contracts/${k.body.id}/carne.pdf?from=2026-12&months=4`, { headers: bearer(admin) });
    expect(carne.status).toBe(200);
    const list = (await get(`/api/v1/invoices?contractId=${k.body.id}`)).body.items.sort((a: { competence: string }, b: { competence: string }) => (a.competence < b.competence ? -1 : 1));
    expect(list.map((i: { competence: string; totalCents: number }) => [i.competence, i.totalCents])).toEqual([['2026-12', 18000], ['2027-01', 18000], ['2027-02', 18000], ['2027-03', 8000]]);
    const first = (await get(`/api/v1/invoices/${list[0].id}`)).body;
    expect(first.items).toEqual([expect.objectContaining({ kind: 'plan', amountCents: 8000 }), expect.objectContaining({ kind: 'installation', description: 'Taxa de instalação (parcela 1/3)', amountCents: 10000 })]);
  });

  it('portal: a subscriber sees only its own invoices, with the amount updated for today', async () => {
    const mine = await activeContract(8990, 12);
    const other = await activeContract(7990, 12);
    const run = await runBilling('2026-12');
    await post(`/api/v1/billing/runs/${run.id}/approve`);
    await until('issuance', () => get(`/api/v1/billing/runs/${run.id}`), (r) => r.body.status === 'completed');
    const sub = await createSubscriber(t, { customerId: mine.customerId, document: mine.cpf });
    const list = await get('/api/v1/portal/invoices', sub.accessToken);
    expect(list.status, list.text).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ totalCents: 8990, contractId: mine.contractId });
    const one = await get(`/api/v1/portal/invoices/${list.body.items[0].id}`, sub.accessToken);
    expect(one.status).toBe(200);
    expect(one.body.payToday).toMatchObject({ totalCents: 8990, daysLate: 0 });
    expect(one.body.history).toBeUndefined();
    const pdf = await t.request(`/api/v1/portal/invoices/${list.body.items[0].id}/pdf`, { headers: bearer(sub.accessToken) });
    expect(pdf.status).toBe(200);
    const theirs = (await get(`/api/v1/invoices?contractId=${other.contractId}`)).body.items[0].id;
    expect((await get(`/api/v1/portal/invoices/${theirs}`, sub.accessToken)).status).toBe(404);
    expect((await get(`/api/v1/invoices/${theirs}`, sub.accessToken)).status).toBe(403);
  });
});
