import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@netprovider/event-store';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createStaff, db, maskCpf, randomCpf } from '../../test-support/auth.js';
import { EVENT_STORE } from '../../platform/database/tokens.js';
import { INSTALLATION_ADDRESS as address } from '../../test-support/http-helpers.js';

let t: TestServer;
let admin: string;
const cpfs: string[] = [];
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const post = (path: string, json?: unknown, token = admin) => t.request(path, { method: 'POST', headers: bearer(token), ...(json !== undefined ? { json } : {}) });
const get = (path: string, token = admin) => t.request(path, { headers: bearer(token) });

async function customer(name = 'José Antônio Pereira') {
  const cpf = randomCpf();
  cpfs.push(cpf);
  const r = await post('/api/v1/customers', { kind: 'PF', name, document: maskCpf(cpf), emails: ['jose@example.com'], phones: ['(31) 99999-1234'], addresses: [address] });
  expect(r.status, r.text).toBe(201);
  return { id: r.body.id as string, cpf };
}
async function plan(priceCents = 9990, extra: Record<string, unknown> = {}) {
  const r = await post('/api/v1/plans', { name: `Fibra ${priceCents}`, downloadMbps: 300, uploadMbps: 150, priceCents, ...extra });
  expect(r.status, r.text).toBe(201);
  return r.body.id as string;
}

describe('acceptance flow', () => {
  it('customer (422 invalid CPF, 201, 409 duplicate) → plan → contract due day 31 → active, with time travel and search', async () => {
    const bad = await post('/api/v1/customers', { kind: 'PF', name: 'Ana', document: '111.222.333-44', emails: [], phones: [], addresses: [] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('document');

    const c = await customer('Conceição Araújo Lima');
    const dup = await post('/api/v1/customers', { kind: 'PF', name: 'Outra', document: c.cpf, emails: [], phones: [], addresses: [] });
    expect(dup.status).toBe(409);
    expect(dup.body.existingCustomerId).toBe(c.id);

    const planId = await plan();
    const created = await post('/api/v1/contracts', { customerId: c.id, planId, dueDay: 31, installationAddressId: 'a1' });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), status: 'draft', dueDay: 31, customerId: c.id, plan: { planId, planVersion: 1, priceCents: 9990 } });
    expect(created.body.pppoeLogin).toMatch(/^conceicao\.lima\.\d{4}$/);
    expect(JSON.stringify(created.body)).not.toContain('password');
    const id = created.body.id;

    const beforeActivation = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const activated = await post(`/api/v1/contracts/${id}/activate`, {});
    expect(activated.status, activated.text).toBe(200);
    expect(activated.body.status).toBe('active');

    const past = await get(`/api/v1/contracts/${id}?asOf=${encodeURIComponent(beforeActivation)}`);
    expect(past.status, past.text).toBe(200);
    expect(past.body.status).toBe('draft');
    expect((await get(`/api/v1/contracts/${id}`)).body.status).toBe('active');

    const search = async (term: string) => (await get(`/api/v1/customers?search=${encodeURIComponent(term)}`)).body.items.map((x: { id: string }) => x.id);
    expect(await search('conceicao aRAUJO')).toContain(c.id);
    expect(await search(maskCpf(c.cpf))).toEqual([c.id]);
    expect(await search('31 99999-1234')).toContain(c.id);
    expect(await search(created.body.pppoeLogin)).toEqual([c.id]);

    const list = await get(`/api/v1/contracts?customerId=${c.id}`);
    expect(list.body.items).toEqual([expect.objectContaining({ id, status: 'active', dueDay: 31 })]);

    const events = await t.server.app!.get<EventStore>(EVENT_STORE).readStream(`contract-${id}`);
    for (const e of events) expect(e.metadata).toMatchObject({ actorKind: 'staff', companyId: expect.any(String), correlationId: expect.any(String), ip: expect.any(String) });
  });
});

describe('lifecycle', () => {
  it('suspends, reactivates, changes plan and cancels; illegal transitions are 409 naming the current state', async () => {
    const c = await customer();
    const planId = await plan(9990);
    const created = await post('/api/v1/contracts', { customerId: c.id, planId, dueDay: 10, installationAddress: address, acceptance: { method: 'click', evidence: 'ip 200.1.2.3 accepted v1' } });
    expect(created.body.status).toBe('awaiting_installation');
    const id = created.body.id;

    const early = await post(`/api/v1/contracts/${id}/suspend`, { reason: 'delinquency' });
    expect(early.status).toBe(409);
    expect(early.body.current).toBe('awaiting_installation');

    expect((await post(`/api/v1/contracts/${id}/activate`, { installedOn: '2026-01-05' })).body.status).toBe('active');
    const again = await post(`/api/v1/contracts/${id}/activate`);
    expect(again.status).toBe(409);
    expect(again.body.current).toBe('active');

    const susp = await post(`/api/v1/contracts/${id}/suspend`, { reason: 'delinquency', startsOn: '2026-02-01' });
    expect(susp.status, susp.text).toBe(200);
    expect(susp.body.status).toBe('suspended');
    const react = await post(`/api/v1/contracts/${id}/reactivate`, { on: '2026-02-03' });
    expect(react.body.status).toBe('active');

    const bigger = await plan(14990);
    const changed = await post(`/api/v1/contracts/${id}/change-plan`, { planId: bigger, changeOn: '2026-02-15' });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.plan).toMatchObject({ planId: bigger, priceCents: 14990 });
    const tl = await get(`/api/v1/customers/${c.id}/timeline`);
    const planChanged = tl.body.items.find((e: { type: string }) => e.type === 'ContractPlanChanged');
    expect(planChanged.data.proRata).toMatchObject({ cycleDays: 28, remainingDays: 23 });
    expect(planChanged.data.direction).toBe('upgrade');

    // the customer's timeline shows its contracts' events too, newest first
    expect(tl.body.items[0].type).toBe('ContractPlanChanged');
    expect(tl.body.items.at(-1).type).toBe('CustomerRegistered');
    const drafted = tl.body.items.find((e: { type: string }) => e.type === 'ContractDrafted');
    expect(drafted.data.pppoe).toEqual({ login: expect.any(String), password: '[redacted]' });

    const cancelled = await post(`/api/v1/contracts/${id}/cancel`, { reason: 'customer_request', cancelledOn: '2026-03-01' });
    expect(cancelled.body.status).toBe('cancelled');
    const afterCancel = await post(`/api/v1/contracts/${id}/reactivate`, {});
    expect(afterCancel.status).toBe(409);
    expect(afterCancel.body.current).toBe('cancelled');
  });

  it('validates references and fields', async () => {
    const c = await customer();
    const planId = await plan();
    const noCustomer = await post('/api/v1/contracts', { customerId: 'nope', planId, dueDay: 5, installationAddressId: 'a1' });
    expect(noCustomer.status).toBe(422);
    expect(noCustomer.body.errors[0].field).toBe('customerId');
    const badDay = await post('/api/v1/contracts', { customerId: c.id, planId, dueDay: 32, installationAddressId: 'a1' });
    expect(badDay.body.errors[0].field).toBe('dueDay');
    const badAddress = await post('/api/v1/contracts', { customerId: c.id, planId, dueDay: 5, installationAddressId: 'a9' });
    expect(badAddress.body.errors[0].field).toBe('installationAddressId');
    const badCep = await post('/api/v1/contracts', { customerId: c.id, planId, dueDay: 5, installationAddress: { ...address, zipCode: '0000' } });
    expect(badCep.body.errors[0].field).toBe('installationAddress.zipCode');
    expect((await get('/api/v1/contracts/nope')).status).toBe(404);
  });

  it('RBAC: tecnico reads contracts but cannot draft them', async () => {
    const tecnico = await createStaff(t, ['tecnico']);
    expect((await get('/api/v1/contracts', tecnico.accessToken)).status).toBe(200);
    expect((await post('/api/v1/contracts', { customerId: 'x', planId: 'y', dueDay: 1, installationAddressId: 'a1' }, tecnico.accessToken)).status).toBe(403);
  });
});

describe('LGPD with contracts', () => {
  it('refuses erasure while a contract is open; after cancellation erases customer and contract personal data', async () => {
    const c = await customer('Pessoa Para Apagar');
    const planId = await plan();
    const id = (await post('/api/v1/contracts', { customerId: c.id, planId, dueDay: 15, installationAddressId: 'a1' })).body.id;
    const refused = await post(`/api/v1/customers/${c.id}/lgpd/erase`);
    expect(refused.status).toBe(409);
    await post(`/api/v1/contracts/${id}/cancel`, { reason: 'other' });
    const erased = await post(`/api/v1/customers/${c.id}/lgpd/erase`);
    expect(erased.status, erased.text).toBe(200);
    const got = await get(`/api/v1/customers/${c.id}`);
    expect(got.body.name).toBeNull();
    expect(got.body.document).toBeNull();
    const contract = await get(`/api/v1/contracts/${id}`);
    expect(contract.body.installationAddress).toMatchObject({ street: null, number: null, city: 'Belo Horizonte' });
    const drafted = (await t.server.app!.get<EventStore>(EVENT_STORE).readStream(`contract-${id}`))[0]!;
    expect((drafted.data as { pppoe: { password: unknown } }).pppoe.password).toBeNull();
  });

  it('dump test: no CPF of this file in plaintext anywhere in the public schema', async () => {
    const database = db(t);
    const cols = await database.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea', 'ARRAY', 'USER-DEFINED')`,
    );
    const needles = [...cpfs, ...cpfs.map(maskCpf)];
    const hits: string[] = [];
    for (const c of cols.rows) {
      const expr = c.data_type === 'bytea' ? `encode("${c.column_name}", 'escape')` : `"${c.column_name}"::text`;
      const r = await database.query<{ v: string | null }>(`SELECT ${expr} AS v FROM "${c.table_name}"`);
      for (const row of r.rows) for (const n of needles) if (row.v?.includes(n)) hits.push(`${c.table_name}.${c.column_name}`);
    }
    expect(cpfs.length).toBeGreaterThan(3);
    expect(hits).toEqual([]);
  });
});
