import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { TEST_ADMIN } from '../../test-support/test-admin.js';
import { db } from '../../test-support/auth.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => t?.close());

describe('Idempotency-Key on routes that answer with credentials', () => {
  it('never stores a login answer (tokens) in the idempotency table; each call runs', async () => {
    const headers = { 'idempotency-key': 'login-retry-0001' };
    const first = await t.request('/api/v1/auth/login', { method: 'POST', json: TEST_ADMIN, headers });
    const second = await t.request('/api/v1/auth/login', { method: 'POST', json: TEST_ADMIN, headers });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken); // a new session, not a replay
    const stored = await db(t).query("SELECT response::text AS r FROM http_idempotency WHERE key = 'login-retry-0001'");
    expect(stored.rows).toHaveLength(0);
    const anywhere = await db(t).query<{ r: string }>('SELECT coalesce(response::text, \'\') AS r FROM http_idempotency');
    for (const row of anywhere.rows) expect(row.r).not.toContain(first.body.refreshToken);
  });
});
