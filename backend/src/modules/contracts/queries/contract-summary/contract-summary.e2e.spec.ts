import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test-support/test-server.js';
import { adminSession, bearer, createStaff, maskCpf, randomCpf } from '../../../../test-support/auth.js';
import { INSTALLATION_ADDRESS as address } from '../../../../test-support/http-helpers.js';

// A server of its own: the company holds exactly the contracts below.
let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const post = (path: string, json?: unknown, token = admin) => t.request(path, { method: 'POST', headers: bearer(token), ...(json !== undefined ? { json } : {}) });

describe('GET /api/v1/contracts/summary', () => {
  it('counts contracts by status and sums the MRR of the active ones, to the centavo (contracts:read)', async () => {
    const empty = await t.request('/api/v1/contracts/summary', { headers: bearer(admin) });
    expect(empty.status, empty.text).toBe(200);
    expect(empty.body).toEqual({ byStatus: { draft: 0, awaiting_installation: 0, active: 0, suspended: 0, cancelled: 0 }, mrrCents: 0 });

    const contract = async (priceCents: number, then: (id: string) => Promise<unknown>) => {
      const c = await post('/api/v1/customers', { kind: 'PF', name: 'Cliente Resumo', document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address] });
      const p = await post('/api/v1/plans', { name: `Fibra ${priceCents}`, downloadMbps: 300, uploadMbps: 150, priceCents });
      const k = await post('/api/v1/contracts', { customerId: c.body.id, planId: p.body.id, dueDay: 10, installationAddressId: c.body.addresses[0].id });
      expect(k.status, k.text).toBe(201);
      await then(k.body.id);
    };
    const activate = (id: string) => post(`/api/v1/contracts/${id}/activate`, { installedOn: '2026-01-05' });
    await contract(9990, activate);
    await contract(12345, activate);
    await contract(5000, async (id) => {
      await activate(id);
      expect((await post(`/api/v1/contracts/${id}/suspend`, { reason: 'delinquency', startsOn: '2026-02-01' })).status).toBe(200);
    });
    await contract(7000, async () => undefined);

    const summary = await t.request('/api/v1/contracts/summary', { headers: bearer(admin) });
    expect(summary.body).toEqual({ byStatus: { draft: 1, awaiting_installation: 0, active: 2, suspended: 1, cancelled: 0 }, mrrCents: 9990 + 12345 });
    // the list agrees
    const active = await t.request('/api/v1/contracts?status=active', { headers: bearer(admin) });
    expect(active.body.items.reduce((s: number, c: { priceCents: number }) => s + c.priceCents, 0)).toBe(summary.body.mrrCents);

    const estoquista = await createStaff(t, ['estoquista']);
    expect((await t.request('/api/v1/contracts/summary', { headers: bearer(estoquista.accessToken) })).status).toBe(403);
  });
});
