import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';
import { INSTALLATION_ADDRESS as address, staffCalls } from '../../test-support/http-helpers.js';

/*
 * An invoice written off (baixa por perda) or renegotiated into an agreement is no longer collected: dunning
 * restores the contract's service and the overdue list drops it; reversing the write-off brings it back.
 */
let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer({ env: { NETPROVIDER_TODAY: '2026-11-28' } });
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const { post, get } = staffCalls(() => t, () => admin);

describe('invoices closed by write-off or agreement leave dunning', () => {
  it('blocked → written off → restored and off the overdue list → write-off reversed → blocked again; an agreement takes its invoices off the list', async () => {
    const tag = randomUUID().slice(0, 6);
    expect((await post('/api/v1/billing/collection-accounts', {
      bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17',
    })).status).toBe(201);
    const plan = await post('/api/v1/plans', { name: `Fibra ${tag}`, downloadMbps: 300, uploadMbps: 150, priceCents: 9000 });
    expect((await post('/api/v1/collections/ladders', {
      name: `Régua ${tag}`, planIds: [plan.body.id], suspensionNotice: { stepId: 'aviso', minDays: 15 },
      steps: [
        { id: 'aviso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Fatura vencida.' },
        { id: 'bloqueio', daysOffset: 25, action: 'block' },
      ],
    })).status).toBe(201);
    const contract = async (name: string) => {
      const customerId = (await post('/api/v1/customers', { kind: 'PF', name, document: maskCpf(randomCpf()), emails: [], phones: [], addresses: [address] })).body.id as string;
      const k = await post('/api/v1/contracts', { customerId, planId: plan.body.id, dueDay: 10, installationAddressId: 'a1' });
      expect((await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
      const invoice = await post('/api/v1/invoices', { customerId, contractId: k.body.id, dueDate: '2026-12-01', items: [{ description: 'Mensalidade', amountCents: 9000 }] });
      expect(invoice.status, invoice.text).toBe(201);
      return { customerId, contractId: k.body.id as string, invoiceId: invoice.body.id as string };
    };
    const lost = await contract(`Davi Lopes ${tag}`);
    const agreed = await contract(`Eva Nunes ${tag}`);
    const listed = async () => (await get(`/api/v1/collections/overdue?q=${tag}`)).body.items.map((i: { contractId: string }) => i.contractId).sort();
    const level = async (contractId: string) => (await get(`/api/v1/collections/contracts/${contractId}/status`)).body.level as string;

    await post('/api/v1/collections/evaluate', { date: '2026-12-02' });
    await post('/api/v1/collections/evaluate', { date: '2026-12-30' });
    expect(await listed()).toEqual([lost.contractId, agreed.contractId].sort());
    expect(await level(lost.contractId)).toBe('block');

    // Written off: nothing left to collect on the contract → service restored, off the list.
    const off = await post(`/api/v1/invoices/${lost.invoiceId}/write-off`, { reason: 'cliente não localizado' });
    expect(off.status, off.text).toBe(200);
    await post('/api/v1/collections/evaluate', { date: '2026-12-30' });
    expect(await level(lost.contractId)).toBe('none');
    expect((await get(`/api/v1/collections/contracts/${lost.contractId}/status`)).body.openInvoices).toEqual([]);
    expect(await listed()).toEqual([agreed.contractId]);

    // The write-off reversed: the debt is collected again, from the step its age calls for.
    expect((await post(`/api/v1/invoices/${lost.invoiceId}/write-off/reverse`, { reason: 'cliente localizado' })).status).toBe(200);
    await post('/api/v1/collections/evaluate', { date: '2026-12-30' });
    expect(await level(lost.contractId)).toBe('block');
    expect(await listed()).toEqual([lost.contractId, agreed.contractId].sort());

    // Renegotiated into an agreement (down payment due today, instalments later): the original leaves dunning.
    const made = await post('/api/v1/agreements', { customerId: agreed.customerId, invoiceIds: [agreed.invoiceId], date: '2026-12-30', downPaymentCents: 2000, instalments: 2, dueDay: 10 });
    expect(made.status, made.text).toBe(201);
    await post('/api/v1/collections/evaluate', { date: '2026-12-30' });
    expect(await listed()).toEqual([lost.contractId]);
    expect(await level(agreed.contractId)).toBe('none');
  });
});
