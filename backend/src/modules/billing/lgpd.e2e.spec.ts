import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, db, maskCpf, randomCpf } from '../../test-support/auth.js';
import { staffCalls } from '../../test-support/http-helpers.js';

/**
 * LGPD erasure with billing: a customer with an unpaid invoice cannot be erased; once it is paid and the
 * contract cancelled, erasure leaves the invoices and payments (fiscal retention) under the pseudonym, their
 * slips print no personal data, and no plaintext CPF of the customer remains anywhere in the database.
 */
let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const { post, get } = staffCalls(() => t, () => admin);

describe('erasure keeps the money records', () => {
  it('refuses with an unpaid invoice; after payment and cancellation it erases, keeping invoices under the pseudonym', async () => {
    expect((await post('/api/v1/billing/collection-accounts', { bankCode: '341', agency: '0810', account: '53678', wallet: '109', pixKey: 'pix@provedor.test' })).status).toBe(201);
    const cpf = randomCpf();
    const c = await post('/api/v1/customers', { kind: 'PF', name: 'Joana Esquecida', document: maskCpf(cpf), emails: ['joana@example.com'], phones: ['(31) 98888-7777'], addresses: [{ type: 'installation', zipCode: '30130-010', street: 'Rua da Bahia', number: '9', district: 'Centro', city: 'Belo Horizonte', state: 'MG' }] });
    const p = await post('/api/v1/plans', { name: 'Fibra LGPD', downloadMbps: 100, uploadMbps: 50, priceCents: 5990 });
    const k = await post('/api/v1/contracts', { customerId: c.body.id, planId: p.body.id, dueDay: 15, installationAddressId: 'a1' });
    await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' });
    const inv = await post('/api/v1/invoices', { customerId: c.body.id, contractId: k.body.id, dueDate: '2026-12-15', items: [{ description: 'Instalação', amountCents: 15000 }] });
    expect(inv.status, inv.text).toBe(201);
    const pdfBefore = await get(`/api/v1/invoices/${inv.body.id}/pdf`);
    expect(pdfBefore.status).toBe(200);

    await post(`/api/v1/contracts/${k.body.id}/cancel`, { reason: 'customer_request', waivePenalty: true });
    const refused = await post(`/api/v1/customers/${c.body.id}/lgpd/erase`, { channel: 'e-mail' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('unpaid invoice');

    expect((await post(`/api/v1/invoices/${inv.body.id}/payments`, { amountCents: 15000, method: 'cash', paidOn: '2026-11-28' })).status).toBe(201);
    const erased = await post(`/api/v1/customers/${c.body.id}/lgpd/erase`, { channel: 'e-mail' });
    expect(erased.status, erased.text).toBe(200);

    const after = await get(`/api/v1/invoices/${inv.body.id}`);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ status: 'paid', totalCents: 15000, customerId: c.body.id });
    expect(after.body.payments).toHaveLength(1);
    const list = await get(`/api/v1/invoices?customerId=${c.body.id}`);
    expect(list.body.items).toHaveLength(1);

    const database = db(t);
    const cols = await database.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea', 'ARRAY', 'USER-DEFINED')`,
    );
    const needles = [cpf, maskCpf(cpf), 'Joana Esquecida', 'joana@example.com'];
    const hits: string[] = [];
    for (const col of cols.rows) {
      const expr = col.data_type === 'bytea' ? `encode("${col.column_name}", 'escape')` : `"${col.column_name}"::text`;
      const r = await database.query<{ v: string | null }>(`SELECT ${expr} AS v FROM "${col.table_name}"`);
      for (const row of r.rows) for (const n of needles) if (row.v?.includes(n)) hits.push(`${col.table_name}.${col.column_name}: ${n}`);
    }
    expect(hits).toEqual([]);
  });
});
