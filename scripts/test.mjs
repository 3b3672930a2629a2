#!/usr/bin/env node
// `npm test`: the whole suite, on a fresh machine, with no manual step.
// - builds what child-process tests start (backend/dist, the web app);
// - installs the Debian packages tests need when running as root (kcat: a real Kafka-protocol broker;
//   chromium: the web app's browser tests, which fail naming it when it is missing);
// - uses PostgreSQL at 127.0.0.1:5432 and Redis at 127.0.0.1:6379 when they answer, otherwise PGlite and
//   in-memory fallbacks. NETPROVIDER_TEST_DB=postgres|pglite forces the database (CI runs both).
// Extra arguments go to vitest (e.g. `npm test -- packages/event-store`).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const answers = (port) =>
  new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port, timeout: 1500 });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
    s.once('timeout', () => (s.destroy(), resolve(false)));
  });
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function aptInstall(packages) {
  const missing = packages.filter(([cmd]) => !has(cmd)).map(([, pkg]) => pkg);
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    console.warn(`[test] missing ${missing.join(', ')} and not root: tests needing them will fail with a clear message`);
    return;
  }
  console.log(`[test] installing ${missing.join(', ')} from Debian packages`);
  execFileSync('sh', ['-c', `(apt-get install -y -qq ${missing.join(' ')} || (apt-get update -qq && apt-get install -y -qq ${missing.join(' ')})) >/dev/null`], { stdio: 'inherit' });
}

// chromium: the web app's browser tests (frontend/e2e) drive Debian's Chromium through playwright-core
aptInstall([['kcat', 'kcat'], ['chromium', 'chromium']]);
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', env });
// The build type-checks the sources; the specs and test support are checked here (vitest only strips types).
// Skipped when running a selection of files (`npm test -- <paths>`).
if (process.argv.length <= 2) {
  console.log('[test] type-checking the backend specs (backend/tsconfig.specs.json)');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'backend', 'tsconfig.specs.json')], { stdio: 'inherit', env });
}

const mode = env.NETPROVIDER_TEST_DB ?? (env.DATABASE_URL ? 'postgres' : (await answers(5432)) ? 'postgres' : 'pglite');
if (mode === 'postgres') env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
else delete env.DATABASE_URL;
if (!env.REDIS_URL && (await answers(6379))) env.TEST_REDIS_URL = 'redis://127.0.0.1:6379';
console.log(`[test] database: ${mode === 'postgres' ? 'PostgreSQL ' + env.DATABASE_URL : 'PGlite (embedded)'}; redis: ${env.TEST_REDIS_URL ?? env.REDIS_URL ?? 'in-memory'}`);

mkdirSync(join(root, '.tmp'), { recursive: true });
const report = join(root, '.tmp', `vitest-${mode}.json`);
const r = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env, cwd: root },
);
if (existsSync(report)) {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\n${mode}: ${j.numPassedTests} passed, ${j.numFailedTests} failed` + (j.numPendingTests ? `, ${j.numPendingTests} skipped` : ''));
}
process.exit(r.status ?? 1);
