import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';
import { addDays, saoPauloDate } from '../../shared-kernel/business-date.js';
import { staffCalls } from '../../test-support/http-helpers.js';

let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const { post, get } = staffCalls(() => t, () => admin);
const company = { beneficiaryName: 'Provedor Fibra Ltda', beneficiaryDocument: '11.222.333/0001-81' };
const address = { type: 'billing', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', complement: 'sala 3', district: 'Centro', city: 'Belo Horizonte', state: 'MG' };

async function account(body: Record<string, unknown>) {
  const r = await post('/api/v1/billing/collection-accounts', { ...company, pixMode: 'none', ...body });
  expect(r.status, r.text).toBe(201);
  return r.body.id as string;
}

/** A customer with a billing address and a one-off invoice on the current default account. */
async function invoice(amountCents: number) {
  const cpf = randomCpf();
  const c = await post('/api/v1/customers', { kind: 'PF', name: 'José da Conceição', document: maskCpf(cpf), emails: [], phones: [], addresses: [address] });
  expect(c.status, c.text).toBe(201);
  const r = await post('/api/v1/invoices', { customerId: c.body.id, dueDate: addDays(saoPauloDate(new Date()), 10), items: [{ description: 'Mensalidade', amountCents }] });
  expect(r.status, r.text).toBe(201);
  return { id: r.body.id as string, nossoNumero: r.body.boleto.nossoNumero as string, cpf, dueDate: r.body.dueDate as string };
}

async function download(url: string) {
  const r = await t.request(url, { headers: bearer(admin) });
  expect(r.status, r.text.slice(0, 200)).toBe(200);
  expect(r.headers.get('content-type')).toBe('text/plain; charset=latin1');
  expect(r.text.endsWith('\r\n')).toBe(true);
  return { lines: r.text.slice(0, -2).split('\r\n'), disposition: r.headers.get('content-disposition') ?? '' };
}

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;

describe('CNAB remessa', () => {
  it('CNAB 240 (Banco do Brasil): registers each open invoice once, with payer, fine and interest; sequence per account', async () => {
    const bb = await account({ bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17' });
    const a = await invoice(9990);
    const b = await invoice(12050);

    const first = await post('/api/v1/billing/remittances', {});
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({ sequence: 1, titles: 2, totalCents: 22040, skipped: [], downloadUrl: `/api/v1/billing/remittances/${first.body.id}` });
    expect(first.body.fileName).toMatch(/^CB\d{4}01\.REM$/);

    const { lines, disposition } = await download(first.body.downloadUrl);
    expect(disposition).toBe(`attachment; filename="${first.body.fileName}"`);
    expect(lines.every((l) => l.length === 240)).toBe(true);
    expect(lines.map((l) => l[7] + (l[7] === '3' ? l[13] : ''))).toEqual(['0', '1', '3P', '3Q', '3R', '3P', '3Q', '3R', '5', '9']);
    expect(lines[0]!.slice(142, 143)).toBe('1'); // remessa
    expect(lines[0]!.slice(157, 163)).toBe('000001'); // NSA
    expect(lines[8]!.slice(17, 23)).toBe('000008'); // records in the lote (its header and trailer included)
    expect(lines[9]!.slice(17, 23)).toBe('000001'); // lotes
    expect(lines[9]!.slice(23, 29)).toBe('000010'); // records in the file
    const [p1, q1, r1] = [lines[2]!, lines[3]!, lines[4]!];
    expect(p1.slice(37, 57).trim()).toBe(a.nossoNumero);
    expect(p1.slice(77, 85)).toBe(ddmmyyyy(a.dueDate));
    expect(p1.slice(85, 100)).toBe('000000000009990');
    expect(p1.slice(117, 118)).toBe('2'); // juros: monthly rate
    expect(q1.slice(18, 33)).toBe(a.cpf.padStart(15, '0'));
    expect(q1.slice(33, 73).trim()).toMatch(/^JOS/);
    expect(q1.slice(128, 133) + q1.slice(133, 136)).toBe('30130010');
    expect(r1.slice(65, 66)).toBe('2'); // multa: percentage
    expect(r1.slice(74, 89)).toBe('000000000000200'); // 2,00 %
    expect(lines[5]!.slice(37, 57).trim()).toBe(b.nossoNumero);

    // nothing new: 409, and the sequence is not consumed
    const none = await post('/api/v1/billing/remittances', { collectionAccountId: bb });
    expect(none.status, none.text).toBe(409);
    expect(none.body.type).toContain('nothing-to-remit');
    const c = await invoice(5000);
    const second = await post('/api/v1/billing/remittances', { collectionAccountId: bb });
    expect(second.status, second.text).toBe(201);
    expect(second.body).toMatchObject({ sequence: 2, titles: 1, totalCents: 5000 });
    const again = (await download(second.body.downloadUrl)).lines;
    expect(again.filter((l) => l[13] === 'P').map((l) => l.slice(37, 57).trim())).toEqual([c.nossoNumero]);
    expect(again[0]!.slice(157, 163)).toBe('000002');

    // two requests at once: the account row serialises them; one file gets both invoices, the other finds nothing
    await invoice(1000);
    await invoice(2000);
    const racing = await Promise.all([post('/api/v1/billing/remittances', {}), post('/api/v1/billing/remittances', {})]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(racing.find((r) => r.status === 201)!.body).toMatchObject({ sequence: 3, titles: 2, totalCents: 3000 });

    const list = (await get('/api/v1/billing/remittances')).body.items;
    expect(list.map((x: { sequence: number; titles: number }) => [x.sequence, x.titles])).toEqual([[3, 2], [2, 1], [1, 2]]);
    expect((await get('/api/v1/billing/remittances/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('CNAB 400 (Itaú) for a chosen account; unsupported banks and unknown accounts are refused naming collectionAccountId', async () => {
    const itau = await account({ bankCode: '341', agency: '0810', account: '53678', accountDigit: '8', wallet: '109', isDefault: true });
    const inv = await invoice(7990);
    const r = await post('/api/v1/billing/remittances', { collectionAccountId: itau });
    expect(r.status, r.text).toBe(201);
    expect(r.body).toMatchObject({ sequence: 1, titles: 1 });
    const { lines } = await download(r.body.downloadUrl);
    expect(lines.every((l) => l.length === 400)).toBe(true);
    expect(lines[0]!.startsWith('01REMESSA01COBRANCA')).toBe(true);
    expect(lines.map((l) => l[0])).toEqual(['0', '1', '2', '9']); // header, title, its multa record, trailer
    expect(lines.map((l) => l.slice(394, 400))).toEqual(['000001', '000002', '000003', '000004']);
    expect(lines[1]!.slice(62, 70)).toBe(inv.nossoNumero.padStart(8, '0'));
    expect(lines[1]!.slice(126, 139)).toBe('0000000007990');

    const santander = await account({ bankCode: '033', agency: '1234', account: '12345678', agreement: '1234567', isDefault: false });
    const refused = await post('/api/v1/billing/remittances', { collectionAccountId: santander });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: 'collectionAccountId' });
    expect(refused.body.errors[0].reason).toContain('not supported');
    const unknown = await post('/api/v1/billing/remittances', { collectionAccountId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('collectionAccountId');
  });
});
