import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@netprovider/event-store';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createStaff, db, maskCpf, randomCpf } from '../../test-support/auth.js';
import { EVENT_STORE } from '../../platform/database/tokens.js';
import { CustomerExtensions } from './public-api.js';

/** Text drawn by a pdfkit PDF: inflates the content streams and decodes the hex strings of TJ operators (WinAnsi). */
function pdfText(pdf: Buffer): string {
  const out: string[] = [];
  const raw = pdf.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      content = raw.slice(start, end);
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      out.push([...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''));
    }
  }
  return out.join('\n');
}

let t: TestServer;
let admin: string;
const cpfs: string[] = [];
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const address = { type: 'installation', zipCode: '01310-100', street: 'Avenida Paulista', number: '1000', complement: 'ap 12', district: 'Bela Vista', city: 'São Paulo', state: 'SP' };
const newCustomer = (overrides: Record<string, unknown> = {}) => {
  const document = randomCpf();
  cpfs.push(document);
  return { kind: 'PF', name: 'João Conceição da Silva', document: maskCpf(document), emails: ['joao@example.com.br'], phones: ['(11) 98765-4321'], addresses: [address], ...overrides };
};
const register = (json: unknown, token = admin) => t.request('/api/v1/customers', { method: 'POST', headers: bearer(token), json });
const search = async (term: string) =>
  (await t.request(`/api/v1/customers?search=${encodeURIComponent(term)}&pageSize=100`, { headers: bearer(admin) })).body.items.map((c: { id: string }) => c.id);

describe('customer registration', () => {
  it('refuses an invalid CPF, CEP, e-mail or phone naming the field', async () => {
    const badCpf = await register({ ...newCustomer(), document: '123.456.789-00' });
    expect(badCpf.status).toBe(422);
    expect(badCpf.body.errors.map((e: { field: string }) => e.field)).toContain('document');
    const badCep = await register(newCustomer({ addresses: [{ ...address, zipCode: '123' }] }));
    expect(badCep.status).toBe(422);
    expect(badCep.body.errors.map((e: { field: string }) => e.field)).toContain('addresses.0.zipCode');
    const badEmail = await register(newCustomer({ emails: ['ok@example.com', 'nope'] }));
    expect(badEmail.body.errors.map((e: { field: string }) => e.field)).toContain('emails.1');
    const badPhone = await register(newCustomer({ phones: ['(00) 1234-5678'] }));
    expect(badPhone.status).toBe(422);
    expect(badPhone.body.errors[0].field).toMatch(/^phones\.0/);
  });

  it('registers, then refuses the same CPF (with or without mask) naming the existing customer', async () => {
    const body = newCustomer();
    const created = await register(body);
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), status: 'active', kind: 'PF', document: cpfs.at(-1) });
    const dup = await register({ ...body, document: cpfs.at(-1), name: 'Outra Pessoa' });
    expect(dup.status).toBe(409);
    expect(dup.body.existingCustomerId).toBe(created.body.id);
  });

  it('lets only one of several concurrent registrations of a CPF succeed', async () => {
    const body = newCustomer();
    const results = await Promise.all(Array.from({ length: 5 }, () => register(body)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const winner = results.find((r) => r.status === 201)!.body.id;
    for (const r of results.filter((x) => x.status !== 201)) {
      expect(r.status).toBe(409);
      expect(r.body.existingCustomerId).toBe(winner);
    }
  });

  it('atendente can register customers, tecnico cannot', async () => {
    const atendente = await createStaff(t, ['atendente']);
    expect((await register(newCustomer(), atendente.accessToken)).status).toBe(201);
    const tecnico = await createStaff(t, ['tecnico']);
    expect((await register(newCustomer(), tecnico.accessToken)).status).toBe(403);
  });
});

describe('customer search', () => {
  it('finds by name fragment without accents, by masked or bare CPF, by phone and e-mail', async () => {
    const cpf = randomCpf();
    cpfs.push(cpf);
    const created = await register({ kind: 'PF', name: 'Mariângela Ñúñez Gonçalves', document: cpf, emails: ['Mari.Nunez@Provedor.test'], phones: ['+55 21 99876-5432'], addresses: [] });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id;
    expect(await search('mariangela')).toContain(id);
    expect(await search('NUNEZ GONC')).toContain(id);
    expect(await search(maskCpf(cpf))).toEqual([id]);
    expect(await search(cpf)).toEqual([id]);
    expect(await search('(21) 99876-5432')).toEqual([id]);
    expect(await search('mari.nunez@provedor.test')).toEqual([id]);
    expect(await search('zzz-nobody')).toEqual([]);
  });

  it('pages in a stable order', async () => {
    for (let i = 0; i < 3; i++) expect((await register(newCustomer({ name: `Paginado Cliente ${i}` }))).status).toBe(201);
    const p1 = await t.request('/api/v1/customers?search=paginado&page=1&pageSize=2', { headers: bearer(admin) });
    const p2 = await t.request('/api/v1/customers?search=paginado&page=2&pageSize=2', { headers: bearer(admin) });
    expect(p1.body).toMatchObject({ total: 3, totalIsEstimate: false, hasMore: true });
    expect(p2.body).toMatchObject({ total: 3, hasMore: false });
    expect(p1.body.items.map((c: { name: string }) => c.name)).toEqual(['Paginado Cliente 0', 'Paginado Cliente 1']);
    expect(p2.body.items.map((c: { name: string }) => c.name)).toEqual(['Paginado Cliente 2']);
  });

  it('finds by CEP of any address (blind index), and not once the address is gone', async () => {
    const created = await register(newCustomer({ name: 'Morador Do Cep', addresses: [{ ...address, zipCode: '69005-010' }] }));
    expect(created.status, created.text).toBe(201);
    expect(await search('69005-010')).toEqual([created.body.id]);
    expect(await search('69005010')).toEqual([created.body.id]);
    const row = await db(t).query<{ zip_code_hashes: string[] }>('SELECT zip_code_hashes FROM customers_directory WHERE id = $1', [created.body.id]);
    expect(row.rows[0]!.zip_code_hashes).toHaveLength(1);
    expect(row.rows[0]!.zip_code_hashes[0]).not.toContain('69005');
  });

  it('asks the search sources other modules registered (PPPoE login) and merges their customers', async () => {
    const created = await register(newCustomer({ name: 'Assinante Com Login' }));
    const extensions = t.server.app!.get(CustomerExtensions);
    const source = async (_companyId: string, term: string) => (term === 'assinante.login.77' ? [created.body.id] : []);
    extensions.searchSources.push(source);
    try {
      expect(await search('assinante.login.77')).toEqual([created.body.id]);
      expect(await search('assinante.login.78')).toEqual([]);
    } finally {
      extensions.searchSources.splice(extensions.searchSources.indexOf(source), 1);
    }
  });

  it('counts exactly up to 500 matches, then estimates; pages stop at the first 1,000 results', async () => {
    const companyId = (await db(t).query<{ company_id: string }>('SELECT company_id FROM customers_directory LIMIT 1')).rows[0]!.company_id;
    // directory rows only (no stream): enough to exceed the cap without registering 1,005 customers
    await db(t).query(
      `INSERT INTO customers_directory (id, company_id, kind, status, name, name_search, version, created_at, updated_at, zip_code_hashes)
       SELECT 'bulk-' || g, $1, 'PF', 'active', 'Volume Cliente ' || g, 'volume cliente ' || lpad(g::text, 5, '0'), 1, now(), now(), '{}'
       FROM generate_series(1, 1005) g`,
      [companyId],
    );
    await db(t).query('ANALYZE customers_directory');
    const many = await t.request('/api/v1/customers?search=volume&pageSize=20', { headers: bearer(admin) });
    expect(many.status, many.text).toBe(200);
    expect(many.body).toMatchObject({ hasMore: true, totalIsEstimate: true });
    expect(many.body.total).toBeGreaterThan(500);
    expect(many.body.items.map((c: { name: string }) => c.name).slice(0, 2)).toEqual(['Volume Cliente 1', 'Volume Cliente 2']);
    const few = await t.request('/api/v1/customers?search=volume cliente 01005', { headers: bearer(admin) });
    expect(few.body).toMatchObject({ total: 1, totalIsEstimate: false, hasMore: false });
    const last = await t.request('/api/v1/customers?search=volume&page=50&pageSize=20', { headers: bearer(admin) });
    expect(last.status).toBe(200);
    expect(last.body.items).toHaveLength(20);
    const beyond = await t.request('/api/v1/customers?search=volume&page=51&pageSize=20', { headers: bearer(admin) });
    expect(beyond.status).toBe(422);
    expect(beyond.body.errors.map((e: { field: string }) => e.field)).toEqual(['page']);
    await db(t).query(`DELETE FROM customers_directory WHERE id LIKE 'bulk-%'`);
  });
});

describe('customer details', () => {
  it('updates, shows the past with asOf, and lists the timeline newest first', async () => {
    const created = await register(newCustomer({ name: 'Antes Da Mudança' }));
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const patched = await t.request(`/api/v1/customers/${created.body.id}`, { method: 'PATCH', headers: bearer(admin), json: { name: 'Depois Da Mudança', phones: ['(11) 3333-4444'] } });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body.name).toBe('Depois Da Mudança');
    const now = await t.request(`/api/v1/customers/${created.body.id}`, { headers: bearer(admin) });
    expect(now.body.name).toBe('Depois Da Mudança');
    const past = await t.request(`/api/v1/customers/${created.body.id}?asOf=${encodeURIComponent(before)}`, { headers: bearer(admin) });
    expect(past.status, past.text).toBe(200);
    expect(past.body.name).toBe('Antes Da Mudança');
    const tl = await t.request(`/api/v1/customers/${created.body.id}/timeline`, { headers: bearer(admin) });
    expect(tl.body.items.map((e: { type: string }) => e.type)).toEqual(['CustomerContactUpdated', 'CustomerDetailsUpdated', 'CustomerRegistered']);
    expect(tl.body.items[2]).toMatchObject({ actorKind: 'staff', correlationId: expect.any(String) });
    expect((await t.request('/api/v1/customers/does-not-exist', { headers: bearer(admin) })).status).toBe(404);
  });
});

describe('LGPD', () => {
  it('exports the personal data, then erases it for good', async () => {
    const body = newCustomer({ name: 'Titular Para Apagar' });
    const cpf = cpfs.at(-1)!;
    const created = await register(body);
    const id = created.body.id;
    const exported = await t.request(`/api/v1/customers/${id}/lgpd/export`, { method: 'POST', headers: bearer(admin) });
    expect(exported.status).toBe(200);
    expect(exported.body.customer).toMatchObject({ name: 'Titular Para Apagar', document: cpf });
    expect(exported.body.events[0].data.document).toBe(cpf);

    const atendente = await createStaff(t, ['atendente']);
    expect((await t.request(`/api/v1/customers/${id}/lgpd/erase`, { method: 'POST', headers: bearer(atendente.accessToken) })).status).toBe(403);
    const erased = await t.request(`/api/v1/customers/${id}/lgpd/erase`, { method: 'POST', headers: bearer(admin), json: { channel: 'e-mail' } });
    expect(erased.status, erased.text).toBe(200);

    const got = await t.request(`/api/v1/customers/${id}`, { headers: bearer(admin) });
    expect(got.body).toMatchObject({ status: 'erased', name: null, document: null, emails: [], phones: [] });
    expect(got.body.pseudonym).toMatch(/^Titular removido/);
    const events = await t.server.app!.get<EventStore>(EVENT_STORE).readStream(`customer-${id}`);
    const registered = events.find((e) => e.type === 'CustomerRegistered')!;
    expect(registered.data).toMatchObject({ name: null, document: null, emails: null, phones: null });
    expect(registered.erasedFields).toContain('document');
    expect(await search('Titular Para Apagar')).toEqual([]);
    expect(await search(cpf)).toEqual([]);
    // the CPF is free again (the blind index went with the row's personal data)
    expect((await register({ ...body, document: cpf })).status).toBe(201);
  });

  it('exports the same data as a readable PDF in Portuguese', async () => {
    const created = await register(newCustomer({ name: 'Joana Conceição Exportada' }));
    const id = created.body.id;
    const res = await fetch(`${t.url}/api/v1/customers/${id}/lgpd/export?format=pdf`, { method: 'POST', headers: bearer(admin) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="dados-pessoais-${id}.pdf"`);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    const text = pdfText(pdf);
    expect(text).toContain('Relatório de dados pessoais');
    expect(text).toContain('Joana Conceição Exportada');
    expect(text).toContain(maskCpf(cpfs.at(-1)!));
    expect(text).toContain('Avenida Paulista, 1000');
    expect(text).toContain('Cadastro');
    const bad = await t.request(`/api/v1/customers/${id}/lgpd/export?format=docx`, { method: 'POST', headers: bearer(admin) });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('format');
  });

  it('dump test: no test CPF appears in plaintext in any column of any table', async () => {
    const database = db(t);
    const cols = await database.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea', 'ARRAY', 'USER-DEFINED')`,
    );
    expect(cols.rows.length).toBeGreaterThan(10);
    expect(cpfs.length).toBeGreaterThan(5);
    const needles = [...cpfs, ...cpfs.map(maskCpf)];
    const hits: string[] = [];
    for (const c of cols.rows) {
      const expr = c.data_type === 'bytea' ? `encode("${c.column_name}", 'escape')` : `"${c.column_name}"::text`;
      const r = await database.query<{ v: string | null }>(`SELECT ${expr} AS v FROM "${c.table_name}"`);
      for (const row of r.rows) for (const n of needles) if (row.v?.includes(n)) hits.push(`${c.table_name}.${c.column_name}`);
    }
    expect(hits).toEqual([]);
  });
});
