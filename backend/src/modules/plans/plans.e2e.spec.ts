import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createStaff } from '../../test-support/auth.js';

let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const create = (json: unknown, token = admin) => t.request('/api/v1/plans', { method: 'POST', headers: bearer(token), json });

describe('plans catalogue', () => {
  it('creates a plan with defaults, lists it and versions a price change', async () => {
    const created = await create({ name: 'Fibra 500', downloadMbps: 500, uploadMbps: 250, priceCents: 9990 });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), name: 'Fibra 500', active: true, version: 1 });
    expect(created.body.terms).toMatchObject({ technology: 'FTTH', ipv4: 'cgnat', ipv6PrefixLength: 56, loyaltyMonths: 0 });

    const patched = await t.request(`/api/v1/plans/${created.body.id}`, { method: 'PATCH', headers: bearer(admin), json: { priceCents: 10990, name: 'Fibra 500 Mega' } });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body.version).toBe(2);
    expect(patched.body.name).toBe('Fibra 500 Mega');
    expect(patched.body.versions.map((v: { version: number; terms: { priceCents: number } }) => [v.version, v.terms.priceCents])).toEqual([[1, 9990], [2, 10990]]);

    const renamedOnly = await t.request(`/api/v1/plans/${created.body.id}`, { method: 'PATCH', headers: bearer(admin), json: { name: 'Fibra 500 Turbo' } });
    expect(renamedOnly.body.version).toBe(2);

    const got = await t.request(`/api/v1/plans/${created.body.id}`, { headers: bearer(admin) });
    expect(got.status).toBe(200);
    expect(got.body.terms.priceCents).toBe(10990);
  });

  it('filters by active', async () => {
    const a = await create({ name: 'Rádio 50', downloadMbps: 50, uploadMbps: 10, priceCents: 7990, technology: 'radio' });
    const off = await t.request(`/api/v1/plans/${a.body.id}`, { method: 'PATCH', headers: bearer(admin), json: { active: false } });
    expect(off.body.active).toBe(false);
    const active = await t.request('/api/v1/plans?active=true', { headers: bearer(admin) });
    expect(active.body.items.map((p: { id: string }) => p.id)).not.toContain(a.body.id);
    const inactive = await t.request('/api/v1/plans?active=false', { headers: bearer(admin) });
    expect(inactive.body.items.map((p: { id: string }) => p.id)).toContain(a.body.id);
  });

  it('refuses invalid terms naming the field, unknown plans with 404', async () => {
    const bad = await create({ name: 'X', downloadMbps: 0, uploadMbps: 10, priceCents: 100 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('downloadMbps');
    const penalty = await create({ name: 'X', downloadMbps: 10, uploadMbps: 10, priceCents: 100, penaltyRule: { kind: 'prorata', amountCents: 100 } });
    expect(penalty.status).toBe(422);
    expect(penalty.body.errors[0].field).toBe('penaltyRule');
    expect((await t.request('/api/v1/plans/nope', { headers: bearer(admin) })).status).toBe(404);
  });

  it('records the request metadata on the events', async () => {
    const created = await create({ name: 'Meta', downloadMbps: 10, uploadMbps: 10, priceCents: 100 }, admin);
    const r = await t.server.app!.get<any>((await import('../../platform/database/tokens.js')).EVENT_STORE).readStream(`plan-${created.body.id}`);
    expect(r[0].metadata).toMatchObject({ actorKind: 'staff', companyId: expect.any(String), correlationId: expect.any(String) });
  });

  it('needs plans:write to create (tecnico cannot)', async () => {
    const tecnico = await createStaff(t, ['tecnico']);
    expect((await create({ name: 'Y', downloadMbps: 10, uploadMbps: 10, priceCents: 100 }, tecnico.accessToken)).status).toBe(403);
  });
});

describe('add-ons and promotions', () => {
  it('creates, reprices (new version) and lists add-ons', async () => {
    const created = await t.request('/api/v1/add-ons', { method: 'POST', headers: bearer(admin), json: { name: 'Streaming', category: 'streaming', priceCents: 1990 } });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), version: 1, priceCents: 1990, active: true });
    const repriced = await t.request(`/api/v1/add-ons/${created.body.id}`, { method: 'PATCH', headers: bearer(admin), json: { priceCents: 2490 } });
    expect(repriced.body).toMatchObject({ version: 2, priceCents: 2490 });
    const list = await t.request('/api/v1/add-ons?active=true', { headers: bearer(admin) });
    expect(list.body.items.map((a: { id: string }) => a.id)).toContain(created.body.id);
    const bad = await t.request('/api/v1/add-ons', { method: 'POST', headers: bearer(admin), json: { name: 'X', category: 'nope', priceCents: 1 } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('category');
  });

  it('creates and ends promotions, validating the period', async () => {
    const created = await t.request('/api/v1/promotions', {
      method: 'POST',
      headers: bearer(admin),
      json: { name: 'Black Friday', discount: { kind: 'percentage', basisPoints: 5000 }, months: 3, startsOn: '2026-11-01', eligibility: { regions: [{ uf: 'SP' }] } },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ startsOn: '2026-11-01', endsOn: null, months: 3 });
    const ended = await t.request(`/api/v1/promotions/${created.body.id}/end`, { method: 'POST', headers: bearer(admin), json: { endsOn: '2026-11-30' } });
    expect(ended.status, ended.text).toBe(200);
    expect(ended.body.endsOn).toBe('2026-11-30');
    const early = await t.request(`/api/v1/promotions/${created.body.id}/end`, { method: 'POST', headers: bearer(admin), json: { endsOn: '2026-10-01' } });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].field).toBe('endsOn');
    expect((await t.request('/api/v1/promotions', { headers: bearer(admin) })).body.items.length).toBeGreaterThan(0);
  });
});
