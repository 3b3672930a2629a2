import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPostgres, serverUrl } from '../../../../packages/event-store/src/test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { db } from '../../test-support/auth.js';
import { FirstStart } from './bootstrap/first-start.js';

const servers: TestServer[] = [];
const start = async (env: Record<string, string>) => {
  const s = await startTestServer({ env });
  servers.push(s);
  return s;
};
afterEach(async () => {
  vi.restoreAllMocks();
  while (servers.length) await servers.pop()!.close();
});

const countUsers = async (t: TestServer) => Number((await db(t).query<{ n: string }>('SELECT count(*) AS n FROM identity_users')).rows[0]!.n);

describe('first start', () => {
  it('without NETPROVIDER_ADMIN_PASSWORD prints a generated password once to stdout, never to the log', async () => {
    const out: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      out.push(String(chunk));
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write);
    const t = await start({ NETPROVIDER_ADMIN_EMAIL: 'dono@provedor.test', NETPROVIDER_ADMIN_PASSWORD: '' });
    const banner = out.join('');
    const password = /password: (\S+)/.exec(banner)?.[1];
    expect(banner).toContain('first administrator created');
    expect(banner).toContain('dono@provedor.test');
    expect(password).toBeTruthy();
    expect(t.logs.join('\n')).not.toContain(password!);
    expect(t.logs.join('\n')).toContain('first admin created');
    const login = await t.request('/api/v1/auth/login', { method: 'POST', json: { email: 'dono@provedor.test', password } });
    expect(login.status).toBe(200);
    expect(login.body.mfaEnrollmentRequired).toBe(true);
  });

  it('is idempotent across restarts (one admin, one default company)', async () => {
    if (serverUrl()) {
      // PostgreSQL: a second process starting on the same database while the first runs
      const first = await start({});
      const second = await start({ DATABASE_URL: first.config.DATABASE_URL!, NETPROVIDER_ADMIN_EMAIL: 'outro@provedor.test' });
      expect(await countUsers(second)).toBe(1);
      expect((await db(second).query('SELECT 1 FROM identity_companies')).rowCount).toBe(1);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'np-first-start-'));
    try {
      const first = await startTestServer({ env: { NETPROVIDER_DATA_DIR: dir } });
      expect(await countUsers(first)).toBe(1);
      await first.close();
      const again = await startTestServer({ env: { NETPROVIDER_DATA_DIR: dir, NETPROVIDER_ADMIN_EMAIL: 'outro@provedor.test' } });
      try {
        expect(await countUsers(again)).toBe(1);
        expect((await db(again).query('SELECT 1 FROM identity_companies')).rowCount).toBe(1);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('creates exactly one admin when several starts race on an empty directory', async () => {
    const t = await start({});
    // pretend nobody exists yet (the check reads the read model) and race three bootstraps
    await db(t).query('DELETE FROM identity_users');
    const boot = t.server.app!.get(FirstStart);
    await Promise.all([boot.ensureFirstAdmin(), boot.ensureFirstAdmin(), boot.ensureFirstAdmin(), boot.ensureDefaultCompany(), boot.ensureDefaultCompany()]);
    expect(await countUsers(t)).toBe(1);
    expect((await db(t).query('SELECT 1 FROM identity_companies')).rowCount).toBe(1);
  });

  it('on PostgreSQL, two processes starting together on a fresh database create one admin', async () => {
    if (!serverUrl()) return; // PGlite is single-process
    const pg = await freshPostgres();
    await pg.db.close();
    try {
      const [a, b] = await Promise.all([
        startTestServer({ env: { DATABASE_URL: pg.url! } }),
        startTestServer({ env: { DATABASE_URL: pg.url!, NETPROVIDER_ADMIN_EMAIL: 'concorrente@provedor.test' } }),
      ]);
      try {
        expect(await countUsers(a)).toBe(1);
      } finally {
        await a.close();
        await b.close();
      }
    } finally {
      await pg.drop();
    }
  });
});
