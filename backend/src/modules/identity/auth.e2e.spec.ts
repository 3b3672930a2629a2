import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT } from 'jose';
import { Authenticator } from '../../platform/auth/principal.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { TEST_ADMIN, adminSession, bearer, createStaff, db, outboxToken, totp } from '../../test-support/auth.js';
import { JwtAuthenticator } from './infrastructure/jwt.authenticator.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => t?.close());

const login = (json: Record<string, unknown>, headers: Record<string, string> = {}) => t.request('/api/v1/auth/login', { method: 'POST', json, headers });

describe('login and the first admin', () => {
  it('wires the JWT authenticator into the global access guard', () => {
    expect(t.server.app!.get(Authenticator)).toBeInstanceOf(JwtAuthenticator);
  });

  it('creates the default company and the first admin once; the admin must enrol MFA before anything else', async () => {
    const users = await db(t).query<{ email: string; roles: string[] }>('SELECT email, roles FROM identity_users');
    expect(users.rows).toEqual([{ email: TEST_ADMIN.email, roles: ['admin'] }]);
    const companies = await db(t).query<{ name: string }>('SELECT name FROM identity_companies');
    expect(companies.rows).toEqual([{ name: 'Meu Provedor' }]);

    const r = await login({ email: TEST_ADMIN.email, password: TEST_ADMIN.password });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, mfaEnrollmentRequired: true });
    const blocked = await t.request('/api/v1/users', { headers: bearer(r.body.accessToken) });
    expect(blocked.status).toBe(403);
    expect(blocked.body.type).toMatch(/\/mfa-enrolment-required$/);
    const me = await t.request('/api/v1/auth/me', { headers: bearer(r.body.accessToken) });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: TEST_ADMIN.email, mfaEnrolmentPending: true, roles: ['admin'] });
  });

  it('answers the same 401 for an unknown e-mail and a wrong password', async () => {
    const unknown = await login({ email: 'nobody@provedor.test', password: 'whatever-password' }, { 'x-forwarded-for': '10.0.0.1' });
    const wrong = await login({ email: TEST_ADMIN.email, password: 'wrong-password-1' }, { 'x-forwarded-for': '10.0.0.2' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.headers.get('content-type')).toMatch(/problem\+json/);
    const strip = (b: Record<string, unknown>) => ({ ...b, instance: undefined });
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
  });

  it('enrols MFA; afterwards login needs a TOTP (401 mfa-required without it) and a recovery code works once', async () => {
    const admin = await adminSession(t);
    expect(admin.recoveryCodes).toHaveLength(10);
    const users = await t.request('/api/v1/users', { headers: bearer(admin.accessToken) });
    expect(users.status).toBe(200);

    const noCode = await login({ email: TEST_ADMIN.email, password: TEST_ADMIN.password });
    expect(noCode.status).toBe(401);
    expect(noCode.body.type).toMatch(/\/mfa-required$/);
    const badCode = await login({ email: TEST_ADMIN.email, password: TEST_ADMIN.password, totp: '000000' }, { 'x-forwarded-for': '10.0.0.3' });
    expect(badCode.status).toBe(401);
    const withCode = await login({ email: TEST_ADMIN.email, password: TEST_ADMIN.password, totp: await totp(admin.totpSecret!, 1) });
    expect(withCode.status).toBe(200);
    expect(withCode.body.mfaEnrollmentRequired).toBe(false);

    const code = admin.recoveryCodes![0]!;
    expect((await login({ email: TEST_ADMIN.email, password: TEST_ADMIN.password, totp: code })).status).toBe(200);
    expect((await login({ email: TEST_ADMIN.email, password: TEST_ADMIN.password, totp: code }, { 'x-forwarded-for': '10.0.0.4' })).status).toBe(401);
  });
});

describe('access tokens', () => {
  it('refuses a tampered signature, an expired token, alg none and another algorithm', async () => {
    const user = await createStaff(t, ['atendente']);
    expect((await t.request('/api/v1/auth/me', { headers: bearer(user.accessToken) })).status).toBe(200);
    const [h, p, s] = user.accessToken.split('.');
    // change the second-to-last character (the last one carries padding bits that may not change the bytes)
    const flipped = s!.slice(0, -2) + (s!.at(-2) === 'A' ? 'B' : 'A') + s!.slice(-1);
    expect((await t.request('/api/v1/auth/me', { headers: bearer(`${h}.${p}.${flipped}`) })).status).toBe(401);
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forgedBody = Buffer.from(JSON.stringify({ ...payload, sub: 'someone-else' })).toString('base64url');
    expect((await t.request('/api/v1/auth/me', { headers: bearer(`${h}.${forgedBody}.${s}`) })).status).toBe(401);

    const key = new Uint8Array(t.config.jwtSecret);
    const expired = await new SignJWT({ sid: payload.sid, knd: 'staff' }).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id)
      .setIssuer('netprovider').setAudience('netprovider:staff').setIssuedAt(Math.floor(Date.now() / 1000) - 3600).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key);
    const expiredRes = await t.request('/api/v1/auth/me', { headers: bearer(expired) });
    expect(expiredRes.status).toBe(401);

    const none = new UnsecuredJWT({ sid: payload.sid, knd: 'staff' }).setSubject(user.id).setIssuer('netprovider').setAudience('netprovider:staff').setExpirationTime('10m').encode();
    expect((await t.request('/api/v1/auth/me', { headers: bearer(none) })).status).toBe(401);
    const hs512 = await new SignJWT({ sid: payload.sid, knd: 'staff' }).setProtectedHeader({ alg: 'HS512' }).setSubject(user.id)
      .setIssuer('netprovider').setAudience('netprovider:staff').setExpirationTime('10m').sign(new Uint8Array(Buffer.concat([t.config.jwtSecret, t.config.jwtSecret])));
    expect((await t.request('/api/v1/auth/me', { headers: bearer(hs512) })).status).toBe(401);
    // a correctly signed token is accepted (the refusals above are about the token, not the session)
    const good = await new SignJWT({ sid: payload.sid, knd: 'staff' }).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id)
      .setIssuer('netprovider').setAudience('netprovider:staff').setIssuedAt().setExpirationTime('10m').sign(key);
    expect((await t.request('/api/v1/auth/me', { headers: bearer(good) })).status).toBe(200);
  });

  it("refuses a disabled user's token at once, and its refresh token", async () => {
    const admin = await adminSession(t);
    const user = await createStaff(t, ['tecnico']);
    const disabled = await t.request(`/api/v1/users/${user.id}/disable`, { method: 'POST', headers: bearer(admin.accessToken) });
    expect(disabled.status).toBe(200);
    expect(disabled.body.status).toBe('disabled');
    expect((await t.request('/api/v1/auth/me', { headers: bearer(user.accessToken) })).status).toBe(401);
    expect((await t.request('/api/v1/auth/refresh', { method: 'POST', json: { refreshToken: user.refreshToken } })).status).toBe(401);
    expect((await login({ email: user.email, password: user.password })).status).toBe(401);
    await t.request(`/api/v1/users/${user.id}/enable`, { method: 'POST', headers: bearer(admin.accessToken) });
    expect((await login({ email: user.email, password: user.password })).status).toBe(200);
  });
});

describe('sessions and refresh tokens', () => {
  it('rotates the refresh token; reusing a rotated one revokes the whole family', async () => {
    const user = await createStaff(t, ['estoquista']);
    const first = await t.request('/api/v1/auth/refresh', { method: 'POST', json: { refreshToken: user.refreshToken } });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(user.refreshToken);
    const second = await t.request('/api/v1/auth/refresh', { method: 'POST', json: { refreshToken: first.body.refreshToken } });
    expect(second.status).toBe(200);

    const reuse = await t.request('/api/v1/auth/refresh', { method: 'POST', json: { refreshToken: user.refreshToken } });
    expect(reuse.status).toBe(401);
    // the family is gone: the newest refresh token and the access tokens of the session no longer work
    expect((await t.request('/api/v1/auth/refresh', { method: 'POST', json: { refreshToken: second.body.refreshToken } })).status).toBe(401);
    expect((await t.request('/api/v1/auth/me', { headers: bearer(second.body.accessToken) })).status).toBe(401);
  });

  it('lists own sessions with device, IP and last use; revokes one; logout ends the current one', async () => {
    const user = await createStaff(t, ['atendente']);
    const other = await login({ email: user.email, password: user.password }, { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0' });
    const list = await t.request('/api/v1/auth/sessions', { headers: bearer(user.accessToken) });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    const firefox = list.body.items.find((s: { device: string }) => s.device === 'Firefox on Windows');
    expect(firefox).toMatchObject({ ip: expect.any(String), lastUsedAt: expect.any(String), current: false });
    expect(list.body.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    const someoneElse = await createStaff(t, ['atendente']);
    expect((await t.request(`/api/v1/auth/sessions/${firefox.id}`, { method: 'DELETE', headers: bearer(someoneElse.accessToken) })).status).toBe(404);
    expect((await t.request(`/api/v1/auth/sessions/${firefox.id}`, { method: 'DELETE', headers: bearer(user.accessToken) })).status).toBe(204);
    expect((await t.request('/api/v1/auth/me', { headers: bearer(other.body.accessToken) })).status).toBe(401);

    expect((await t.request('/api/v1/auth/logout', { method: 'POST', headers: bearer(user.accessToken) })).status).toBe(204);
    expect((await t.request('/api/v1/auth/me', { headers: bearer(user.accessToken) })).status).toBe(401);
    expect((await t.request('/api/v1/auth/refresh', { method: 'POST', json: { refreshToken: user.refreshToken } })).status).toBe(401);
  });
});

describe('password reset and first access', () => {
  it('always answers 202; queues a one-time link for a real user; the link sets a policy-checked password once', async () => {
    const user = await createStaff(t, ['atendente']);
    const unknown = await t.request('/api/v1/auth/password-reset/request', { method: 'POST', json: { email: 'ghost@provedor.test' } });
    const known = await t.request('/api/v1/auth/password-reset/request', { method: 'POST', json: { email: user.email } });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const token = await outboxToken(t, { recipient: user.email, purpose: 'password-reset' });

    const weak = await t.request('/api/v1/auth/password-reset/confirm', { method: 'POST', json: { token, newPassword: 'senha123456' } });
    expect(weak.status).toBe(422);
    expect(weak.body.errors[0]).toMatchObject({ field: 'newPassword' });
    const local = user.email.split('@')[0]!;
    const withEmail = await t.request('/api/v1/auth/password-reset/confirm', { method: 'POST', json: { token, newPassword: `x${local}x` } });
    expect(withEmail.status).toBe(422);

    const ok = await t.request('/api/v1/auth/password-reset/confirm', { method: 'POST', json: { token, newPassword: 'Nova-Senha-Boa-2025' } });
    expect(ok.status).toBe(204);
    expect((await t.request('/api/v1/auth/password-reset/confirm', { method: 'POST', json: { token, newPassword: 'Outra-Senha-Boa-2025' } })).status).toBe(400);
    expect((await t.request('/api/v1/auth/me', { headers: bearer(user.accessToken) })).status).toBe(401); // sessions ended
    expect((await login({ email: user.email, password: 'Nova-Senha-Boa-2025' })).status).toBe(200);
  });

  it('a user created without a password gets a first-access link', async () => {
    const admin = await adminSession(t);
    const email = 'primeiro.acesso@provedor.test';
    const created = await t.request('/api/v1/users', { method: 'POST', headers: bearer(admin.accessToken), json: { name: 'Primeiro Acesso', email, roles: ['gerente'] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email, roles: ['gerente'], status: 'active', firstAccessMessageId: expect.any(String) });
    expect((await login({ email, password: 'anything-at-all' })).status).toBe(401);
    const token = await outboxToken(t, { id: created.body.firstAccessMessageId });
    expect((await t.request('/api/v1/auth/password-reset/confirm', { method: 'POST', json: { token, newPassword: 'Gerente-Chega-2025' } })).status).toBe(204);
    expect((await login({ email, password: 'Gerente-Chega-2025' })).status).toBe(200);
  });
});
