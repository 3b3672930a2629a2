import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';
import { INSTALLATION_ADDRESS as address } from '../../test-support/http-helpers.js';

// Tier: e2e over HTTP. Combos and price adjustments (reajuste) applied explicitly to contracts.

let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const send = (method: string, path: string, json?: unknown) => t.request(path, { method, headers: bearer(admin), ...(json !== undefined ? { json } : {}) });
const post = (path: string, json?: unknown) => send('POST', path, json);
const get = (path: string) => t.request(path, { headers: bearer(admin) });

async function contract(planId: string) {
  const c = await post('/api/v1/customers', { kind: 'PF', name: 'Lúcia Campos', document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address] });
  const k = await post('/api/v1/contracts', { customerId: c.body.id, planId, dueDay: 10, installationAddressId: 'a1' });
  expect(k.status, k.text).toBe(201);
  return k.body.id as string;
}
const versionOf = async (id: string) => (await get(`/api/v1/contracts/${id}`)).body.plan as { planVersion: number; priceCents: number };

describe('price adjustment (reajuste)', () => {
  it('contracts keep their version on a plan change until an adjustment applies the new one explicitly', async () => {
    const planId = (await post('/api/v1/plans', { name: 'Fibra 600', downloadMbps: 600, uploadMbps: 300, priceCents: 10000 })).body.id;
    const otherPlan = (await post('/api/v1/plans', { name: 'Fibra 100', downloadMbps: 100, uploadMbps: 50, priceCents: 5000 })).body.id;
    const [k1, k2, gone, foreign] = [await contract(planId), await contract(planId), await contract(planId), await contract(otherPlan)];
    await post(`/api/v1/contracts/${k1}/activate`, {});
    await post(`/api/v1/contracts/${gone}/cancel`, { reason: 'other' });

    const patched = await send('PATCH', `/api/v1/plans/${planId}`, { priceCents: 11000 });
    expect(patched.body.version).toBe(2);
    expect(await versionOf(k1)).toMatchObject({ planVersion: 1, priceCents: 10000 });
    expect(await versionOf(k2)).toMatchObject({ planVersion: 1, priceCents: 10000 });

    // +10 % on the current price (11 000 → 12 100) for one named contract; another plan's contract is skipped
    const one = await post(`/api/v1/plans/${planId}/price-adjustments`, { percentBasisPoints: 1000, effectiveOn: '2026-03-01', contractIds: [k1, foreign] });
    expect(one.status, one.text).toBe(200);
    expect(one.body).toMatchObject({ planId, version: 3, priceCents: 12100, effectiveOn: '2026-03-01' });
    expect(one.body.contracts).toEqual([{ contractId: k1, fromVersion: 1, fromPriceCents: 10000 }, { contractId: foreign, skipped: 'other-plan' }]);
    expect(await versionOf(k1)).toMatchObject({ planVersion: 3, priceCents: 12100 });
    expect(await versionOf(k2)).toMatchObject({ planVersion: 1 });

    // the same price again: no new version; every open contract on an older one moves (not the cancelled one)
    const all = await post(`/api/v1/plans/${planId}/price-adjustments`, { newPriceCents: 12100, effectiveOn: '2026-03-01' });
    expect(all.body.version).toBe(3);
    expect(all.body.contracts).toEqual([{ contractId: k2, fromVersion: 1, fromPriceCents: 10000 }]);
    expect(await versionOf(k2)).toMatchObject({ planVersion: 3, priceCents: 12100 });
    expect(await versionOf(gone)).toMatchObject({ planVersion: 1 });
    expect((await get(`/api/v1/plans/${planId}`)).body.versions).toHaveLength(3);

    const k1Events = (await get(`/api/v1/contracts/${k1}`)).body;
    expect(k1Events.monthly.totalCents).toBe(12100);
  });

  it('validates the request', async () => {
    const planId = (await post('/api/v1/plans', { name: 'Fibra 50', downloadMbps: 50, uploadMbps: 25, priceCents: 5000 })).body.id;
    const both = await post(`/api/v1/plans/${planId}/price-adjustments`, { newPriceCents: 1, percentBasisPoints: 1, effectiveOn: '2026-01-01' });
    expect(both.status).toBe(422);
    expect(both.body.errors[0].field).toBe('newPriceCents');
    expect((await post(`/api/v1/plans/${planId}/price-adjustments`, { newPriceCents: 1 })).body.errors[0].field).toBe('effectiveOn');
    expect((await post('/api/v1/plans/nope/price-adjustments', { newPriceCents: 1, effectiveOn: '2026-01-01' })).status).toBe(404);
  });
});

describe('combos', () => {
  it('creates, versions, deactivates and lists combos; parts must be for sale', async () => {
    const planId = (await post('/api/v1/plans', { name: 'Fibra 700', downloadMbps: 700, uploadMbps: 350, priceCents: 12000 })).body.id;
    const tv = (await post('/api/v1/add-ons', { name: 'TV', category: 'tv', priceCents: 3000 })).body.id;
    const av = (await post('/api/v1/add-ons', { name: 'Antivírus', category: 'security', priceCents: 1000 })).body.id;
    const created = await post('/api/v1/combos', { name: 'Fibra 700 + TV', planId, addOnIds: [tv], priceCents: 13990 });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ name: 'Fibra 700 + TV', planId, addOnIds: [tv], priceCents: 13990, version: 1, active: true });
    const changed = await send('PATCH', `/api/v1/combos/${created.body.id}`, { addOnIds: [tv, av], priceCents: 14990 });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, priceCents: 14990 });
    expect(changed.body.addOnIds.sort()).toEqual([tv, av].sort());
    const off = await send('PATCH', `/api/v1/combos/${created.body.id}`, { active: false });
    expect(off.body.active).toBe(false);
    expect((await get('/api/v1/combos?active=true')).body.items.map((c: { id: string }) => c.id)).not.toContain(created.body.id);
    expect((await get('/api/v1/combos')).body.items.map((c: { id: string }) => c.id)).toContain(created.body.id);

    expect((await post('/api/v1/combos', { name: 'X', planId, addOnIds: [], priceCents: 1 })).body.errors[0].field).toBe('addOnIds');
    expect((await post('/api/v1/combos', { name: 'X', planId, addOnIds: ['nope'], priceCents: 1 })).body.errors[0].field).toBe('addOnIds.0');
    await send('PATCH', `/api/v1/plans/${planId}`, { active: false });
    expect((await post('/api/v1/combos', { name: 'X', planId, addOnIds: [tv], priceCents: 1 })).body.errors[0].field).toBe('planId');
    expect((await get('/api/v1/combos/nope')).status).toBe(404);
    const sold = await post('/api/v1/contracts', { customerId: 'x', comboId: created.body.id, dueDay: 1, installationAddressId: 'a1' });
    expect(sold.status).toBe(422);
  });
});
