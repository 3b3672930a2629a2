import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { randomUUID } from 'node:crypto';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../platform/database/tokens.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';
import { ContractAggregates } from './infrastructure/aggregates.js';
import { reservationConflict } from './infrastructure/reservations.js';

// Tier: e2e over HTTP. Add-ons, promotions and combos on contracts; address, ownership, PPPoE, fixed IP, suspension.

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
const address = { type: 'installation', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', district: 'Centro', city: 'Belo Horizonte', cityIbgeCode: '3106200', state: 'MG' };
const other = { type: 'installation', zipCode: '01310-100', street: 'Av. Paulista', number: '900', district: 'Bela Vista', city: 'São Paulo', state: 'SP' };

async function customer(name = 'Helena Duarte Ramos') {
  const r = await post('/api/v1/customers', { kind: 'PF', name, document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address, other] });
  expect(r.status, r.text).toBe(201);
  return r.body.id as string;
}
async function plan(priceCents = 10000) {
  const r = await post('/api/v1/plans', { name: `Fibra ${priceCents}`, downloadMbps: 500, uploadMbps: 250, priceCents });
  expect(r.status, r.text).toBe(201);
  return r.body.id as string;
}
async function addOn(priceCents: number, name = 'TV') {
  const r = await post('/api/v1/add-ons', { name, category: 'tv', priceCents });
  expect(r.status, r.text).toBe(201);
  return r.body.id as string;
}
async function contract(json: Record<string, unknown>) {
  const r = await post('/api/v1/contracts', { dueDay: 10, installationAddressId: 'a1', ...json });
  expect(r.status, r.text).toBe(201);
  return r.body;
}

describe('add-ons, promotion and combo on a contract', () => {
  it('snapshots add-ons and an eligible promotion; the view shows months remaining and the monthly total', async () => {
    const c = await customer();
    const planId = await plan(10000);
    const tv = await addOn(2990);
    const promo = await post('/api/v1/promotions', { name: 'Metade por 3 meses', discount: { kind: 'percentage', basisPoints: 5000 }, months: 3, startsOn: '2020-01-01', eligibility: { newCustomersOnly: true, planIds: [planId], regions: [{ ibgeCityCode: '3106200' }] } });
    expect(promo.status, promo.text).toBe(201);
    const k = await contract({ customerId: c, planId, addOnIds: [tv], promotionId: promo.body.id });
    expect(k.addOns).toEqual([{ addOnId: tv, version: 1, priceCents: 2990 }]);
    expect(k.promotion).toMatchObject({ promotionId: promo.body.id, months: 3, monthsRemaining: 3 });
    expect(k.monthly).toEqual({ planCents: 10000, addOnsCents: 2990, comboDiscountCents: 0, promotionDiscountCents: 5000, totalCents: 7990 });

    // a catalogue price change later does not touch the contract's snapshot
    await send('PATCH', `/api/v1/add-ons/${tv}`, { priceCents: 3990 });
    expect((await get(`/api/v1/contracts/${k.id}`)).body.addOns[0].priceCents).toBe(2990);

    // the same customer is no longer new; another city is not in the promotion's region
    const again = await post('/api/v1/contracts', { customerId: c, planId, dueDay: 10, installationAddressId: 'a1', promotionId: promo.body.id });
    expect(again.status).toBe(422);
    expect(again.body.errors[0]).toMatchObject({ field: 'promotionId', reason: expect.stringContaining('not-new-customer') });
    const elsewhere = await post('/api/v1/contracts', { customerId: await customer(), planId, dueDay: 10, installationAddressId: 'a2', promotionId: promo.body.id });
    expect(elsewhere.body.errors[0]).toMatchObject({ field: 'promotionId', reason: expect.stringContaining('region') });
    const unknownAddOn = await post('/api/v1/contracts', { customerId: c, planId, dueDay: 10, installationAddressId: 'a1', addOnIds: ['nope'] });
    expect(unknownAddOn.body.errors[0].field).toBe('addOnIds.0');
  });

  it('adds and removes add-ons only while active', async () => {
    const planId = await plan(10000);
    const tv = await addOn(2990);
    const av = await addOn(990, 'Antivírus');
    const k = await contract({ customerId: await customer(), planId, addOnIds: [tv] });
    const early = await post(`/api/v1/contracts/${k.id}/add-ons`, { addOnId: av });
    expect(early.status).toBe(409);
    expect(early.body.current).toBe('draft');
    await post(`/api/v1/contracts/${k.id}/activate`, {});
    const added = await post(`/api/v1/contracts/${k.id}/add-ons`, { addOnId: av });
    expect(added.status, added.text).toBe(200);
    expect(added.body.addOns.map((a: { addOnId: string }) => a.addOnId)).toEqual([tv, av]);
    expect(added.body.monthly.totalCents).toBe(10000 + 2990 + 990);
    expect((await post(`/api/v1/contracts/${k.id}/add-ons`, { addOnId: av })).status).toBe(409);
    const removed = await send('DELETE', `/api/v1/contracts/${k.id}/add-ons/${tv}`);
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body.addOns).toEqual([expect.objectContaining({ addOnId: av })]);
    expect((await send('DELETE', `/api/v1/contracts/${k.id}/add-ons/${tv}`)).status).toBe(409);
  });

  it('a combo expands to its plan and add-ons with the combo price', async () => {
    const planId = await plan(10000);
    const tv = await addOn(3000);
    const combo = await post('/api/v1/combos', { name: 'Fibra + TV', planId, addOnIds: [tv], priceCents: 11990 });
    expect(combo.status, combo.text).toBe(201);
    expect((await get(`/api/v1/combos/${combo.body.id}`)).body).toMatchObject({ planId, addOnIds: [tv], priceCents: 11990, version: 1 });
    const k = await contract({ customerId: await customer(), comboId: combo.body.id });
    expect(k.plan.planId).toBe(planId);
    expect(k.addOns.map((a: { addOnId: string }) => a.addOnId)).toEqual([tv]);
    expect(k.combo).toMatchObject({ comboId: combo.body.id, discountCents: 1010 });
    expect(k.monthly.totalCents).toBe(11990);
    const wrongPlan = await post('/api/v1/contracts', { customerId: await customer(), comboId: combo.body.id, planId: await plan(5000), dueDay: 5, installationAddressId: 'a1' });
    expect(wrongPlan.body.errors[0].field).toBe('planId');
  });
});

describe('address, ownership, PPPoE, fixed IP, suspension on request', () => {
  it('changes the installation address inline or to a customer address', async () => {
    const k = await contract({ customerId: await customer(), planId: await plan() });
    const toA2 = await post(`/api/v1/contracts/${k.id}/change-address`, { customerAddressId: 'a2' });
    expect(toA2.status, toA2.text).toBe(200);
    expect(toA2.body.installationAddress).toMatchObject({ city: 'São Paulo', street: 'Av. Paulista' });
    const inline = await post(`/api/v1/contracts/${k.id}/change-address`, { installationAddress: { ...address, number: '10' } });
    expect(inline.body.installationAddress).toMatchObject({ number: '10', city: 'Belo Horizonte' });
    expect((await post(`/api/v1/contracts/${k.id}/change-address`, { customerAddressId: 'a9' })).body.errors[0].field).toBe('customerAddressId');
    expect((await post(`/api/v1/contracts/${k.id}/change-address`, {})).status).toBe(422);
  });

  it('transfers ownership to an existing, not erased customer', async () => {
    const from = await customer();
    const to = await customer('Rafael Teixeira');
    const k = await contract({ customerId: from, planId: await plan() });
    expect((await post(`/api/v1/contracts/${k.id}/transfer`, { toCustomerId: to })).status).toBe(409); // draft
    await post(`/api/v1/contracts/${k.id}/activate`, {});
    expect((await post(`/api/v1/contracts/${k.id}/transfer`, { toCustomerId: 'nobody' })).body.errors[0].field).toBe('toCustomerId');
    const erased = await customer('Pessoa Apagada');
    expect((await post(`/api/v1/customers/${erased}/lgpd/erase`)).status).toBe(200);
    const toErased = await post(`/api/v1/contracts/${k.id}/transfer`, { toCustomerId: erased });
    expect(toErased.status).toBe(409);
    const done = await post(`/api/v1/contracts/${k.id}/transfer`, { toCustomerId: to });
    expect(done.status, done.text).toBe(200);
    expect(done.body.customerId).toBe(to);
    expect((await get(`/api/v1/contracts?customerId=${to}`)).body.items.map((x: { id: string }) => x.id)).toEqual([k.id]);
    const tl = await get(`/api/v1/customers/${to}/timeline`);
    expect(tl.body.items.find((e: { type: string }) => e.type === 'ContractOwnershipTransferred').data).toMatchObject({ fromCustomerId: from, toCustomerId: to });
  });

  it('PPPoE: regenerated password answered once and never logged; login unique per company even between concurrent drafts', async () => {
    const k = await contract({ customerId: await customer(), planId: await plan() });
    const regen = await post(`/api/v1/contracts/${k.id}/pppoe`, { regeneratePassword: true });
    expect(regen.status, regen.text).toBe(200);
    expect(regen.body.pppoePassword).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(JSON.stringify((await get(`/api/v1/contracts/${k.id}`)).body)).not.toContain(regen.body.pppoePassword);
    expect(t.logs.join('\n')).not.toContain(regen.body.pppoePassword);
    const set = await post(`/api/v1/contracts/${k.id}/pppoe`, { login: 'Cliente.Unico.1', password: 'Senha-Forte-1234' });
    expect(set.body).toMatchObject({ pppoeLogin: 'cliente.unico.1', pppoePassword: 'Senha-Forte-1234' });
    expect(t.logs.join('\n')).not.toContain('Senha-Forte-1234');
    expect((await post(`/api/v1/contracts/${k.id}/pppoe`, { password: 'fraca' })).body.errors[0].field).toBe('password');

    const other = await contract({ customerId: await customer(), planId: await plan() });
    const taken = await post(`/api/v1/contracts/${other.id}/pppoe`, { login: 'cliente.unico.1' });
    expect(taken.status).toBe(409);
    expect(taken.body.type).toContain('pppoe-login-taken');

    const planId = await plan();
    const [a, b] = await Promise.all([customer(), customer()]);
    const results = await Promise.all([a, b].map((c) => post('/api/v1/contracts', { customerId: c, planId, dueDay: 5, installationAddressId: 'a1', pppoeLogin: 'disputado.login' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    // a draft that passed the pre-check before the winner committed is refused by the primary key itself
    const [winnerEvent] = await t.server.app!.get<EventStore>(EVENT_STORE).readStream(`contract-${results.find((r) => r.status === 201)!.body.id}`);
    const late = winnerEvent!.data as Record<string, unknown>;
    const lateId = randomUUID();
    const refused = await t.server.app!.get(ContractAggregates).contracts
      .handle(lateId, { type: 'DraftContract', data: { ...late, contractId: lateId, pppoe: { login: 'disputado.login', password: 'Outra-Senha-123' } } as never }, winnerEvent!.metadata)
      .then(() => null, reservationConflict);
    expect(refused).toMatchObject({ status: 409, response: { type: expect.stringContaining('pppoe-login-taken') } });
    // cancelling frees the login
    const winner = results.find((r) => r.status === 201)!.body.id;
    await post(`/api/v1/contracts/${winner}/cancel`, { reason: 'other' });
    expect((await post(`/api/v1/contracts/${other.id}/pppoe`, { login: 'disputado.login' })).body.pppoeLogin).toBe('disputado.login');
  });

  it('fixed IP: IPv4 only, unique per company, released and reusable', async () => {
    const k1 = await contract({ customerId: await customer(), planId: await plan() });
    const k2 = await contract({ customerId: await customer(), planId: await plan() });
    expect((await post(`/api/v1/contracts/${k1.id}/fixed-ip`, { ip: '300.1.1.1' })).body.errors[0].field).toBe('ip');
    expect((await post(`/api/v1/contracts/${k1.id}/fixed-ip`, { ip: '10.0.0.0' })).body.errors[0].field).toBe('ip');
    const assigned = await post(`/api/v1/contracts/${k1.id}/fixed-ip`, { ip: '200.160.2.3' });
    expect(assigned.status, assigned.text).toBe(200);
    expect(assigned.body.fixedIp).toBe('200.160.2.3');
    const clash = await post(`/api/v1/contracts/${k2.id}/fixed-ip`, { ip: '200.160.2.3' });
    expect(clash.status).toBe(409);
    expect(clash.body.type).toContain('fixed-ip-taken');
    const released = await send('DELETE', `/api/v1/contracts/${k1.id}/fixed-ip`);
    expect(released.status, released.text).toBe(200);
    expect(released.body.fixedIp).toBeNull();
    expect((await post(`/api/v1/contracts/${k2.id}/fixed-ip`, { ip: '200.160.2.3' })).body.fixedIp).toBe('200.160.2.3');
  });

  it('suspension at the customer request over HTTP needs endsOn and respects the yearly limit', async () => {
    const k = await contract({ customerId: await customer(), planId: await plan() });
    await post(`/api/v1/contracts/${k.id}/activate`, { installedOn: '2026-01-05' });
    const noEnd = await post(`/api/v1/contracts/${k.id}/suspend`, { reason: 'customer_request', startsOn: '2026-02-01' });
    expect(noEnd.status).toBe(422);
    expect(noEnd.body.errors[0].field).toBe('endsOn');
    const tooLong = await post(`/api/v1/contracts/${k.id}/suspend`, { reason: 'customer_request', startsOn: '2026-02-01', endsOn: '2026-06-30' });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors[0].field).toBe('endsOn');
    const ok = await post(`/api/v1/contracts/${k.id}/suspend`, { reason: 'customer_request', startsOn: '2026-02-01', endsOn: '2026-03-31' });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.suspension).toEqual({ reason: 'customer_request', startsOn: '2026-02-01', endsOn: '2026-03-31' });
  });
});
