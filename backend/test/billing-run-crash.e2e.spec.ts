import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { PGliteDatabase, PostgresDatabase, type Database } from '@netprovider/event-store';
import { freshPostgres, serverUrl } from '../../packages/event-store/src/test-support/databases.js';
import { bearer, loginStaff } from '../src/test-support/auth.js';
import { TEST_ADMIN } from '../src/test-support/test-admin.js';
import type { TestServer } from '../src/test-support/test-server.js';

/**
 * A billing run killed with SIGKILL in the middle of issuance, three times, then resumed by a restart:
 * every contract ends with exactly one invoice, invoice numbers and nosso números have no gap and no
 * repeat, and the run's counters match. Runs the real entry point (backend/dist/main.js) on PostgreSQL when
 * DATABASE_URL is set, else on an on-disk PGlite directory.
 */
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const CONTRACTS = 2400;
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

interface Target { env: Record<string, string>; open(): Promise<Database> }

async function target(): Promise<Target> {
  if (serverUrl()) {
    const pg = await freshPostgres();
    await pg.db.close();
    cleanups.push(() => pg.drop());
    return { env: { DATABASE_URL: pg.url! }, open: async () => new PostgresDatabase({ connectionString: pg.url!, max: 2 }) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'np-billing-crash-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return { env: { NETPROVIDER_DATA_DIR: dir }, open: () => PGliteDatabase.open({ dataDir: join(dir, 'pgdata') }) };
}

/** A port the kernel just handed out (a random pick in 20000–40000 once collided with an ephemeral client port). */
const freePort = () => new Promise<number>((resolve, reject) => {
  const srv = createServer();
  srv.once('error', reject);
  srv.listen(0, '127.0.0.1', () => {
    const { port } = srv.address() as AddressInfo;
    srv.close(() => resolve(port));
  });
});

/** Starts the server on a free port; a port taken between the pick and the listen is retried on another. */
async function start(t: Target): Promise<{ child: ChildProcess; api: TestServer; output: () => string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOn(t, await freePort());
    } catch (err) {
      if (attempt >= 5 || !/EADDRINUSE/.test((err as Error).message)) throw err;
    }
  }
}

async function startOn(t: Target, port: number): Promise<{ child: ChildProcess; api: TestServer; output: () => string }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', NETPROVIDER_WEB: 'off',
    NETPROVIDER_MASTER_KEY: 'cd'.repeat(32), JWT_SECRET: 'crash-test-secret-crash-test-secret-123', RATE_LIMIT_PER_MINUTE: '100000',
    NETPROVIDER_ADMIN_EMAIL: TEST_ADMIN.email, NETPROVIDER_ADMIN_PASSWORD: TEST_ADMIN.password, BILLING_RUN_BATCH_SIZE: '40', ...t.env,
  };
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (b) => (out += b));
  child.stderr!.on('data', (b) => (out += b));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${out}`);
    if (await fetch(`${base}/api/health`).then((r) => r.status === 200, () => false)) break;
    if (i > 600) throw new Error(`no health: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const api = {
    async request(path: string, init: RequestInit & { json?: unknown } = {}) {
      const headers = new Headers(init.headers);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(init.json);
      }
      const res = await fetch(base + path, { ...init, headers, body });
      const text = await res.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = null;
      }
      return { status: res.status, headers: res.headers, body: parsed as any, text };
    },
  } as unknown as TestServer;
  return { child, api, output: () => out };
}

const stop = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

describe('billing run crash safety', () => {
  it('kill -9 during issuance, three times: each contract gets exactly one invoice, numbers gap-free', async () => {
    expect(existsSync(main), 'backend/dist/main.js missing: run `node scripts/build.mjs`').toBe(true);
    const t = await target();

    // 1. First start (migrations, admin), a collection account, then stop to seed the contracts billing knows.
    let s = await start(t);
    const admin = await loginStaff(s.api, TEST_ADMIN.email, TEST_ADMIN.password, ['admin']);
    const acc = await s.api.request('/api/v1/billing/collection-accounts', { method: 'POST', headers: bearer(admin.accessToken), json: { bankCode: '756', agency: '4133', account: '1234567', agreement: '1234567' } });
    expect(acc.status, acc.text).toBe(201);
    const companyId = (await s.api.request('/api/v1/auth/me', { headers: bearer(admin.accessToken) })).body.companyId as string;
    await stop(s.child, 'SIGINT');
    let db = await t.open();
    const rows = Array.from({ length: CONTRACTS }, (_, i) => ({
      contract_id: randomUUID(), company_id: companyId, customer_id: randomUUID(), status: 'active', due_day: 1 + (i % 28), billing_starts_on: '2026-01-01',
      plan_name: 'Internet 300 Mbps', price_cents: 5000 + (i % 50) * 100, updated_at: new Date().toISOString(),
    }));
    await db.query(
      `INSERT INTO billing_contracts (contract_id, company_id, customer_id, status, due_day, billing_starts_on, plan_name, price_cents, updated_at)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(contract_id text, company_id text, customer_id text, status text, due_day int, billing_starts_on date, plan_name text, price_cents bigint, updated_at timestamptz)`,
      [JSON.stringify(rows)],
    );
    await db.close();

    // 2. Preview and approve.
    s = await start(t);
    // The access token survives restarts (same signing secret); the session stays valid.
    const auth = () => bearer(admin.accessToken);
    const run = await s.api.request('/api/v1/billing/runs', { method: 'POST', headers: auth(), json: { competence: '2027-03' } });
    expect(run.status, run.text).toBe(202);
    const runId = run.body.id as string;
    const status = async () => {
      try {
        return (await s.api.request(`/api/v1/billing/runs/${runId}?pageSize=1`, { headers: auth() })).body;
      } catch (err) {
        throw new Error(`${(err as Error).message}; server exit ${s.child.exitCode}; output:\n${s.output().slice(-3000)}`);
      }
    };
    for (let i = 0; (await status()).status === 'previewing'; i++) {
      if (i > 1200) throw new Error('preview never finished');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await status()).toMatchObject({ status: 'awaiting_approval', total: CONTRACTS });
    expect((await s.api.request(`/api/v1/billing/runs/${runId}/approve`, { method: 'POST', headers: auth() })).status).toBe(202);

    // 3. Kill -9 at three points of progress, restarting each time.
    const kills: number[] = [];
    for (const fraction of [0.1, 0.3, 0.5]) {
      let before = 0;
      for (let i = 0; ; i++) {
        const st = await status();
        if (st.status === 'completed') throw new Error(`run finished before the kill at ${fraction}: too fast to test, raise CONTRACTS`);
        if (st.done >= CONTRACTS * fraction) {
          before = st.done;
          break;
        }
        if (i > 3000) throw new Error(`no progress: ${JSON.stringify(st)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      await stop(s.child, 'SIGKILL');
      kills.push(before);
      s = await start(t); // resumes the run on its own (the reactor re-reads BillingRunApproved)
    }
    for (let i = 0; (await status()).status !== 'completed'; i++) {
      if (i > 3000) throw new Error(`run never completed: ${JSON.stringify(await status())}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await status()).toMatchObject({ status: 'completed', total: CONTRACTS, done: CONTRACTS, failed: 0 });
    expect(kills.every((k) => k > 0 && k < CONTRACTS)).toBe(true);
    await stop(s.child, 'SIGINT');

    // 4. The database: one invoice per contract, one InvoiceIssued per stream, numbers and nosso números gap-free.
    db = await t.open();
    try {
      const inv = await db.query<{ n: string; contracts: string; min_n: string; max_n: string; nn: string; min_nn: string; max_nn: string }>(
        `SELECT count(*) AS n, count(DISTINCT contract_id) AS contracts, min(number) AS min_n, max(number) AS max_n,
                count(DISTINCT nosso_numero) AS nn, min(nosso_numero::bigint) AS min_nn, max(nosso_numero::bigint) AS max_nn
           FROM billing_invoices WHERE company_id = $1`,
        [companyId],
      );
      const r = inv.rows[0]!;
      expect(Number(r.n)).toBe(CONTRACTS);
      expect(Number(r.contracts)).toBe(CONTRACTS);
      expect(Number(r.max_n) - Number(r.min_n) + 1).toBe(CONTRACTS);
      expect(Number(r.nn)).toBe(CONTRACTS);
      expect(Number(r.max_nn) - Number(r.min_nn) + 1).toBe(CONTRACTS);
      const issued = await db.query<{ streams: string; events: string }>(`SELECT count(DISTINCT stream_id) AS streams, count(*) AS events FROM es_events WHERE type = 'InvoiceIssued'`);
      expect(Number(issued.rows[0]!.streams)).toBe(CONTRACTS);
      expect(Number(issued.rows[0]!.events)).toBe(CONTRACTS);
      const seq = await db.query<{ next_nosso_numero: string }>('SELECT next_nosso_numero FROM billing_collection_accounts WHERE company_id = $1', [companyId]);
      expect(Number(seq.rows[0]!.next_nosso_numero)).toBe(Number(r.max_nn) + 1);
    } finally {
      await db.close();
    }
  }, 600_000);
});
