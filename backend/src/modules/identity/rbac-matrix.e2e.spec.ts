import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createStaff, createSubscriber, type StaffSession, type SubscriberSession } from '../../test-support/auth.js';
import { listRoutes, type RouteInfo } from '../../test-support/routes.js';
import { BUILT_IN_ROLES, BUILT_IN_ROLE_NAMES, type BuiltInRoleName } from './domain/permissions.js';

/**
 * The RBAC matrix, generated from the route table: every protected route × every built-in role, plus no
 * token, a subscriber token and a token waiting for MFA enrolment. Expected answers come from the role's
 * permission set: 401 without a token, 403 without the permission, anything but 401/403 with it.
 */
let t: TestServer;
let routes: RouteInfo[];
const staff = new Map<BuiltInRoleName, StaffSession>();
let subscriber: SubscriberSession;
let pendingToken: string;

beforeAll(async () => {
  t = await startTestServer();
  await adminSession(t);
  for (const role of BUILT_IN_ROLE_NAMES) staff.set(role, await createStaff(t, [role]));
  subscriber = await createSubscriber(t);
  const admin = await adminSession(t);
  const email = `pendente.${randomUUID().slice(0, 6)}@provedor.test`;
  await t.request('/api/v1/users', { method: 'POST', headers: bearer(admin.accessToken), json: { name: 'Pendente', email, roles: ['financeiro'], password: 'Financeiro-Pendente-1' } });
  pendingToken = (await t.request('/api/v1/auth/login', { method: 'POST', json: { email, password: 'Financeiro-Pendente-1' } })).body.accessToken;
  // session-ending routes go last so the tokens stay valid for the rest of the matrix
  const ending = (r: RouteInfo) => (r.path === '/api/v1/portal/auth/logout' ? 1 : r.path === '/api/v1/auth/logout' ? 2 : 0);
  routes = listRoutes(t.server.app!).filter((r) => r.access !== 'public').sort((a, b) => ending(a) - ending(b));
});
afterAll(async () => t?.close());

const call = (r: RouteInfo, token?: string) =>
  t.request(r.path.replace(/:[A-Za-z]+/g, randomUUID()), {
    method: r.method,
    headers: token ? bearer(token) : {},
    ...(r.method === 'POST' || r.method === 'PATCH' || r.method === 'PUT' ? { json: {} } : {}),
  });

function allowed(role: BuiltInRoleName, access: string): boolean {
  if (access === 'portal') return false;
  if (access === 'authenticated' || access === 'mfa-enrolment') return true;
  return (BUILT_IN_ROLES[role].permissions as readonly string[]).includes(access);
}

describe('RBAC matrix over every route', () => {
  it('covers the identity routes at least', () => {
    const paths = new Set(routes.map((r) => `${r.method} ${r.path}`));
    for (const p of ['GET /api/v1/users', 'POST /api/v1/users', 'PATCH /api/v1/roles/:id', 'GET /api/v1/audit', 'GET /api/v1/portal/me', 'POST /api/v1/subscriber-accounts']) {
      expect(paths).toContain(p);
    }
  });

  it('answers 401 / 403 / allowed exactly as the role table says', async () => {
    const mismatches: string[] = [];
    for (const r of routes) {
      const label = `${r.method} ${r.path} [${r.access}]`;
      const anonymous = await call(r);
      if (anonymous.status !== 401) mismatches.push(`${label} without token: ${anonymous.status}`);

      // the portal logout would end the shared subscriber session: log in afresh for it
      const subToken = r.path === '/api/v1/portal/auth/logout'
        ? (await t.request('/api/v1/portal/auth/login', { method: 'POST', json: { document: subscriber.document, password: subscriber.password } })).body.accessToken
        : subscriber.accessToken;
      const sub = await call(r, subToken);
      if (r.access === 'portal' ? [401, 403].includes(sub.status) : sub.status !== 403) mismatches.push(`${label} subscriber: ${sub.status}`);

      const pending = await call(r, pendingToken);
      const pendingOk = r.access === 'mfa-enrolment';
      if (pendingOk ? [401, 403].includes(pending.status) : pending.status !== 403) mismatches.push(`${label} mfa-pending: ${pending.status}`);

      for (const role of BUILT_IN_ROLE_NAMES) {
        const res = await call(r, staff.get(role)!.accessToken);
        const expectAllow = allowed(role, r.access!);
        const ok = expectAllow ? ![401, 403].includes(res.status) : res.status === 403;
        if (!ok) mismatches.push(`${label} ${role}: expected ${expectAllow ? 'allowed' : '403'}, got ${res.status} ${res.text.slice(0, 120)}`);
        if (res.status >= 500) mismatches.push(`${label} ${role}: ${res.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
