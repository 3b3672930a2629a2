import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, createStaff } from '../../test-support/auth.js';
import { financeClient } from './test-support/finance-fixtures.js';

let t: TestServer;
let admin: string;
let api: ReturnType<typeof financeClient>;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
  api = financeClient(t, () => admin);
});
afterAll(async () => t?.close());

describe('write-off (baixa por perda)', () => {
  it('needs write-offs:write and a reason, writes off the outstanding amount, reverses by event, and a late payment recovers it', async () => {
    const customerId = await api.customer();
    const inv = await api.invoice(customerId, '2027-01-10', [{ description: 'Mensalidade', amountCents: 10000, kind: 'charge' }]);
    await api.post(`/api/v1/invoices/${inv.id}/payments`, { amountCents: 2500, method: 'cash' });

    const atendente = await createStaff(t, ['atendente']);
    expect((await api.post(`/api/v1/invoices/${inv.id}/write-off`, { reason: 'cliente não localizado' }, atendente.accessToken)).status).toBe(403);
    expect((await api.post(`/api/v1/invoices/${inv.id}/write-off`, { reason: '' })).status).toBe(422);

    const off = await api.post(`/api/v1/invoices/${inv.id}/write-off`, { reason: 'cliente não localizado' });
    expect(off.status, off.text).toBe(200);
    expect(off.body).toMatchObject({ status: 'written_off', writtenOffCents: 7500, outstandingCents: 0, writeOff: { reason: 'cliente não localizado', amountCents: 7500 } });
    expect(off.body.history[0]).toMatchObject({ type: 'InvoiceWrittenOff' });
    const listed = await api.get(`/api/v1/invoices?customerId=${customerId}`);
    expect(listed.body.items[0].status).toBe('written_off');
    expect((await api.post(`/api/v1/invoices/${inv.id}/cancel`, { reason: 'erro' })).status).toBe(409);

    const back = await api.post(`/api/v1/invoices/${inv.id}/write-off/reverse`, { reason: 'cliente renegociou' });
    expect(back.status, back.text).toBe(200);
    expect(back.body).toMatchObject({ status: 'partially_paid', writtenOffCents: 0, outstandingCents: 7500 });
    expect((await api.post(`/api/v1/invoices/${inv.id}/write-off/reverse`, { reason: 'de novo' })).status).toBe(409);

    await api.post(`/api/v1/invoices/${inv.id}/write-off`, { reason: 'perda definitiva' });
    const paid = await api.post(`/api/v1/invoices/${inv.id}/payments`, { amountCents: 7500, method: 'transfer' });
    expect(paid.status, paid.text).toBe(201);
    expect(paid.body.invoice).toMatchObject({ status: 'paid', writtenOffCents: 0, outstandingCents: 0 });
    expect((await api.get(`/api/v1/invoices?customerId=${customerId}`)).body.items[0].status).toBe('paid');
  });
});
