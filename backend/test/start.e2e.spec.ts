import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGliteDatabase } from '@netprovider/event-store';

/**
 * The real entry point (backend/dist/main.js, built by `npm test` / `npm start`) as a user runs it: one
 * process, embedded PGlite in a data dir, web app mounted. Always embedded here: that is the default a
 * user gets from `npm start`.
 */
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...extra };
  return env;
}

async function start(dataDir: string, port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [main], { env: baseEnv({ NETPROVIDER_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' }), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (b) => (out += b));
  child.stderr!.on('data', (b) => (out += b));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${out}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status === 200, () => false);
    if (ok) return { child, output: () => out };
    if (Date.now() > deadline) throw new Error(`no health within 60 s: ${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function interrupt(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGINT');
  return exited;
}

describe('the one-process start', () => {
  it('refuses a bad setting with one line naming the variable and a non-zero exit', () => {
    expect(existsSync(main), 'backend/dist/main.js missing: run `node scripts/build.mjs`').toBe(true);
    const r = spawnSync(process.execPath, [main], { env: baseEnv({ PORT: 'abc' }), encoding: 'utf8', timeout: 30_000 });
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT/);
    const bad = spawnSync(process.execPath, [main], { env: baseEnv({ DATABASE_URL: 'mysql://x' }), encoding: 'utf8', timeout: 30_000 });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim()).toMatch(/^invalid configuration: DATABASE_URL/);
  });

  it('serves API, docs, back office and customer area; Ctrl-C exits 0; a restart keeps the data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-start-'));
    dirs.push(dir);
    const port = 3900 + Math.floor(Math.random() * 500);
    const first = await start(dir, port);
    for (const path of ['/api/health', '/api/ready', '/api/docs', '/api/docs/openapi.json', '/', '/cliente']) {
      const r = await fetch(`http://127.0.0.1:${port}${path}`);
      expect(r.status, path).toBe(200);
    }
    const html = await (await fetch(`http://127.0.0.1:${port}/cliente`)).text();
    expect(html).toContain('Área do cliente');
    expect(await interrupt(first.child)).toBe(0);

    // the data written by the first run (migrations, secrets) is there and reused; nothing re-applied
    const db = await PGliteDatabase.open({ dataDir: join(dir, 'pgdata') });
    const applied = (await db.query<{ c: string }>('SELECT count(*) AS c FROM schema_migrations')).rows[0]!.c;
    await db.query(`INSERT INTO es_streams (stream_id, stream_type, version) VALUES ('probe-restart', 'probe', 1)`);
    await db.close();
    expect(Number(applied)).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'secrets.json'))).toBe(true);

    const second = await start(dir, port);
    expect((await fetch(`http://127.0.0.1:${port}/api/ready`)).status).toBe(200);
    expect(await interrupt(second.child)).toBe(0);
    const again = await PGliteDatabase.open({ dataDir: join(dir, 'pgdata') });
    const rows = await again.query('SELECT stream_id FROM es_streams WHERE stream_id = $1', ['probe-restart']);
    const appliedAfter = (await again.query<{ c: string }>('SELECT count(*) AS c FROM schema_migrations')).rows[0]!.c;
    await again.close();
    expect(rows.rows).toHaveLength(1);
    expect(appliedAfter).toBe(applied);
  }, 180_000);
});
