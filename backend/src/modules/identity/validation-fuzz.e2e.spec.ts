import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createSubscriber } from '../../test-support/auth.js';
import { listRoutes } from '../../test-support/routes.js';
import { IdentityModule } from './identity.module.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => t?.close());

/** Bodies no endpoint accepts: wrong JSON types, wrong field types, junk, malformed JSON. */
const BAD_BODIES: Array<string> = [
  '[]', '"text"', '42', 'null', '{', '{"a":',
  JSON.stringify({ email: 123, password: ['x'], totp: {}, token: 7, newPassword: null, refreshToken: false, code: 'abc' }),
  JSON.stringify({ name: '', roles: 'admin', permissions: [1, 2], companyIds: {}, customerId: 'not-a-uuid', document: 'abc', mfaRequired: 'yes' }),
  JSON.stringify({ name: 'x'.repeat(5000), email: 'not-an-email', document: '0'.repeat(40), password: 'x'.repeat(2000) }),
  JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: { x: 1 } } }),
];

describe('every POST/PATCH endpoint with a body answers a bad body with a problem, never a 5xx', () => {
  it('fuzzes each route: identity routes answer 400/422; routes of other modules at least never 5xx and always problem+json', async () => {
    const identityControllers = new Set((Reflect.getMetadata('controllers', IdentityModule) as Array<{ name: string }>).map((c) => c.name));
    const admin = await adminSession(t);
    const sub = await createSubscriber(t);
    const routes = listRoutes(t.server.app!).filter((r) => (r.method === 'POST' || r.method === 'PATCH') && r.hasBodySchema);
    expect(routes.filter((r) => identityControllers.has(r.controller)).length).toBeGreaterThanOrEqual(14);
    const failures: string[] = [];
    for (const r of routes) {
      const token = r.access === 'portal' ? sub.accessToken : r.access === 'public' ? null : admin.accessToken;
      for (const body of BAD_BODIES) {
        const res = await t.request(r.path.replace(/:[A-Za-z]+/g, randomUUID()), {
          method: r.method,
          headers: { 'content-type': 'application/json', ...(token ? bearer(token) : {}) },
          body,
        });
        const problem = /application\/problem\+json/.test(res.headers.get('content-type') ?? '');
        // another module's schema may legitimately accept a body made of unknown or optional fields (then a
        // random id is a 404); identity's schemas accept none of these bodies
        const ok = identityControllers.has(r.controller) ? [400, 422].includes(res.status) && problem : res.status < 500 && (res.status < 400 || problem);
        if (!ok) failures.push(`${r.method} ${r.path} ${body.slice(0, 40)} → ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('POST/PATCH routes without a body schema ignore a junk body without failing', async () => {
    const admin = await adminSession(t);
    const routes = listRoutes(t.server.app!).filter((r) => (r.method === 'POST' || r.method === 'PATCH') && !r.hasBodySchema && !/logout$/.test(r.path) && r.access !== 'portal');
    for (const r of routes) {
      const res = await t.request(r.path.replace(/:[A-Za-z]+/g, randomUUID()), { method: r.method, headers: bearer(admin.accessToken), json: { junk: [1, { a: null }] } });
      expect(res.status, `${r.method} ${r.path}`).toBeLessThan(500);
    }
  });
});
