import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { TEST_ADMIN, bearer, createSubscriber, loginStaff, maskCpf, outboxToken, randomCpf, totp } from '../../test-support/auth.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ env: { LOG_LEVEL: 'trace' } });
});
afterAll(async () => t?.close());

describe('logs', () => {
  it('never contain a password, token, TOTP secret, recovery code or document, across every credential flow', async () => {
    const secrets: string[] = [TEST_ADMIN.password];
    // first admin: login → enrol → verify
    const admin = await loginStaff(t, TEST_ADMIN.email, TEST_ADMIN.password);
    secrets.push(admin.accessToken, admin.refreshToken, admin.totpSecret!, ...admin.recoveryCodes!);
    const login = await t.request('/api/v1/auth/login', { method: 'POST', json: { email: TEST_ADMIN.email, password: TEST_ADMIN.password, totp: await totp(admin.totpSecret!, 1) } });
    secrets.push(login.body.accessToken, login.body.refreshToken);
    const recovery = await t.request('/api/v1/auth/login', { method: 'POST', json: { email: TEST_ADMIN.email, password: TEST_ADMIN.password, totp: admin.recoveryCodes![3] } });
    expect(recovery.status).toBe(200);
    secrets.push(recovery.body.accessToken, recovery.body.refreshToken);
    // wrong credentials
    const wrongPassword = `Errada-${randomUUID()}`;
    secrets.push(wrongPassword);
    await t.request('/api/v1/auth/login', { method: 'POST', json: { email: TEST_ADMIN.email, password: wrongPassword } });
    // refresh and reuse
    const refreshed = await t.request('/api/v1/auth/refresh', { method: 'POST', json: { refreshToken: login.body.refreshToken } });
    secrets.push(refreshed.body.accessToken, refreshed.body.refreshToken);
    await t.request('/api/v1/auth/refresh', { method: 'POST', json: { refreshToken: login.body.refreshToken } });
    // a user with a first-access link, then a reset
    const userPassword = `Primeira-${randomUUID().slice(0, 8)}`;
    const created = await t.request('/api/v1/users', { method: 'POST', headers: bearer(admin.accessToken), json: { name: 'Log Teste', email: 'logteste@provedor.test', roles: ['financeiro'] } });
    const firstToken = await outboxToken(t, { id: created.body.firstAccessMessageId });
    secrets.push(firstToken, userPassword);
    await t.request('/api/v1/auth/password-reset/confirm', { method: 'POST', json: { token: firstToken, newPassword: userPassword } });
    const fin = await loginStaff(t, 'logteste@provedor.test', userPassword);
    secrets.push(fin.accessToken, fin.refreshToken, fin.totpSecret!, ...fin.recoveryCodes!);
    await t.request('/api/v1/auth/password-reset/request', { method: 'POST', json: { email: 'logteste@provedor.test' } });
    const resetToken = await outboxToken(t, { recipient: 'logteste@provedor.test', purpose: 'password-reset' });
    const newPassword = `Renovada-${randomUUID().slice(0, 8)}`;
    secrets.push(resetToken, newPassword);
    await t.request('/api/v1/auth/password-reset/confirm', { method: 'POST', json: { token: resetToken, newPassword: 'short' } });
    expect((await t.request('/api/v1/auth/password-reset/confirm', { method: 'POST', json: { token: resetToken, newPassword } })).status).toBe(204);
    // subscriber invite, first access, login with a masked CPF
    const document = randomCpf();
    const sub = await createSubscriber(t, { staffToken: admin.accessToken, document });
    const subLogin = await t.request('/api/v1/portal/auth/login', { method: 'POST', json: { document: maskCpf(document), password: sub.password } });
    secrets.push(document, maskCpf(document), sub.password, sub.accessToken, sub.refreshToken, subLogin.body.accessToken);
    const inviteTokens = await t.server.app!.get<import('@netprovider/event-store').Database>((await import('../../platform/database/tokens.js')).DATABASE)
      .query<{ token: string }>(`SELECT token FROM identity_outbox_messages WHERE purpose = 'subscriber-invite'`);
    secrets.push(...inviteTokens.rows.map((r) => r.token));

    const logs = t.logs.join('\n');
    expect(logs).toContain('mail message queued'); // the flows did log
    expect(logs).toContain('staff login');
    for (const s of secrets) {
      expect(s.length).toBeGreaterThan(5);
      expect(logs.includes(s), `a secret reached the logs: ${s.slice(0, 4)}…`).toBe(false);
    }
  });
});
