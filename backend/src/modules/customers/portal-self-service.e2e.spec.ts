import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer } from '../../test-support/auth.js';
import { createPortalCustomer, type PortalCustomer } from '../../test-support/portal.js';

// The customer area's self-service: plan details, contact data, LGPD export request.
let t: TestServer;
let a: PortalCustomer;
let b: PortalCustomer;
beforeAll(async () => {
  t = await startTestServer();
  a = await createPortalCustomer(t, 'Ana Beatriz Costa');
  b = await createPortalCustomer(t, 'Bruno Carvalho Dias');
});
afterAll(async () => t?.close());

const get = (path: string, token: string) => t.request(path, { headers: bearer(token) });

describe('contracts and plan in the customer area', () => {
  it('lists and shows only my contracts: plan name, speeds, price, due day, loyalty, PPPoE login, never the password', async () => {
    const list = await get('/api/v1/portal/contracts', a.accessToken);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    const c = list.body.items[0];
    expect(c).toMatchObject({
      id: a.contractId, status: 'active', suspension: null,
      plan: { name: 'Fibra 500', technology: 'FTTH', version: 1, downloadMbps: 500, uploadMbps: 250, priceCents: 9990 },
      addOns: [], promotion: null, dueDay: 10, pppoeLogin: a.pppoeLogin, acceptedAt: expect.any(String),
      installationAddress: expect.objectContaining({ street: 'Rua da Bahia', city: 'Belo Horizonte' }),
      loyaltyEndsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(JSON.stringify(list.body)).not.toMatch(/password/i);
    expect((await get(`/api/v1/portal/contracts/${a.contractId}`, a.accessToken)).body).toEqual(c);
  });

  it("B's contract is the same 404 as a random id and is never echoed", async () => {
    const other = await get(`/api/v1/portal/contracts/${b.contractId}`, a.accessToken);
    const random = await get(`/api/v1/portal/contracts/${randomUUID()}`, a.accessToken);
    expect(other.status).toBe(404);
    expect({ ...other.body, instance: undefined }).toEqual({ ...random.body, instance: undefined });
    expect(JSON.stringify({ ...other.body, instance: undefined })).not.toContain(b.contractId);
  });

  it('a suspension shows its reason in plain Portuguese', async () => {
    const admin = (await adminSession(t)).accessToken;
    const s = await t.request(`/api/v1/contracts/${b.contractId}/suspend`, { method: 'POST', headers: bearer(admin), json: { reason: 'delinquency' } });
    expect(s.status, s.text).toBe(200);
    const c = await get(`/api/v1/portal/contracts/${b.contractId}`, b.accessToken);
    expect(c.body).toMatchObject({ status: 'suspended', suspension: { reason: 'delinquency', reasonText: expect.stringContaining('falta de pagamento') } });
  });
});

describe('contact data', () => {
  it('updates e-mails and phones with the WhatsApp flag, recorded with the subscriber as actor', async () => {
    const r = await t.request('/api/v1/portal/me/contact', { method: 'PATCH', headers: bearer(a.accessToken), json: { emails: ['Ana@Exemplo.com.br'], phones: [{ number: '(31) 98888-7777', whatsapp: true }] } });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({ emails: ['Ana@exemplo.com.br'], phones: [{ number: '+5531988887777', whatsapp: true }] });
    expect((await get('/api/v1/portal/me/contact', a.accessToken)).body).toEqual(r.body);
    const admin = (await adminSession(t)).accessToken;
    const timeline = await get(`/api/v1/customers/${a.customerId}/timeline`, admin);
    expect(timeline.body.items[0]).toMatchObject({ type: 'CustomerContactUpdated', actorKind: 'subscriber', actorId: a.accountId });
    expect((await get(`/api/v1/portal/me/contact`, b.accessToken)).body.emails).toEqual(['maria@example.com']);
  });

  it('422 names the field, as on the staff route; other fields cannot be changed', async () => {
    for (const [json, field] of [
      [{ emails: ['não é e-mail'] }, 'emails.0'],
      [{ phones: [{ number: '123', whatsapp: true }] }, 'phones.0.number'],
      [{ phones: ['(31) 1234'] }, 'phones.0'],
    ] as const) {
      const r = await t.request('/api/v1/portal/me/contact', { method: 'PATCH', headers: bearer(a.accessToken), json });
      expect(r.status, JSON.stringify(json)).toBe(422);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const renamed = await t.request('/api/v1/portal/me/contact', { method: 'PATCH', headers: bearer(a.accessToken), json: { name: 'Outro Nome', emails: ['ana@exemplo.com.br'] } });
    expect(renamed.status).toBe(200); // unknown fields are dropped by the schema, never applied
    const admin = (await adminSession(t)).accessToken;
    expect((await get(`/api/v1/customers/${a.customerId}`, admin)).body.name).toBe('Ana Beatriz Costa');
  });
});

describe('LGPD personal data export request', () => {
  it('records the request with a protocol (who, when, channel) and serves the export as JSON and PDF at once', async () => {
    const r = await t.request('/api/v1/portal/me/data-export', { method: 'POST', headers: bearer(a.accessToken) });
    expect(r.status, r.text).toBe(201);
    expect(r.body).toMatchObject({ protocol: expect.stringMatching(/^LGPD-\d{8}-[0-9A-F]{8}$/), channel: 'portal', requestedAt: expect.any(String) });
    const list = await get('/api/v1/portal/me/data-export', a.accessToken);
    expect(list.body.items[0]).toEqual(r.body);

    const json = await get(`/api/v1/portal/me/data-export/${r.body.protocol}`, a.accessToken);
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ format: 'netprovider.lgpd-export.v1', customer: { id: a.customerId, name: 'Ana Beatriz Costa' } });
    expect(json.body.events.map((e: { type: string }) => e.type)).toContain('PersonalDataExportRequested');
    expect(JSON.stringify(json.body)).not.toContain(b.customerId);
    const pdf = await t.request(`/api/v1/portal/me/data-export/${r.body.protocol}?format=pdf`, { headers: bearer(a.accessToken) });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');

    const admin = (await adminSession(t)).accessToken;
    const timeline = await get(`/api/v1/customers/${a.customerId}/timeline`, admin);
    expect(timeline.body.items.find((e: { type: string }) => e.type === 'PersonalDataExportRequested')).toMatchObject({ actorKind: 'subscriber', actorId: a.accountId, data: { protocol: r.body.protocol, channel: 'portal', requestedBy: a.accountId } });
  });

  it("B cannot download A's export with A's protocol (404, protocol not echoed)", async () => {
    const r = await t.request('/api/v1/portal/me/data-export', { method: 'POST', headers: bearer(a.accessToken) });
    const other = await get(`/api/v1/portal/me/data-export/${r.body.protocol}`, b.accessToken);
    expect(other.status).toBe(404);
    expect(JSON.stringify({ ...other.body, instance: undefined })).not.toContain(r.body.protocol);
    expect((await get('/api/v1/portal/me/data-export', b.accessToken)).body.items).toEqual([]);
  });
});
