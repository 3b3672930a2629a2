import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EventStore, PGliteDatabase, runMigrations, eventStoreMigrations, type Database } from './index.js';
import { freshPostgres, serverUrl, type TestDatabase } from './test-support/databases.js';

const worker = fileURLToPath(new URL('./test-support/crash-worker.ts', import.meta.url));
const TOTAL = 1500;

/**
 * kill -9 a worker process in the middle of a projection batch, restart it, and check that the exactly-once
 * projection applied every event exactly once. Runs on PostgreSQL when DATABASE_URL is set, otherwise on an
 * on-disk PGlite directory (the worker owns it while it runs, as in embedded mode).
 */
describe('crash safety of an exactly-once projection', () => {
  let target: string;
  let pgTest: TestDatabase | null = null;
  let dir: string | null = null;

  async function open(): Promise<Database> {
    return pgTest ? pgTest.db : PGliteDatabase.open({ dataDir: target });
  }
  async function release(db: Database): Promise<void> {
    if (!pgTest) await db.close();
  }

  beforeAll(async () => {
    if (serverUrl()) {
      pgTest = await freshPostgres();
      target = pgTest.url!;
    } else {
      dir = mkdtempSync(join(tmpdir(), 'np-crash-'));
      target = join(dir, 'pgdata');
    }
    const db = await open();
    await runMigrations(db, [...eventStoreMigrations, { id: 'test/0001_crash', sql: 'CREATE TABLE crash_applied (event_id uuid PRIMARY KEY, n int NOT NULL)' }]);
    const store = new EventStore({ db });
    for (let i = 0; i < TOTAL; i += 100) {
      await store.appendMany(
        Array.from({ length: 100 }, (_, k) => ({ streamId: `crash-${i + k}`, events: [{ type: 'Tick', data: { i: i + k } }] })),
      );
    }
    await release(db);
  });

  afterAll(async () => {
    await pgTest?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** One node process (tsx as a loader, not its CLI, which would fork a grandchild that survives the kill). */
  function startWorker(): Promise<{ child: ChildProcess; count: () => number }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', worker, target], { stdio: ['ignore', 'pipe', 'inherit'] });
      let count = 0;
      child.stdout!.on('data', (b: Buffer) => {
        const text = b.toString();
        for (const m of text.matchAll(/count (\d+)/g)) count = Number(m[1]);
        if (text.includes('started')) resolve({ child, count: () => count });
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL' && signal !== 'SIGTERM') reject(new Error(`worker exited early with ${code}`));
      });
    });
  }

  async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  }

  it('applies every event exactly once across kill -9 and restart', async () => {
    let killedAt = 0;
    for (let round = 1; round <= 3; round++) {
      const w = await startWorker();
      const started = Date.now();
      // wait until the worker is part-way through, then kill it without warning
      while (w.count() < round * 350 + (round * 7) % 50) {
        await new Promise((r) => setTimeout(r, 10));
        if (Date.now() - started > 60_000) throw new Error('worker made no progress');
      }
      await kill(w.child, 'SIGKILL');
      expect(w.count()).toBeGreaterThan(killedAt); // each round resumed from its checkpoint and progressed
      expect(w.count()).toBeLessThan(TOTAL); // and was killed part-way
      killedAt = w.count();
    }
    // last run: let it finish
    const w = await startWorker();
    const started = Date.now();
    while (w.count() < TOTAL) {
      await new Promise((r) => setTimeout(r, 20));
      if (Date.now() - started > 90_000) throw new Error('worker did not finish');
    }
    await kill(w.child, 'SIGTERM');
    const check = await open();
    try {
      const r = await check.query<{ c: string; max: number | null; min: number | null }>(
        'SELECT count(*) AS c, max(n) AS max, min(n) AS min FROM crash_applied',
      );
      expect(Number(r.rows[0]!.c)).toBe(TOTAL);
      expect(r.rows[0]!.max).toBe(1);
      expect(r.rows[0]!.min).toBe(1);
    } finally {
      await release(check);
    }
  }, 180_000);
});
