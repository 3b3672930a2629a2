import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { expressRoutes, listRoutes } from '../../test-support/routes.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ role: 'api' });
});
afterAll(async () => t?.close());

describe('deny by default', () => {
  it('every route of the whole application declares its access rule', () => {
    const routes = listRoutes(t.server.app!);
    expect(routes.length).toBeGreaterThan(20);
    const undeclared = routes.filter((r) => !r.access).map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`);
    expect(undeclared, 'routes without @RequirePermission/@Public').toEqual([]);
  });

  it('the enumeration sees every route Express actually serves', () => {
    const declared = new Set(listRoutes(t.server.app!).map((r) => `${r.method} ${r.path}`));
    // the OpenAPI document and Swagger UI (/api/docs*) are mounted by SwaggerModule, public by design
    const served = expressRoutes(t.server.app!).filter((r) => !/^GET \/api\/docs/.test(r));
    expect(served.length).toBeGreaterThan(20);
    expect(served.filter((r) => !declared.has(r))).toEqual([]);
  });

  it('only portal routes accept the portal rule, and portal routes live under /api/v1/portal', () => {
    for (const r of listRoutes(t.server.app!)) {
      if (r.access === 'portal') expect(r.path, `${r.method} ${r.path}`).toMatch(/^\/api\/v1\/portal\//);
      if (r.path.startsWith('/api/v1/portal/') && r.access !== 'public') expect(r.access, `${r.method} ${r.path}`).toBe('portal');
    }
  });
});
