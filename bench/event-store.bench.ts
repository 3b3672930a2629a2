/**
 * Event-store benchmarks: our store (packages/event-store, from source) vs Emmett's PostgreSQL event store vs
 * the raw database floor, on a PostgreSQL server and on in-memory PGlite.
 *
 *   npx tsx bench/event-store.bench.ts           # or: node bench/run.mjs event-store
 *   BENCH_QUICK=1 npx tsx bench/event-store.bench.ts   # ~10× smaller counts, for a smoke run
 *   BENCH_DATABASE_URL=postgres://user@host:5432/postgres  (default: local trust postgres)
 *
 * Every case runs in its own Node process (bench/lib/event-store-cases.ts): clean heap for peak RSS, and
 * Emmett's global pg type parsers cannot leak into our store's runs. All PostgreSQL cases share one fresh
 * database `np_bench_<ts>`, dropped at the end. Output: markdown on stdout + "## Event store" in docs/benchmarks.md.
 */
import { join } from 'node:path';
import { PostgresDatabase, eventStoreMigrations, runMigrations } from '../packages/event-store/src/index.js';
import { BENCH_DIR, createBenchDatabase, fmt, machineInfo, markdownTable, packageVersion, ratio, runChild, writeDocSection } from './lib/common.js';

const CASES = join(BENCH_DIR, 'lib', 'event-store-cases.ts');
const BASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const quick = process.env.BENCH_QUICK === '1';
const q = (n: number) => (quick ? Math.max(100, Math.round(n / 10)) : n);

const CFG = {
  appendWarmup: q(500),
  appendCount: { 1: q(5_000), 8: q(20_000) } as Record<number, number>,
  batchStreams: q(100_000),
  catchUpBatch: 1000, // ProjectionProcessor's default batchSize
  pglite: { appendCount: q(2_000), appendWarmup: q(200), batchStreams: q(50_000), logSize: q(50_000) },
};

const log = (msg: string) => process.stderr.write(`[event-store bench] ${msg}\n`);
const started = Date.now();

interface Rate { opsPerSec?: number; eventsPerSec?: number; ms: number; count: number }
interface BatchRes extends Rate { rssBeforeMb: number; peakRssMb: number }
interface CatchRes extends Rate { logSize: number; readModelRows?: number }
const rate = (r: Rate | undefined) => (r ? (r.opsPerSec ?? r.eventsPerSec ?? null) : null);

async function main() {
  const machine = machineInfo();
  const benchDb = await createBenchDatabase(BASE_URL, ['fsync', 'synchronous_commit', 'shared_buffers', 'max_parallel_workers_per_gather']);
  const { name: name, url: dbUrl, pgVersion, pgSettings } = benchDb;
  log(`database ${name} (PostgreSQL ${pgVersion}); machine ${machine.nproc} cores, load ${machine.loadavg}`);

  const R: Record<string, any> = {};
  try {
    const setup = new PostgresDatabase({ connectionString: dbUrl, max: 2 });
    await runMigrations(setup, eventStoreMigrations);
    await setup.exec(`CREATE TABLE raw_events (LIKE es_events INCLUDING ALL);
      CREATE TABLE rm_subscribers (stream_id text PRIMARY KEY, plan text, city text, last_position bigint NOT NULL, events integer NOT NULL)`);

    // (a) single-event appends, 1 and 8 writers
    for (const writers of [1, 8]) {
      // the no-notify diagnostic only where it matters (concurrent commits), to keep the run short
      for (const impl of writers === 8 ? ['raw', 'ours', 'emmett', 'ours-no-notify'] : ['raw', 'ours', 'emmett']) {
        const count = CFG.appendCount[writers]!;
        log(`(a) PostgreSQL ${impl}, ${writers} writer(s), ${count} appends`);
        R[`pg-a-${impl}-${writers}`] = await runChild<Rate>(CASES, {
          case: 'pg-append', impl, writers, count, warmup: CFG.appendWarmup, tag: `a${writers}${impl}-`, url: dbUrl,
        });
        log(`    ${fmt(rate(R[`pg-a-${impl}-${writers}`]))} appends/s`);
      }
    }
    // (b) one batch of N streams x 1 event
    for (const impl of ['raw-insert', 'ours', 'raw-copy']) {
      log(`(b) PostgreSQL ${impl}, ${CFG.batchStreams} streams`);
      R[`pg-b-${impl}`] = await runChild<BatchRes>(CASES, { case: 'pg-batch', impl, n: CFG.batchStreams, tag: `b${impl}-`, url: dbUrl });
      log(`    ${fmt(rate(R[`pg-b-${impl}`]))} events/s`);
    }
    // (c) catch-up over everything appended above (same starting state for every reader)
    await setup.exec('VACUUM (ANALYZE) es_events');
    await setup.close();
    for (const impl of ['raw-scan', 'ours', 'ours-fixed-order']) {
      log(`(c) PostgreSQL catch-up ${impl}`);
      R[`pg-c-${impl}`] = await runChild<CatchRes>(CASES, { case: 'pg-catchup', impl, batchSize: CFG.catchUpBatch, tag: impl, url: dbUrl });
      log(`    ${fmt(rate(R[`pg-c-${impl}`]))} events/s (${R[`pg-c-${impl}`].count} of ${R[`pg-c-${impl}`].logSize})`);
    }
  } finally {
    await benchDb.drop(log);
  }

  // (d) PGlite, in memory (one connection: 1 writer)
  for (const impl of ['raw-insert', 'ours']) {
    log(`(d) PGlite batch ${impl}, ${CFG.pglite.batchStreams} streams`);
    R[`lite-b-${impl}`] = await runChild<BatchRes>(CASES, { case: 'pglite-batch', impl, n: CFG.pglite.batchStreams, tag: 'b-' });
    log(`    ${fmt(rate(R[`lite-b-${impl}`]))} events/s`);
  }
  log(`(d) PGlite appends + catch-up`);
  const lite = await runChild<Record<string, any>>(CASES, {
    case: 'pglite-suite', appendCount: CFG.pglite.appendCount, warmup: CFG.pglite.appendWarmup, logSize: CFG.pglite.logSize,
    batchSize: CFG.catchUpBatch,
  });

  report({ machine, pgVersion, pgSettings, R, lite });
}

function report({ machine, pgVersion, pgSettings, R, lite }: { machine: ReturnType<typeof machineInfo>; pgVersion: string; pgSettings: Record<string, string>; R: Record<string, any>; lite: Record<string, any> }) {
  const row = (scenario: string, unit: string, ours: Rate | undefined, emmett: Rate | 'n/a' | undefined, raw: Rate | undefined, note = '') => {
    const o = rate(ours), e = emmett === 'n/a' ? null : rate(emmett), r = rate(raw);
    return [scenario, unit, fmt(o), emmett === 'n/a' ? 'n/a' : fmt(e), fmt(r), e ? ratio(o, e) : 'n/a', r ? `${((o! / r) * 100).toFixed(0)} %` : 'n/a', note];
  };
  const cu = R['pg-c-ours'] as CatchRes, cuLite = lite['catchup-ours'] as CatchRes;
  const skipped = (c: CatchRes) => (c.count < c.logSize ? `processed ${fmt(c.count)} of ${fmt(c.logSize)} events (${fmt(c.logSize - c.count)} skipped, see notes)` : `all ${fmt(c.logSize)} events`);
  const main = markdownTable(
    ['Scenario', 'Unit', 'Ours', 'Emmett 0.42', 'Raw floor', 'Ours ÷ Emmett', 'Ours ÷ raw', 'Notes'],
    [
      row(`(a) PG append, 1 writer (${fmt(CFG.appendCount[1])})`, 'appends/s', R['pg-a-ours-1'], R['pg-a-emmett-1'], R['pg-a-raw-1'], 'raw = autocommit single-row INSERT'),
      row(`(a) PG append, 8 writers (${fmt(CFG.appendCount[8])})`, 'appends/s', R['pg-a-ours-8'], R['pg-a-emmett-8'], R['pg-a-raw-8'], '8 async loops, pool of 10'),
      row(`(b) PG appendMany ${fmt(CFG.batchStreams)} streams × 1 event`, 'events/s', R['pg-b-ours'], 'n/a', R['pg-b-raw-insert'], 'Emmett: no multi-stream append API; raw = 5,000-row INSERTs, 1 tx'),
      row(`(c) PG catch-up, projection batch ${CFG.catchUpBatch}`, 'events/s', cu, 'n/a', R['pg-c-raw-scan'], `raw = keyset SELECT … ORDER BY; ours ${skipped(cu)}`),
      row(`(d-a) PGlite append, 1 writer (${fmt(CFG.pglite.appendCount)})`, 'appends/s', lite['append-ours'], 'n/a', lite['append-raw'], 'Emmett 0.42 has no PGlite driver'),
      row(`(d-b) PGlite appendMany ${fmt(CFG.pglite.batchStreams)} streams`, 'events/s', R['lite-b-ours'], 'n/a', R['lite-b-raw-insert'], 'Emmett: n/a'),
      row(`(d-c) PGlite catch-up, batch ${CFG.catchUpBatch}`, 'events/s', cuLite, 'n/a', lite['catchup-raw-scan'], `ours ${skipped(cuLite)}`),
    ],
  );
  const rss = (r: BatchRes | undefined) => (r ? `${fmt(r.peakRssMb)} MB (${fmt(r.rssBeforeMb)} MB before the call, +${fmt(r.peakRssMb - r.rssBeforeMb)} MB)` : 'n/a');
  const mem = markdownTable(
    ['(b) batch', 'Ours appendMany', 'Raw multi-row INSERT', 'Raw COPY'],
    [
      [`PostgreSQL, ${fmt(CFG.batchStreams)} events`, rss(R['pg-b-ours']), rss(R['pg-b-raw-insert']), rss(R['pg-b-raw-copy'])],
      [`PGlite, ${fmt(CFG.pglite.batchStreams)} events (RSS includes the in-process database)`, rss(R['lite-b-ours']), rss(R['lite-b-raw-insert']), 'n/a (no COPY in driver)'],
    ],
  );
  const diag = markdownTable(
    ['Diagnostic (not the store as shipped)', 'Result', 'Compare with'],
    [
      [`(a) PG 8 writers, ours with the per-append \`SELECT pg_notify\` dropped`, `${fmt(rate(R['pg-a-ours-no-notify-8']))} appends/s`, `ours ${fmt(rate(R['pg-a-ours-8']))}, Emmett ${fmt(rate(R['pg-a-emmett-8']))}`],
      [`(b) PG raw COPY of the same ${fmt(CFG.batchStreams)} rows (driver's copyRows)`, `${fmt(rate(R['pg-b-raw-copy']))} events/s`, `ours ${fmt(rate(R['pg-b-ours']))}, raw INSERT ${fmt(rate(R['pg-b-raw-insert']))}`],
      [`(c) PG catch-up, ours with the bench's unprepared copy of readAll`, `${fmt(rate(R['pg-c-ours-fixed-order']))} events/s, ${skipped(R['pg-c-ours-fixed-order'])}`, `ours ${fmt(rate(cu))}, raw ${fmt(rate(R['pg-c-raw-scan']))}`],
      [`(d-c) PGlite catch-up, same copy`, `${fmt(rate(lite['catchup-ours-fixed-order']))} events/s, ${skipped(lite['catchup-ours-fixed-order'])}`, `ours ${fmt(rate(cuLite))}, raw ${fmt(rate(lite['catchup-raw-scan']))}`],
    ],
  );

  const t1 = rate(R['pg-a-ours-8'])! / rate(R['pg-a-emmett-8'])!;
  const t2 = rate(R['pg-b-ours'])! / rate(R['pg-b-raw-insert'])!;
  const t3 = rate(cu)!;
  const verdict = (ok: boolean) => (ok ? '**met**' : '**NOT met**');
  const targets = markdownTable(
    ['Target', 'Measured', 'Verdict'],
    [
      ['(a) ≥ 2× Emmett with 8 writers (PostgreSQL)', `${t1.toFixed(2)}× (${fmt(rate(R['pg-a-ours-8']))} vs ${fmt(rate(R['pg-a-emmett-8']))} appends/s)`, `${verdict(t1 >= 2)} — ${t1 >= 2 ? `${((t1 / 2 - 1) * 100).toFixed(0)} % above` : `${((1 - t1 / 2) * 100).toFixed(0)} % short`}`],
      ['(b) batch append ≥ 50 % of raw INSERT rate (PostgreSQL)', `${(t2 * 100).toFixed(0)} % (${fmt(rate(R['pg-b-ours']))} vs ${fmt(rate(R['pg-b-raw-insert']))} events/s)`, `${verdict(t2 >= 0.5)} — ${t2 >= 0.5 ? `${((t2 / 0.5 - 1) * 100).toFixed(0)} % above` : `${((1 - t2 / 0.5) * 100).toFixed(0)} % short`}`],
      ['(c) catch-up ≥ 50,000 events/s (PostgreSQL)', `${fmt(t3)} events/s${cu.count < cu.logSize ? ` (and ${fmt(cu.logSize - cu.count)} events skipped)` : ''}`, `${verdict(t3 >= 50_000 && cu.count >= cu.logSize)} — ${t3 >= 50_000 ? `${((t3 / 50_000 - 1) * 100).toFixed(0)} % above` : `${((1 - t3 / 50_000) * 100).toFixed(0)} % short`}`],
    ],
  );

  const env = [
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; bench wall time ${((Date.now() - started) / 1000).toFixed(0)} s${quick ? ' (BENCH_QUICK=1: counts ÷ 10)' : ''}`,
    `- Machine: ${machine.cpu}, ${machine.nproc} cores (nproc), ${machine.memory} RAM; load average at start ${machine.loadavg} (shared machine: other jobs were running, expect noise)`,
    `- Node ${machine.node}; PostgreSQL ${pgVersion} on 127.0.0.1 (fsync=${pgSettings.fsync}, synchronous_commit=${pgSettings.synchronous_commit}, shared_buffers=${Math.round(Number(pgSettings.shared_buffers) * 8 / 1024)} MB); PGlite ${packageVersion('@electric-sql/pglite')} (PostgreSQL ${lite.pgVersion}, in memory)`,
    `- Emmett ${packageVersion('@event-driven-io/emmett-postgresql')} (\`getPostgreSQLEventStore\`, \`appendToStream(…, { expectedStreamVersion: STREAM_DOES_NOT_EXIST })\`); our store imported from \`packages/event-store/src\` via tsx`,
    `- Event: one ~250-byte JSON \`SubscriberRegistered\` (7 fields) + 4-field metadata, new stream per append (\`no_stream\`); ${fmt(CFG.appendWarmup)} warm-up appends per case; every case in a fresh Node process; one run per case`,
  ].join('\n');

  const md = `Run: \`node bench/run.mjs event-store\` (or \`npx tsx bench/event-store.bench.ts\`). Source: \`bench/event-store.bench.ts\`, \`bench/lib/event-store-cases.ts\`.

${env}

${main}

Peak RSS of the process during (b) (input array already built before the call):

${mem}

Targets:

${targets}

Diagnostics (bench-side wrappers around the store, to size individual costs):

${diag}

${NOTES}`;
  process.stdout.write(md + '\n');
  writeDocSection('## Event store', md);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; docs/benchmarks.md updated`);
}

const NOTES = `Notes:

- **Single appends (a)** are bound by the commit (WAL flush) and by round trips. The raw floor is one autocommit
  INSERT: 1 round trip and 1 flush. Emmett is BEGIN + one \`emt_append_to_stream()\` plpgsql call + COMMIT
  (3 round trips, plans cached inside the function). Ours (single-stream fast path) is one named prepared
  statement in its own implicit transaction: a data-modifying CTE moves es_streams.version under the
  expected-version condition and inserts the events only if that step returned a row (1 round trip, plan
  cached). It writes one more row (es_streams) than the raw floor. After commit one coalesced
  \`SELECT pg_notify(…)\` wakes other processes; it runs with \`synchronous_commit = off\` for its own
  transaction (a lost wake-up is covered by polling), so it no longer waits for a WAL flush.
- The 1-writer rows are all bound by one commit flush per append (~1–2 ms on this loaded VM), so they land
  within noise of each other. The 8-writer row is the meaningful one. "≥ 2× Emmett" asks for ~90 % of the raw
  single-INSERT floor or more (Emmett reaches roughly half of it): with one transaction per append and an
  extra es_streams row, ours is within noise of that floor, so the remaining distance is the floor itself.
- **Batch (b)**: \`appendMany\` sends 5,000-row chunks as one \`jsonb\` parameter into \`jsonb_to_recordset\` (streams, then
  events), close to the multi-row INSERT floor; it also writes es_streams, which the floor does not. COPY is
  ~3× faster still; \`copyRows\` exists in the driver but \`appendMany\` does not use it.
- **Catch-up (c)**: each batch is one \`readAll\` (named prepared statement, served by the
  (transaction_id, global_position) index; the ORDER BY is qualified so it sorts by xid8, not by the text
  alias) + one transaction (multi-row upsert + checkpoint + COMMIT). When a batch is full the runner reads the
  next batch while the current one is handled and committed (the next batch is used only if it starts at the
  committed checkpoint, so order and exactly-once hold). The "fixed order" diagnostic is the bench's own
  (unprepared) copy of readAll, kept for comparison.
- PGlite runs PostgreSQL in WASM in the same process, one connection; no network but slower execution, so
  small round trips are cheap and heavy statements are expensive. Its RSS includes the database itself.
- Numbers are from a single run on a shared 2-core VM; treat < 15 % differences as noise.`;

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
