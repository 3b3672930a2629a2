import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTEGRATION_PUBLISHER } from '../../platform/database/tokens.js';
import type { InProcessBus } from '../../platform/messaging/publisher.js';
import type { IntegrationEvent } from '../../platform/messaging/integration-event.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => t?.close());

const address = { type: 'installation', zipCode: '01310-100', street: 'Av. Paulista', number: '1000', district: 'Bela Vista', city: 'São Paulo', state: 'SP' };

describe('contracts integration events', () => {
  it('publishes activation, suspension, reactivation and cancellation as versioned events without personal data or secrets', async () => {
    const received: IntegrationEvent[] = [];
    const bus = t.server.app!.get<InProcessBus>(INTEGRATION_PUBLISHER);
    bus.subscribe('*', async (ie) => {
      if (ie.source === 'contracts') received.push(ie);
    });
    const h = bearer((await adminSession(t)).accessToken);
    const customer = await t.request('/api/v1/customers', { method: 'POST', headers: h, json: { kind: 'PF', name: 'Joana Prado', document: maskCpf(randomCpf()), emails: ['joana@exemplo.com.br'], phones: ['(11) 98888-7777'], addresses: [address] } });
    const plan = await t.request('/api/v1/plans', { method: 'POST', headers: h, json: { name: 'Fibra 400', downloadMbps: 400, uploadMbps: 200, priceCents: 9990 } });
    const contract = await t.request('/api/v1/contracts', { method: 'POST', headers: h, json: { customerId: customer.body.id, planId: plan.body.id, dueDay: 10, installationAddress: address } });
    expect(contract.status).toBe(201);
    const id = contract.body.id as string;
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    for (const [action, body] of [['activate', {}], ['suspend', { reason: 'customer_request', endsOn: inTenDays }], ['reactivate', {}], ['cancel', { reason: 'customer_request' }]] as const) {
      const r = await t.request(`/api/v1/contracts/${id}/${action}`, { method: 'POST', headers: h, json: body });
      expect(r.status, `${action}: ${r.text}`).toBeLessThan(300);
    }
    const deadline = Date.now() + 15_000;
    while (received.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const mine = received.filter((e) => (e.data as { contractId: string }).contractId === id);
    expect(mine.map((e) => e.type)).toEqual(['contracts.ContractActivated', 'contracts.ContractSuspended', 'contracts.ContractReactivated', 'contracts.ContractCancelled']);
    for (const e of mine) {
      expect(e).toMatchObject({ version: 1, source: 'contracts', subject: `contract-${id}` });
      expect(e.companyId).toBeTruthy();
      expect(e.data).toMatchObject({ contractId: id, customerId: customer.body.id, planId: plan.body.id, downloadMbps: 400, pppoeLogin: expect.any(String) });
      const text = JSON.stringify(e);
      expect(text).not.toMatch(/password/i);
      expect(text).not.toContain('Paulista');
      expect(text).not.toContain('Joana');
    }
  });

  it('publishes plan change, PPPoE (login only), address (ids only), ownership, fixed IP, add-ons and price adjustment', async () => {
    const received: IntegrationEvent[] = [];
    const bus = t.server.app!.get<InProcessBus>(INTEGRATION_PUBLISHER);
    bus.subscribe('*', async (ie) => {
      if (ie.source === 'contracts') received.push(ie);
    });
    const h = bearer((await adminSession(t)).accessToken);
    const post = async (path: string, json: unknown, method = 'POST') => {
      const r = await t.request(path, { method, headers: h, json });
      expect(r.status, `${path}: ${r.text}`).toBeLessThan(300);
      return r.body;
    };
    const newCustomer = (name: string) => post('/api/v1/customers', { kind: 'PF', name, document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address] });
    const from = await newCustomer('Joana Prado');
    const to = await newCustomer('Marcos Vieira');
    const plan = await post('/api/v1/plans', { name: 'Fibra 400', downloadMbps: 400, uploadMbps: 200, priceCents: 9990 });
    const bigger = await post('/api/v1/plans', { name: 'Fibra 800', downloadMbps: 800, uploadMbps: 400, priceCents: 12990 });
    const tv = await post('/api/v1/add-ons', { name: 'TV', category: 'tv', priceCents: 2990 });
    const k = await post('/api/v1/contracts', { customerId: from.id, planId: plan.id, dueDay: 10, installationAddress: address });
    const id = k.id as string;
    await post(`/api/v1/contracts/${id}/activate`, {});
    await post(`/api/v1/contracts/${id}/change-plan`, { planId: bigger.id });
    const pppoe = await post(`/api/v1/contracts/${id}/pppoe`, { login: `joana.${id.slice(0, 8)}`, regeneratePassword: true });
    await post(`/api/v1/contracts/${id}/change-address`, { installationAddress: { ...address, street: 'Rua Augusta', number: '500' } });
    await post(`/api/v1/contracts/${id}/fixed-ip`, { ip: '200.9.8.7' });
    await post(`/api/v1/contracts/${id}/fixed-ip`, undefined, 'DELETE');
    await post(`/api/v1/contracts/${id}/add-ons`, { addOnId: tv.id });
    await post(`/api/v1/contracts/${id}/transfer`, { toCustomerId: to.id });
    await post(`/api/v1/plans/${bigger.id}/price-adjustments`, { newPriceCents: 13990, effectiveOn: '2026-05-01' });

    const expected = [
      'contracts.ContractActivated', 'contracts.ContractPlanChanged', 'contracts.PppoeCredentialsChanged', 'contracts.ContractAddressChanged',
      'contracts.FixedIpChanged', 'contracts.FixedIpChanged', 'contracts.ContractAddOnsChanged', 'contracts.ContractOwnershipTransferred', 'contracts.ContractPriceAdjusted',
    ];
    const mine = () => received.filter((e) => (e.data as { contractId: string }).contractId === id);
    const deadline = Date.now() + 15_000;
    while (mine().length < expected.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(mine().map((e) => e.type)).toEqual(expected);
    const byType = (type: string) => mine().filter((e) => e.type === type).map((e) => e.data as Record<string, unknown>);
    expect(byType('contracts.PppoeCredentialsChanged')[0]).toMatchObject({ pppoeLogin: `joana.${id.slice(0, 8)}`, previousLogin: k.pppoeLogin });
    expect(byType('contracts.FixedIpChanged')).toEqual([expect.objectContaining({ change: 'assigned', ip: '200.9.8.7', fixedIp: '200.9.8.7' }), expect.objectContaining({ change: 'released', ip: '200.9.8.7' })]);
    expect(byType('contracts.ContractOwnershipTransferred')[0]).toMatchObject({ fromCustomerId: from.id, toCustomerId: to.id, customerId: to.id });
    expect(byType('contracts.ContractPriceAdjusted')[0]).toMatchObject({ fromPlanVersion: 1, toPlanVersion: 2, fromPriceCents: 12990, toPriceCents: 13990, priceCents: 13990, effectiveOn: '2026-05-01' });
    expect(byType('contracts.ContractAddOnsChanged')[0]).toMatchObject({ change: 'added', addOnId: tv.id, addOns: [{ addOnId: tv.id, version: 1, priceCents: 2990 }] });
    for (const e of mine()) {
      expect(e.version).toBe(1);
      const text = JSON.stringify(e);
      expect(text).not.toMatch(/password/i);
      expect(text).not.toContain(pppoe.pppoePassword);
      expect(text).not.toContain('Paulista');
      expect(text).not.toContain('Augusta');
      expect(text).not.toContain('Joana Prado');
    }
  });
});
