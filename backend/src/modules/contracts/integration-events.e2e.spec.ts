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
});
