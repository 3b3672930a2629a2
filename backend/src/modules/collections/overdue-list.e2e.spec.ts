import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createStaff, maskCpf, randomCpf } from '../../test-support/auth.js';
import { INSTALLATION_ADDRESS as address } from '../../test-support/http-helpers.js';

/* GET /api/v1/collections/overdue: the work list of contracts with overdue invoices, by ladder step. */
let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer({ env: { NETPROVIDER_TODAY: '2026-11-28' } });
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const post = (path: string, json?: unknown, token = admin) => t.request(path, { method: 'POST', headers: bearer(token), ...(json !== undefined ? { json } : {}) });
const get = (path: string, token = admin) => t.request(path, { headers: bearer(token) });

describe('overdue list', () => {
  it('contracts with overdue invoices, days overdue desc then contract id, current and next step, filters and pages', async () => {
    const tag = randomUUID().slice(0, 6);
    expect((await post('/api/v1/billing/collection-accounts', {
      bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17',
    })).status).toBe(201);
    const plan = await post('/api/v1/plans', { name: `Fibra ${tag}`, downloadMbps: 400, uploadMbps: 200, priceCents: 9000 });
    expect((await post('/api/v1/collections/ladders', {
      name: `Régua ${tag}`, planIds: [plan.body.id], suspensionNotice: { stepId: 'aviso', minDays: 15 },
      steps: [
        { id: 'aviso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Fatura vencida.' },
        { id: 'reducao', daysOffset: 16, action: 'throttle' },
        { id: 'bloqueio', daysOffset: 25, action: 'block' },
      ],
    })).status).toBe(201);
    const customer = async (name: string) => (await post('/api/v1/customers', { kind: 'PF', name, document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address] })).body.id as string;
    const ana = await customer(`Ana Ávila ${tag}`);
    const bruno = await customer(`Bruno Costa ${tag}`);
    const contract = async (customerId: string, dues: string[]) => {
      const k = await post('/api/v1/contracts', { customerId, planId: plan.body.id, dueDay: 10, installationAddressId: 'a1' });
      expect((await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
      for (const dueDate of dues) expect((await post('/api/v1/invoices', { customerId, contractId: k.body.id, dueDate, items: [{ description: 'Mensalidade', amountCents: 9000 }] })).status).toBe(201);
      return k.body.id as string;
    };
    const k2 = await contract(bruno, ['2026-12-01', '2026-12-10']);
    const [k1, k4] = [await contract(ana, ['2026-12-10']), await contract(ana, ['2026-12-10'])].sort();
    const k3 = await contract(bruno, ['2026-12-21']);
    await contract(bruno, ['2027-01-10']); // not overdue yet: not listed
    await post('/api/v1/collections/evaluate', { date: '2026-12-11' });
    await post('/api/v1/collections/evaluate', { date: '2026-12-30' });

    const all = await get(`/api/v1/collections/overdue?q=${tag}`);
    expect(all.status, all.text).toBe(200);
    expect(all.body).toMatchObject({ today: '2026-12-30', page: 1, pageSize: 50, total: 4 });
    expect(all.body.items.map((i: { contractId: string }) => i.contractId)).toEqual([k2, k1, k4, k3]);
    expect(all.body.items[0]).toEqual({
      contractId: k2, customerId: bruno, customerName: `Bruno Costa ${tag}`, pppoeLogin: expect.any(String),
      oldestDueDate: '2026-12-01', daysOverdue: 29, overdueInvoices: 2, openCents: 18000, serviceLevel: 'block',
      currentStep: { key: 'bloqueio', label: 'Bloqueio (25 dias)', action: 'block', daysOffset: 25 }, nextStep: null,
      trustUnblockActive: false, trustUntil: null,
    });
    expect(all.body.items[1]).toMatchObject({
      customerName: `Ana Ávila ${tag}`, daysOverdue: 20, openCents: 9000, serviceLevel: 'throttle',
      currentStep: { key: 'reducao', action: 'throttle' }, nextStep: { key: 'bloqueio', action: 'block', on: '2027-01-04' },
    });
    expect(all.body.items[3]).toMatchObject({ daysOverdue: 9, serviceLevel: 'none', currentStep: { key: 'aviso', action: 'notify' }, nextStep: { key: 'reducao', on: '2027-01-06' } });

    // By step, by name (accents and case folded), by page.
    const byStep = await get(`/api/v1/collections/overdue?q=${tag}&step=reducao`);
    expect(byStep.body.items.map((i: { contractId: string }) => i.contractId)).toEqual([k1, k4]);
    expect((await get(`/api/v1/collections/overdue?q=AVILA%20${tag}`)).body.items.map((i: { contractId: string }) => i.contractId)).toEqual([k1, k4]);
    const page2 = await get(`/api/v1/collections/overdue?q=${tag}&page=2&pageSize=2`);
    expect(page2.body).toMatchObject({ page: 2, pageSize: 2, total: 4 });
    expect(page2.body.items.map((i: { contractId: string }) => i.contractId)).toEqual([k4, k3]);

    // A trust unblock shows on the list.
    expect((await post(`/api/v1/collections/contracts/${k2}/trust-unblock`)).status).toBe(200);
    expect((await get(`/api/v1/collections/overdue?q=${tag}&step=bloqueio`)).body.items).toEqual([
      expect.objectContaining({ contractId: k2, serviceLevel: 'none', trustUnblockActive: true, trustUntil: '2027-01-02' }),
    ]);

    // Validation and permission.
    const bad = await get('/api/v1/collections/overdue?pageSize=1000');
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('pageSize');
    const tecnico = await createStaff(t, ['tecnico']);
    expect((await get('/api/v1/collections/overdue', tecnico.accessToken)).status).toBe(403);
  });

  it('a local (municipal) holiday on the due date moves the last payable day: not overdue that day, one day later it is', async () => {
    const tag = randomUUID().slice(0, 6);
    const holiday = await post('/api/v1/billing/holidays', { date: '2027-03-10', name: 'Aniversário da cidade' });
    expect(holiday.status, holiday.text).toBe(201);
    const plan = await post('/api/v1/plans', { name: `Fibra ${tag}`, downloadMbps: 100, uploadMbps: 50, priceCents: 7000 });
    const customerId = (await post('/api/v1/customers', { kind: 'PF', name: `Célia Rocha ${tag}`, document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address] })).body.id;
    const k = await post('/api/v1/contracts', { customerId, planId: plan.body.id, dueDay: 10, installationAddressId: 'a1' });
    expect((await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
    expect((await post('/api/v1/invoices', { customerId, contractId: k.body.id, dueDate: '2027-03-10', items: [{ description: 'Mensalidade', amountCents: 7000 }] })).status).toBe(201);

    // Wednesday 10/03 is a local holiday: payable without charges until Thursday 11/03.
    await post('/api/v1/collections/evaluate', { date: '2027-03-11' });
    expect((await get(`/api/v1/collections/contracts/${k.body.id}/status`)).body.openInvoices).toEqual([expect.objectContaining({ payableUntil: '2027-03-11', daysOverdue: 0 })]);
    expect((await get(`/api/v1/collections/overdue?q=${tag}`)).body).toMatchObject({ total: 0, items: [] });
    // Still payable: the built-in ladder's reminder goes out, not the overdue notice.
    const stepsSent = async () => (await get(`/api/v1/collections/messages?contractId=${k.body.id}`)).body.items.map((m: { stepId: string }) => m.stepId).sort();
    expect(await stepsSent()).toEqual(['lembrete']);

    await post('/api/v1/collections/evaluate', { date: '2027-03-12' });
    expect((await get(`/api/v1/collections/overdue?q=${tag}`)).body.items).toEqual([
      expect.objectContaining({ contractId: k.body.id, oldestDueDate: '2027-03-10', daysOverdue: 1, currentStep: expect.objectContaining({ key: 'aviso-atraso' }) }),
    ]);
    expect(await stepsSent()).toEqual(['aviso-atraso', 'lembrete']);
  });
});
