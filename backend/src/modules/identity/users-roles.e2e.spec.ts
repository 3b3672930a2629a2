import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createStaff, createSubscriber, loginStaff, settle, totp } from '../../test-support/auth.js';
import { DEFAULT_COMPANY_ID } from './domain/company.events.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => t?.close());

describe('users', () => {
  it('creates, lists, reads and updates users; refuses a duplicate e-mail and a weak password', async () => {
    const admin = await adminSession(t);
    const h = bearer(admin.accessToken);
    const created = await t.request('/api/v1/users', { method: 'POST', headers: h, json: { name: 'Maria Atendente', email: 'Maria@Provedor.test', roles: ['atendente'], password: 'Atende-Bem-2025' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), email: 'maria@provedor.test', roles: ['atendente'], companyIds: [DEFAULT_COMPANY_ID], status: 'active', mfaEnrolled: false });
    expect(created.body.password).toBeUndefined();

    const dup = await t.request('/api/v1/users', { method: 'POST', headers: h, json: { name: 'Outra', email: 'maria@provedor.test', roles: ['atendente'], password: 'Atende-Bem-2025' } });
    expect(dup.status).toBe(409);
    const weak = await t.request('/api/v1/users', { method: 'POST', headers: h, json: { name: 'Fraca', email: 'fraca@provedor.test', roles: ['atendente'], password: 'password123' } });
    expect(weak.status).toBe(422);
    expect(weak.body.errors[0].field).toBe('password');
    const unknownRole = await t.request('/api/v1/users', { method: 'POST', headers: h, json: { name: 'X', email: 'x@provedor.test', roles: ['superuser'] } });
    expect(unknownRole.status).toBe(422);

    const list = await t.request('/api/v1/users?pageSize=100&q=maria', { headers: h });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, items: [expect.objectContaining({ email: 'maria@provedor.test' })] });
    expect((await t.request(`/api/v1/users/${created.body.id}`, { headers: h })).body.name).toBe('Maria Atendente');
    expect((await t.request(`/api/v1/users/${randomUUID()}`, { headers: h })).status).toBe(404);

    const patched = await t.request(`/api/v1/users/${created.body.id}`, { method: 'PATCH', headers: h, json: { name: 'Maria Souza', roles: ['atendente', 'tecnico'] } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Maria Souza', roles: ['atendente', 'tecnico'] });
    const maria = await loginStaff(t, 'maria@provedor.test', 'Atende-Bem-2025');
    const me = await t.request('/api/v1/auth/me', { headers: bearer(maria.accessToken) });
    expect(me.body.permissions).toEqual(expect.arrayContaining(['network:write', 'customers:write']));
  });

  it('a user cannot disable themselves; a role change applies to live tokens at once', async () => {
    const admin = await adminSession(t);
    const self = await t.request(`/api/v1/users/${admin.id}/disable`, { method: 'POST', headers: bearer(admin.accessToken) });
    expect(self.status).toBe(422);
    const user = await createStaff(t, ['estoquista']);
    expect((await t.request('/api/v1/users', { headers: bearer(user.accessToken) })).status).toBe(403);
    await t.request(`/api/v1/users/${user.id}`, { method: 'PATCH', headers: bearer(admin.accessToken), json: { roles: ['gerente'] } });
    expect((await t.request('/api/v1/users', { headers: bearer(user.accessToken) })).status).toBe(200);
  });

  it('reset-mfa clears the second factor and sends the user back to enrolment', async () => {
    const admin = await adminSession(t);
    const fin = await createStaff(t, ['financeiro']);
    expect(fin.totpSecret).toBeDefined();
    const reset = await t.request(`/api/v1/users/${fin.id}/reset-mfa`, { method: 'POST', headers: bearer(admin.accessToken) });
    expect(reset.status).toBe(200);
    expect(reset.body.mfaEnrolled).toBe(false);
    expect((await t.request('/api/v1/auth/me', { headers: bearer(fin.accessToken) })).status).toBe(401);
    const again = await t.request('/api/v1/auth/login', { method: 'POST', json: { email: fin.email, password: fin.password } });
    expect(again.status).toBe(200);
    expect(again.body.mfaEnrollmentRequired).toBe(true);
  });

  it('MFA policy by role: financeiro must enrol, atendente need not; pending tokens reach only enrolment routes', async () => {
    const admin = await adminSession(t);
    for (const [role, required] of [['financeiro', true], ['atendente', false], ['gerente', false]] as const) {
      const email = `${role}.${randomUUID().slice(0, 6)}@provedor.test`;
      await t.request('/api/v1/users', { method: 'POST', headers: bearer(admin.accessToken), json: { name: role, email, roles: [role], password: 'Politica-MFA-2025' } });
      const r = await t.request('/api/v1/auth/login', { method: 'POST', json: { email, password: 'Politica-MFA-2025' } });
      expect(r.body.mfaEnrollmentRequired, role).toBe(required);
      if (required) {
        const refresh = await t.request('/api/v1/auth/refresh', { method: 'POST', json: { refreshToken: r.body.refreshToken } });
        expect(refresh.body.mfaEnrollmentRequired).toBe(true);
        expect((await t.request('/api/v1/auth/sessions', { headers: bearer(refresh.body.accessToken) })).status).toBe(403);
        const enrol = await t.request('/api/v1/auth/mfa/enroll', { method: 'POST', headers: bearer(refresh.body.accessToken) });
        expect(enrol.body).toMatchObject({ secret: expect.any(String), otpauthUrl: expect.stringMatching(/^otpauth:\/\/totp\/NetProvider:/), qrCodeDataUrl: expect.stringMatching(/^data:image\/png;base64,/) });
        const wrong = await t.request('/api/v1/auth/mfa/verify', { method: 'POST', headers: bearer(refresh.body.accessToken), json: { code: '123456' } });
        expect(wrong.status).toBe(422);
        const ok = await t.request('/api/v1/auth/mfa/verify', { method: 'POST', headers: bearer(refresh.body.accessToken), json: { code: await totp(enrol.body.secret) } });
        expect(ok.status).toBe(200);
        expect(ok.body.recoveryCodes).toHaveLength(10);
        expect(new Set(ok.body.recoveryCodes).size).toBe(10);
        expect((await t.request('/api/v1/auth/sessions', { headers: bearer(ok.body.accessToken) })).status).toBe(200);
        expect((await t.request('/api/v1/auth/mfa/enroll', { method: 'POST', headers: bearer(ok.body.accessToken) })).status).toBe(409);
      }
    }
  });

  it('a custom role requiring MFA puts its holders under the enrolment rule', async () => {
    const admin = await adminSession(t);
    const role = await t.request('/api/v1/roles', { method: 'POST', headers: bearer(admin.accessToken), json: { name: 'Cobrança sensível', permissions: ['collections:write'], mfaRequired: true } });
    expect(role.status).toBe(201);
    const email = `cobranca.${randomUUID().slice(0, 6)}@provedor.test`;
    await t.request('/api/v1/users', { method: 'POST', headers: bearer(admin.accessToken), json: { name: 'C', email, roles: [role.body.key], password: 'Cobranca-Segura-1' } });
    const r = await t.request('/api/v1/auth/login', { method: 'POST', json: { email, password: 'Cobranca-Segura-1' } });
    expect(r.body.mfaEnrollmentRequired).toBe(true);
  });
});

describe('roles', () => {
  it('lists built-in roles with the catalogue; creates and edits a custom role; built-in roles are fixed', async () => {
    const admin = await adminSession(t);
    const h = bearer(admin.accessToken);
    const list = await t.request('/api/v1/roles', { headers: h });
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { key: string }) => r.key)).toEqual(expect.arrayContaining(['admin', 'gerente', 'financeiro', 'atendente', 'tecnico', 'estoquista']));
    expect(list.body.permissions).toContain('billing-runs:approve');

    const created = await t.request('/api/v1/roles', { method: 'POST', headers: h, json: { name: 'Supervisor NOC', description: 'Rede', permissions: ['network:read', 'network:write'] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: expect.any(String), name: 'Supervisor NOC', builtIn: false, mfaRequired: false });
    const dupName = await t.request('/api/v1/roles', { method: 'POST', headers: h, json: { name: 'supervisor noc', permissions: ['network:read'] } });
    expect(dupName.status).toBe(409);
    const reserved = await t.request('/api/v1/roles', { method: 'POST', headers: h, json: { name: 'Admin', permissions: ['network:read'] } });
    expect(reserved.status).toBe(422);
    const unknownPerm = await t.request('/api/v1/roles', { method: 'POST', headers: h, json: { name: 'Estranho', permissions: ['rockets:launch'] } });
    expect(unknownPerm.status).toBe(422);

    const user = await createStaff(t, [created.body.key]);
    expect((await t.request('/api/v1/roles', { headers: bearer(user.accessToken) })).status).toBe(403);
    const patched = await t.request(`/api/v1/roles/${created.body.key}`, { method: 'PATCH', headers: h, json: { permissions: ['network:read', 'roles:read'] } });
    expect(patched.status).toBe(200);
    expect((await t.request('/api/v1/roles', { headers: bearer(user.accessToken) })).status).toBe(200);
    expect((await t.request('/api/v1/roles/admin', { method: 'PATCH', headers: h, json: { permissions: ['network:read'] } })).status).toBe(409);
    expect((await t.request(`/api/v1/roles/${randomUUID()}`, { method: 'PATCH', headers: h, json: { name: 'Nada' } })).status).toBe(404);
  });

  it('no escalation: a user manager without a permission cannot grant it through a role or a user', async () => {
    const admin = await adminSession(t);
    const role = await t.request('/api/v1/roles', { method: 'POST', headers: bearer(admin.accessToken), json: { name: 'RH', permissions: ['users:read', 'users:manage', 'roles:read', 'roles:manage'] } });
    const rh = await createStaff(t, [role.body.key]);
    const grantAdmin = await t.request('/api/v1/users', { method: 'POST', headers: bearer(rh.accessToken), json: { name: 'Y', email: 'y@provedor.test', roles: ['admin'], password: 'Escalada-Nao-2025' } });
    expect(grantAdmin.status).toBe(403);
    expect(grantAdmin.body.type).toMatch(/privilege-escalation$/);
    const sneaky = await t.request('/api/v1/roles', { method: 'POST', headers: bearer(rh.accessToken), json: { name: 'Sneaky', permissions: ['audit:read'] } });
    expect(sneaky.status).toBe(403);
    const promoteSelf = await t.request(`/api/v1/users/${rh.id}`, { method: 'PATCH', headers: bearer(rh.accessToken), json: { roles: ['admin'] } });
    expect(promoteSelf.status).toBe(403);
    const disableAdmin = await t.request(`/api/v1/users/${admin.id}/disable`, { method: 'POST', headers: bearer(rh.accessToken) });
    expect(disableAdmin.status).toBe(403);
  });
});

describe('companies', () => {
  it('the active company comes from X-Company-Id when the user belongs to it; queries filter by it', async () => {
    const admin = await adminSession(t);
    const h = bearer(admin.accessToken);
    const company = await t.request('/api/v1/companies', { method: 'POST', headers: h, json: { name: 'Provedor Filial' } });
    expect(company.status).toBe(201);
    const inB = { ...h, 'x-company-id': company.body.id };
    const mine = await t.request('/api/v1/companies', { headers: inB });
    expect(mine.body.items).toEqual(expect.arrayContaining([{ id: company.body.id, name: 'Provedor Filial', active: true }, { id: DEFAULT_COMPANY_ID, name: 'Meu Provedor', active: false }]));
    expect((await t.request('/api/v1/auth/me', { headers: inB })).body.companyId).toBe(company.body.id);
    expect((await t.request('/api/v1/auth/me', { headers: { ...h, 'x-company-id': 'not-mine' } })).body.companyId).toBe(DEFAULT_COMPANY_ID);

    // users of the default company are invisible from the branch, and vice versa
    const listB = await t.request('/api/v1/users?pageSize=100', { headers: inB });
    expect(listB.body.items.map((u: { id: string }) => u.id)).toEqual([admin.id]);
    const someone = await createStaff(t, ['tecnico']);
    expect((await t.request(`/api/v1/users/${someone.id}`, { headers: inB })).status).toBe(404);
    expect((await t.request(`/api/v1/users/${someone.id}/disable`, { method: 'POST', headers: inB })).status).toBe(404);
    const branchUser = await t.request('/api/v1/users', { method: 'POST', headers: inB, json: { name: 'Filial', email: 'filial@provedor.test', roles: ['tecnico'], password: 'Tecnico-Campo-2025' } });
    expect(branchUser.body.companyIds).toEqual([company.body.id]);
    expect((await t.request(`/api/v1/users/${branchUser.body.id}`, { headers: h })).status).toBe(404);

    // a subscriber account of the default company is not found from the branch
    const sub = await createSubscriber(t);
    expect((await t.request(`/api/v1/subscriber-accounts/${sub.accountId}`, { headers: h })).status).toBe(200);
    expect((await t.request(`/api/v1/subscriber-accounts/${sub.accountId}`, { headers: inB })).status).toBe(404);

    // every event carries the company it was recorded for
    await settle(t);
    const audit = await t.request(`/api/v1/audit?streamId=user-${branchUser.body.id}`, { headers: inB });
    expect(audit.body.items.map((e: { companyId: string }) => e.companyId)).toEqual(expect.arrayContaining([company.body.id]));
    expect((await t.request(`/api/v1/audit?streamId=user-${branchUser.body.id}`, { headers: h })).body.total).toBe(0);
  });
});
