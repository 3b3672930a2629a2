import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createStaff, createSubscriber, maskCpf, outboxToken, randomCpf, type SubscriberSession } from '../../test-support/auth.js';
import { listRoutes } from '../../test-support/routes.js';
import { createPortalCustomer } from '../../test-support/portal.js';

let t: TestServer;
let a: SubscriberSession;
let b: SubscriberSession;
beforeAll(async () => {
  t = await startTestServer();
  a = await createSubscriber(t);
  b = await createSubscriber(t);
});
afterAll(async () => t?.close());

describe('subscriber accounts', () => {
  it('logs in with the CPF with or without mask; wrong password or unknown document is the same 401', async () => {
    for (const document of [a.document, maskCpf(a.document)]) {
      const r = await t.request('/api/v1/portal/auth/login', { method: 'POST', json: { document, password: a.password } });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 });
    }
    const wrong = await t.request('/api/v1/portal/auth/login', { method: 'POST', json: { document: a.document, password: 'not-the-password' } });
    const unknown = await t.request('/api/v1/portal/auth/login', { method: 'POST', json: { document: randomCpf(), password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.type).toBe(unknown.body.type);
  });

  it('invitation: validates the document, refuses a duplicate, returns the token only in embedded mode, and the link works once', async () => {
    const admin = await adminSession(t);
    const bad = await t.request('/api/v1/subscriber-accounts', { method: 'POST', headers: bearer(admin.accessToken), json: { customerId: randomUUID(), document: '123.456.789-00' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('document');
    const dup = await t.request('/api/v1/subscriber-accounts', { method: 'POST', headers: bearer(admin.accessToken), json: { customerId: randomUUID(), document: a.document } });
    expect(dup.status).toBe(409);

    const cnpj = '11.222.333/0001-81';
    const invite = await t.request('/api/v1/subscriber-accounts', { method: 'POST', headers: bearer(admin.accessToken), json: { customerId: randomUUID(), document: cnpj, email: 'empresa@cliente.test' } });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({ id: expect.any(String), status: 'invited', inviteMessageId: expect.any(String) });
    const token = await outboxToken(t, { id: invite.body.inviteMessageId });
    if (t.config.embedded) expect(invite.body.inviteToken).toBe(token);
    else expect(invite.body.inviteToken).toBeUndefined();
    expect((await t.request('/api/v1/portal/auth/login', { method: 'POST', json: { document: cnpj, password: 'Fibra-Rapida-2025' } })).status).toBe(401);
    const first = await t.request('/api/v1/portal/auth/first-access', { method: 'POST', json: { token, password: 'Fibra-Rapida-2025' } });
    expect(first.status).toBe(200);
    expect((await t.request('/api/v1/portal/auth/first-access', { method: 'POST', json: { token, password: 'Fibra-Rapida-2026' } })).status).toBe(400);
    expect((await t.request('/api/v1/portal/auth/login', { method: 'POST', json: { document: '11222333000181', password: 'Fibra-Rapida-2025' } })).status).toBe(200);
    const staffView = await t.request(`/api/v1/subscriber-accounts/${invite.body.id}`, { headers: bearer(admin.accessToken) });
    expect(staffView.body).toMatchObject({ id: invite.body.id, status: 'active', documentKind: 'cnpj' });
    expect(JSON.stringify(staffView.body)).not.toContain('11222333000181');
  });

  it('a subscriber with an e-mail can reset the password through a one-time link (always 202)', async () => {
    const admin = await adminSession(t);
    const document = randomCpf();
    const invite = await t.request('/api/v1/subscriber-accounts', { method: 'POST', headers: bearer(admin.accessToken), json: { customerId: randomUUID(), document, email: 'assinante.reset@cliente.test' } });
    const first = await t.request('/api/v1/portal/auth/first-access', { method: 'POST', json: { token: await outboxToken(t, { id: invite.body.inviteMessageId }), password: 'Primeira-Senha-2025' } });
    expect(first.status).toBe(200);
    const unknown = await t.request('/api/v1/portal/auth/password-reset/request', { method: 'POST', json: { document: randomCpf() } });
    const known = await t.request('/api/v1/portal/auth/password-reset/request', { method: 'POST', json: { document: maskCpf(document) } });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    const token = await outboxToken(t, { recipient: 'assinante.reset@cliente.test' });
    const reset = await t.request('/api/v1/portal/auth/first-access', { method: 'POST', json: { token, password: 'Segunda-Senha-2025' } });
    expect(reset.status).toBe(200);
    expect((await t.request('/api/v1/portal/me', { headers: bearer(first.body.accessToken) })).status).toBe(401); // old sessions ended
    expect((await t.request('/api/v1/portal/auth/login', { method: 'POST', json: { document, password: 'Segunda-Senha-2025' } })).status).toBe(200);
  });

  it('only staff with customers:write may invite', async () => {
    const tecnico = await createStaff(t, ['tecnico']);
    const r = await t.request('/api/v1/subscriber-accounts', { method: 'POST', headers: bearer(tecnico.accessToken), json: { customerId: randomUUID(), document: randomCpf() } });
    expect(r.status).toBe(403);
    const atendente = await createStaff(t, ['atendente']);
    const ok = await t.request('/api/v1/subscriber-accounts', { method: 'POST', headers: bearer(atendente.accessToken), json: { customerId: randomUUID(), document: randomCpf() } });
    expect(ok.status).toBe(201);
  });
});

describe('subscriber isolation', () => {
  it('GET /portal/me returns only the caller', async () => {
    const meA = await t.request('/api/v1/portal/me', { headers: bearer(a.accessToken) });
    const meB = await t.request('/api/v1/portal/me', { headers: bearer(b.accessToken) });
    expect(meA.body).toMatchObject({ id: a.accountId, customerId: a.customerId });
    expect(meB.body).toMatchObject({ id: b.accountId, customerId: b.customerId });
  });

  it("A cannot read B's account whatever id is in the URL (404, the same as a random id)", async () => {
    expect((await t.request(`/api/v1/portal/accounts/${a.accountId}`, { headers: bearer(a.accessToken) })).status).toBe(200);
    const other = await t.request(`/api/v1/portal/accounts/${b.accountId}`, { headers: bearer(a.accessToken) });
    const random = await t.request(`/api/v1/portal/accounts/${randomUUID()}`, { headers: bearer(a.accessToken) });
    expect(other.status).toBe(404);
    expect(random.status).toBe(404);
    expect(other.text).not.toContain(b.customerId);
    expect({ ...other.body, instance: undefined }).toEqual({ ...random.body, instance: undefined });
    for (const id of [b.customerId, `${b.accountId}?x=1`, encodeURIComponent(`${a.accountId}' OR '1'='1`)]) {
      const r = await t.request(`/api/v1/portal/accounts/${id}`, { headers: bearer(a.accessToken) });
      expect(r.status).toBe(404);
    }
  });

  it('every portal route, called with A\'s token and B\'s ids, never returns B\'s data', async () => {
    const portal = listRoutes(t.server.app!).filter((r) => r.access === 'portal' && r.method === 'GET');
    expect(portal.length).toBeGreaterThan(1);
    for (const r of portal) {
      const res = await t.request(r.path.replace(/:[A-Za-z]+/g, b.accountId), { headers: bearer(a.accessToken) });
      expect(res.status, r.path).not.toBe(500);
      const shown = JSON.stringify({ ...res.body, instance: undefined }); // a problem's `instance` echoes the URL asked for
      expect(shown, r.path).not.toContain(b.accountId);
      expect(shown, r.path).not.toContain(b.customerId);
    }
  });

  it("with real customers, contracts, tickets and export requests, every portal GET route called with A's token and each of B's ids never returns B's data", async () => {
    const ra = await createPortalCustomer(t, 'Ana Isolada Rocha');
    const rb = await createPortalCustomer(t, 'Bruno Isolado Lima');
    const ticket = await t.request('/api/v1/portal/tickets', { method: 'POST', headers: bearer(rb.accessToken), json: { category: 'comercial', subject: 'Mudança de plano', message: 'Quero saber dos planos de 1 giga.' } });
    expect(ticket.status).toBe(201);
    const exportRequest = await t.request('/api/v1/portal/me/data-export', { method: 'POST', headers: bearer(rb.accessToken) });
    expect(exportRequest.status).toBe(201);
    const secrets = [rb.customerId, rb.accountId, rb.contractId, rb.pppoeLogin, ticket.body.id, ticket.body.protocol, exportRequest.body.protocol, 'Bruno Isolado'];
    const portal = listRoutes(t.server.app!).filter((r) => r.access === 'portal' && r.method === 'GET');
    for (const path of ['/api/v1/portal/contracts/:id', '/api/v1/portal/tickets/:id', '/api/v1/portal/me/data-export/:protocol', '/api/v1/portal/me/contact']) {
      expect(portal.map((r) => r.path), path).toContain(path);
    }
    for (const r of portal) {
      for (const id of [rb.contractId, ticket.body.id, exportRequest.body.protocol, rb.customerId, rb.accountId]) {
        const res = await t.request(r.path.replace(/:[A-Za-z]+/g, id), { headers: bearer(ra.accessToken) });
        expect(res.status, r.path).not.toBe(500);
        const shown = res.headers.get('content-type')?.includes('json') ? JSON.stringify({ ...res.body, instance: undefined }) : res.text;
        for (const secret of secrets) expect(shown, `${r.path} with ${id}`).not.toContain(secret);
      }
    }
  });

  it('a subscriber token gets 403 on every staff route, including reading subscriber accounts', async () => {
    const staffRoutes = listRoutes(t.server.app!).filter((r) => r.access !== 'public' && r.access !== 'portal');
    for (const r of staffRoutes) {
      const res = await t.request(r.path.replace(/:[A-Za-z]+/g, b.accountId), { method: r.method, headers: bearer(a.accessToken), ...(r.method !== 'GET' && r.method !== 'DELETE' ? { json: {} } : {}) });
      expect(res.status, `${r.method} ${r.path}`).toBe(403);
    }
    expect((await t.request(`/api/v1/subscriber-accounts/${b.accountId}`, { headers: bearer(a.accessToken) })).status).toBe(403);
  });

  it('staff tokens get 403 on portal routes', async () => {
    const admin = await adminSession(t);
    expect((await t.request('/api/v1/portal/me', { headers: bearer(admin.accessToken) })).status).toBe(403);
  });

  it('staff cannot assign a user to a company they do not belong to', async () => {
    const admin = await adminSession(t);
    const other = await t.request('/api/v1/users', { method: 'POST', headers: bearer(admin.accessToken), json: { name: 'Outra', email: 'outra@provedor.test', roles: ['atendente'], password: 'Outra-Empresa-2025', companyIds: ['company-b-test'] } });
    // the admin does not belong to company-b-test (it does not even exist), so it cannot assign it
    expect(other.status).toBe(422);
    expect(other.body.errors[0].field).toBe('companyIds');
  });
});
