import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { createStaff, createSubscriber, type StaffSession } from '../../test-support/auth.js';

/** Lockout is asserted through the refusals and Retry-After, never through wall-clock waiting. */
let t: TestServer;
let user: StaffSession;
beforeAll(async () => {
  t = await startTestServer({ env: { LOGIN_LOCKOUT_ACCOUNT_THRESHOLD: '3', LOGIN_LOCKOUT_IP_THRESHOLD: '6' } });
  user = await createStaff(t, ['atendente']);
});
afterAll(async () => t?.close());

const attempt = (email: string, password: string, ip: string) =>
  t.request('/api/v1/auth/login', { method: 'POST', json: { email, password }, headers: { 'x-forwarded-for': ip } });

describe('login lockout', () => {
  it('locks an account after the threshold, with a delay that grows on every further attempt, even with the right password', async () => {
    for (let i = 0; i < 2; i++) expect((await attempt(user.email, 'wrong-password!', `10.1.0.${i}`)).status).toBe(401);
    const third = await attempt(user.email, 'wrong-password!', '10.1.0.9');
    expect(third.status).toBe(401); // the failure that reaches the threshold still answers as a failure
    const locked = await attempt(user.email, user.password, '10.1.1.1');
    expect(locked.status).toBe(429);
    expect(locked.body.type).toMatch(/\/login-locked$/);
    const first = Number(locked.headers.get('retry-after'));
    expect(first).toBeGreaterThanOrEqual(30);
    const again = await attempt(user.email, user.password, '10.1.1.2');
    expect(again.status).toBe(429);
    const second = Number(again.headers.get('retry-after'));
    expect(second).toBeGreaterThan(first);
    const third2 = Number((await attempt(user.email, user.password, '10.1.1.3')).headers.get('retry-after'));
    expect(third2).toBeGreaterThan(second);
    expect(third2).toBeLessThanOrEqual(15 * 60);
  });

  it('locks an unknown e-mail exactly like a real one (the answer reveals nothing)', async () => {
    const seq: number[] = [];
    for (let i = 0; i < 4; i++) seq.push((await attempt('ninguem@provedor.test', 'wrong-password!', `10.2.0.${i}`)).status);
    expect(seq).toEqual([401, 401, 401, 429]);
  });

  it('locks an IP that sprays many accounts, without touching other IPs', async () => {
    const ip = '10.3.3.3';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt(`spray${i}@provedor.test`, 'wrong-password!', ip)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    const other = await createStaff(t, ['tecnico']);
    const fromSprayer = await attempt(other.email, other.password, ip);
    expect(fromSprayer.status).toBe(429);
    expect(Number(fromSprayer.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await attempt(other.email, other.password, '10.3.3.4')).status).toBe(200);
  });

  it('locks subscriber logins by document too', async () => {
    const sub = await createSubscriber(t);
    const portal = (password: string, ip: string) => t.request('/api/v1/portal/auth/login', { method: 'POST', json: { document: sub.document, password }, headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 3; i++) expect((await portal('wrong-password!', `10.4.0.${i}`)).status).toBe(401);
    const locked = await portal(sub.password, '10.4.1.1');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBeTruthy();
  });
});
