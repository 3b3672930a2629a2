import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../platform/database/tokens.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';
import { until, INSTALLATION_ADDRESS as address, staffCalls } from '../../test-support/http-helpers.js';

/*
 * The ladder's cancel step cancels the contract for delinquency through ContractsPublicApi, never before the
 * legal period of total suspension (30 days blocked by default, docs/collections.md) — walked on the
 * business clock (`evaluate {date}`).
 */
let t: TestServer;
let admin: string;
let store: EventStore;
beforeAll(async () => {
  t = await startTestServer({ env: { NETPROVIDER_TODAY: '2026-11-28' } });
  admin = (await adminSession(t)).accessToken;
  store = t.server.app!.get<EventStore>(EVENT_STORE);
});
afterAll(async () => t?.close());

const { post, get } = staffCalls(() => t, () => admin);

const contractOf = (id: string) => get(`/api/v1/contracts/${id}`).then((r) => r.body as { status: string });
const evaluate = async (date: string) => expect((await post('/api/v1/collections/evaluate', { date })).status).toBe(200);

describe('the cancel step', () => {
  it('blocks first, waits 30 days of total suspension, then cancels the contract for delinquency', async () => {
    expect((await post('/api/v1/billing/collection-accounts', {
      bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test',
    })).status).toBe(201);
    const customer = await post('/api/v1/customers', { kind: 'PF', name: 'Davi Rocha', document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address] });
    const plan = await post('/api/v1/plans', { name: 'Fibra 200', downloadMbps: 200, uploadMbps: 100, priceCents: 7990 });
    const k = await post('/api/v1/contracts', { customerId: customer.body.id, planId: plan.body.id, dueDay: 10, installationAddressId: 'a1' });
    expect(k.status, k.text).toBe(201);
    expect((await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
    const contractId = k.body.id as string;
    expect((await post('/api/v1/collections/ladders', {
      name: 'Fibra 200', planIds: [plan.body.id], suspensionNotice: { stepId: 'aviso', minDays: 15 },
      steps: [
        { id: 'aviso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Aviso de suspensão e rescisão.' },
        { id: 'bloqueio', daysOffset: 16, action: 'block' },
        { id: 'cancelamento', daysOffset: 20, action: 'cancel' },
      ],
    })).status).toBe(201);
    expect((await post('/api/v1/invoices', { customerId: customer.body.id, contractId, dueDate: '2026-12-10', items: [{ description: 'Mensalidade', amountCents: 7990 }] })).status).toBe(201);

    await evaluate('2026-12-11');
    await evaluate('2026-12-26');
    await until('suspended', () => contractOf(contractId), (c) => c.status === 'suspended');

    // 20 days overdue: the cancel step is reached after 4 days of block; it waits for 30.
    await evaluate('2026-12-30');
    const status = await get(`/api/v1/collections/contracts/${contractId}/status`);
    expect(status.body.level).toBe('block');
    expect(status.body.history.filter((h: { type: string }) => h.type === 'DunningStepWaiting').map((h: { data: unknown }) => h.data)).toEqual([
      expect.objectContaining({ stepId: 'cancelamento', reason: 'full-suspension-too-recent', earliestOn: '2027-01-25' }),
    ]);
    await evaluate('2027-01-24');
    expect((await get(`/api/v1/collections/contracts/${contractId}/status`)).body.level).toBe('block');
    expect((await contractOf(contractId)).status).toBe('suspended');

    // 30 days blocked: cancelled for delinquency, by the system, on that day.
    await evaluate('2027-01-25');
    expect((await get(`/api/v1/collections/contracts/${contractId}/status`)).body.level).toBe('cancel');
    await until('cancelled', () => contractOf(contractId), (c) => c.status === 'cancelled');
    const [cancelled] = (await store.readStream(`contract-${contractId}`)).filter((e) => e.type === 'ContractCancelled');
    expect(cancelled!.data).toMatchObject({ reason: 'delinquency', cancelledOn: '2027-01-25', previousStatus: 'suspended' });
    expect(cancelled!.metadata).toMatchObject({ actorKind: 'system', trigger: 'collections-dunning', reason: 'delinquency' });
    // Evaluating again does nothing more.
    await evaluate('2027-02-10');
    expect((await store.readStream(`contract-${contractId}`)).filter((e) => e.type === 'ContractCancelled')).toHaveLength(1);
  });
});
