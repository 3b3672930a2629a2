/**
 * One event-store bench case per process (spawned by bench/event-store.bench.ts through runChild).
 * argv[2] is a JSON object with at least { case }. The result is printed with emitResult.
 */
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import {
  EventStore,
  PGliteDatabase,
  PostgresDatabase,
  ProcessorRunner,
  eventStoreMigrations,
  runMigrations,
  type Database,
  type GlobalCheckpoint,
  type ProjectionProcessor,
  type RecordedEvent,
  type StreamAppend,
  type Transaction,
} from '../../packages/event-store/src/index.js';
import { emitResult } from './common.js';

// ---------------------------------------------------------------- workload

/** A typical small domain event (~250 bytes of JSON), identical for every implementation. */
export function eventFor(i: number) {
  return {
    type: 'SubscriberRegistered',
    data: {
      subscriberId: `sub-${i}`,
      name: 'Maria da Silva',
      plan: 'FIBRA-300M',
      city: 'Campinas',
      state: 'SP',
      dueDay: 10,
      monthlyCents: 9990,
    },
    metadata: { actorId: 'staff-42', actorKind: 'staff' as const, companyId: 'isp-1', correlationId: `corr-${i}` },
  };
}

const streamId = (tag: string, i: number) => `subscriber-${tag}${i}`;

/** The raw floor table: same columns, defaults, identity, constraints and indexes as es_events. */
export const RAW_TABLE_SQL = `CREATE TABLE IF NOT EXISTS raw_events (LIKE es_events INCLUDING ALL)`;
const READ_MODEL_SQL = `CREATE TABLE IF NOT EXISTS rm_subscribers (
  stream_id text PRIMARY KEY, plan text, city text, last_position bigint NOT NULL, events integer NOT NULL)`;
const RAW_COLUMNS = ['event_id', 'stream_id', 'stream_version', 'type', 'schema_version', 'data', 'metadata'] as const;

function rawRow(tag: string, i: number): unknown[] {
  const e = eventFor(i);
  return [uuidv7(), streamId(tag, i), 1, e.type, 1, JSON.stringify(e.data), JSON.stringify(e.metadata)];
}

/** Runs `total` operations over `writers` concurrent async loops; returns elapsed ms. */
async function runLoops(total: number, writers: number, op: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (;;) {
        const i = next++;
        if (i >= total) return;
        await op(i);
      }
    }),
  );
  return performance.now() - t0;
}

/** A database wrapper that drops the per-append `SELECT pg_notify(...)` (diagnostic only). */
function withoutNotify(db: Database): Database {
  const strip = <T extends { query: Database['query'] }>(x: T): T =>
    new Proxy(x, {
      get(target, prop, receiver) {
        if (prop === 'query') {
          return (text: string, params?: readonly unknown[]) =>
            text.startsWith('SELECT pg_notify(') ? Promise.resolve({ rows: [], rowCount: 0 }) : target.query(text, params);
        }
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  const wrapped = strip(db);
  return new Proxy(wrapped, {
    get(target, prop, receiver) {
      if (prop === 'transaction') {
        return <T>(fn: (tx: Transaction) => Promise<T>) => db.transaction((tx) => fn(strip(tx)));
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

async function openPGlite(): Promise<PGliteDatabase> {
  const db = await PGliteDatabase.open();
  await runMigrations(db, eventStoreMigrations);
  await db.exec(RAW_TABLE_SQL);
  await db.exec(READ_MODEL_SQL);
  return db;
}

function memory() {
  return { rssBeforeMb: process.memoryUsage().rss / 2 ** 20 };
}
const peakRssMb = () => (process.resourceUsage().maxRSS * 1024) / 2 ** 20;

// ---------------------------------------------------------------- (a) single-event appends

type AppendImpl = 'ours' | 'ours-no-notify' | 'emmett' | 'raw';

interface Appender {
  append(i: number): Promise<unknown>;
  close(): Promise<void>;
}

async function makeAppender(impl: AppendImpl, tag: string, target: { url?: string; db?: Database }, poolSize: number): Promise<Appender> {
  if (impl === 'ours' || impl === 'ours-no-notify') {
    const base = target.db ?? new PostgresDatabase({ connectionString: target.url!, max: poolSize });
    const store = new EventStore({ db: impl === 'ours' ? base : withoutNotify(base) });
    return {
      append: (i) => store.append(streamId(tag, i), [eventFor(i)], { expectedVersion: 'no_stream' }),
      close: () => (target.db ? Promise.resolve() : base.close()),
    };
  }
  if (impl === 'emmett') {
    // Imported here only: Emmett's driver installs process-wide pg type parsers (int8 -> BigInt).
    const { getPostgreSQLEventStore } = await import('@event-driven-io/emmett-postgresql');
    const { STREAM_DOES_NOT_EXIST } = await import('@event-driven-io/emmett');
    // Emmett's dumbo driver keeps one pg.Pool per connection string with pg's default size (10 ≥ writers)
    const store = getPostgreSQLEventStore(target.url!);
    await store.schema.migrate();
    return {
      append: (i) => store.appendToStream(streamId(tag, i), [eventFor(i)], { expectedStreamVersion: STREAM_DOES_NOT_EXIST }),
      close: () => store.close(),
    };
  }
  // raw: one autocommit single-row INSERT (its own transaction), parameters bound like the others
  const sql = `INSERT INTO raw_events (${RAW_COLUMNS.join(', ')}) VALUES ($1, $2, $3, $4, $5, $6, $7)`;
  if (target.db) {
    const db = target.db;
    return { append: (i) => db.query(sql, rawRow(tag, i)), close: async () => undefined };
  }
  const pool = new pg.Pool({ connectionString: target.url!, max: poolSize });
  return { append: (i) => pool.query(sql, rawRow(tag, i)), close: () => pool.end() };
}

async function appendCase(args: {
  impl: AppendImpl;
  writers: number;
  count: number;
  warmup: number;
  tag: string;
  url?: string;
  db?: Database;
}): Promise<{ opsPerSec: number; ms: number; count: number }> {
  const a = await makeAppender(args.impl, args.tag, args, Math.max(10, args.writers + 2));
  try {
    await runLoops(args.warmup, args.writers, (i) => a.append(1_000_000_000 + i)); // warm-up: connections, plans, JIT
    const ms = await runLoops(args.count, args.writers, (i) => a.append(i));
    return { opsPerSec: (args.count / ms) * 1000, ms, count: args.count };
  } finally {
    await a.close();
  }
}

// ---------------------------------------------------------------- (b) one big batch

type BatchImpl = 'ours' | 'raw-insert' | 'raw-copy';

async function batchCase(
  impl: BatchImpl,
  n: number,
  tag: string,
  db: Database,
  chunk = 5000,
): Promise<{ eventsPerSec: number; ms: number; count: number; rssBeforeMb: number; peakRssMb: number }> {
  let run: () => Promise<unknown>;
  if (impl === 'ours') {
    const store = new EventStore({ db });
    const appends: StreamAppend[] = Array.from({ length: n }, (_, i) => ({
      streamId: streamId(tag, i),
      events: [eventFor(i)],
      expectedVersion: 'no_stream' as const,
    }));
    run = () => store.appendMany(appends);
  } else if (impl === 'raw-insert') {
    const rows = Array.from({ length: n }, (_, i) => rawRow(tag, i));
    run = () =>
      db.transaction(async (tx) => {
        for (let s = 0; s < rows.length; s += chunk) {
          const part = rows.slice(s, s + chunk);
          const values = part.map((_, r) => `(${RAW_COLUMNS.map((__, c) => `$${r * RAW_COLUMNS.length + c + 1}`).join(', ')})`);
          await tx.query(`INSERT INTO raw_events (${RAW_COLUMNS.join(', ')}) VALUES ${values.join(', ')}`, part.flat());
        }
      });
  } else {
    if (!db.copyRows) throw new Error('COPY needs the PostgreSQL driver');
    const rows = Array.from({ length: n }, (_, i) => rawRow(tag, i));
    run = () => db.transaction((tx) => db.copyRows!(tx, 'raw_events', RAW_COLUMNS, rows));
  }
  (globalThis as { gc?: () => void }).gc?.();
  const before = memory();
  const t0 = performance.now();
  await run();
  const ms = performance.now() - t0;
  return { eventsPerSec: (n / ms) * 1000, ms, count: n, ...before, peakRssMb: peakRssMb() };
}

// ---------------------------------------------------------------- (c) processor catch-up

/**
 * Diagnostic only: the store with the one-line readAll fix proposed in docs/benchmarks.md. In the store's
 * query, `ORDER BY transaction_id` binds to the select-list alias `transaction_id::text AS transaction_id`, so
 * the log is sorted as text (seq scan + sort of the whole remaining log per batch, and '10000' < '9999').
 * Qualifying the column sorts by xid8 and lets es_events_global_order serve the scan.
 */
class FixedOrderEventStore extends EventStore {
  override async readAll(
    checkpoint: GlobalCheckpoint,
    options: { limit?: number; types?: readonly string[] } = {},
  ): Promise<{ events: RecordedEvent[]; checkpoint: GlobalCheckpoint; scanned: number }> {
    const types = options.types ? [...options.types] : null;
    const r = await this.db.query<{ transaction_id: string; global_position: string | number; type: string }>(
      `SELECT global_position, transaction_id::text AS transaction_id, event_id::text AS event_id, stream_id, stream_version,
         type, schema_version,
         CASE WHEN $4::text[] IS NULL OR type = ANY($4::text[]) THEN data END AS data,
         CASE WHEN $4::text[] IS NULL OR type = ANY($4::text[]) THEN metadata END AS metadata, recorded_at
       FROM es_events
       WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
         AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY es_events.transaction_id, es_events.global_position
       LIMIT $3`,
      [checkpoint.transactionId, checkpoint.globalPosition, options.limit ?? 1000, types],
    );
    if (r.rows.length === 0) return { events: [], checkpoint, scanned: 0 };
    const lastRow = r.rows[r.rows.length - 1]!;
    const wanted = types ? r.rows.filter((x) => types.includes(x.type)) : r.rows;
    const decode = (this as unknown as { decodeRows(rows: unknown[], exec: Database): Promise<RecordedEvent[]> }).decodeRows;
    return {
      events: await decode.call(this, wanted, this.db),
      checkpoint: { transactionId: lastRow.transaction_id, globalPosition: Number(lastRow.global_position) },
      scanned: r.rows.length,
    };
  }
}

function projection(name: string, batchSize: number): ProjectionProcessor {
  return {
    kind: 'projection',
    name,
    batchSize,
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      // one multi-row upsert per batch; a stream seen twice in a batch keeps its last event
      const byStream = new Map<string, { e: RecordedEvent; n: number }>();
      for (const e of events) byStream.set(e.streamId, { e, n: (byStream.get(e.streamId)?.n ?? 0) + 1 });
      const ids: string[] = [], plans: (string | null)[] = [], cities: (string | null)[] = [], pos: number[] = [], ns: number[] = [];
      for (const [id, { e, n }] of byStream) {
        const d = e.data as { plan?: string; city?: string };
        ids.push(id);
        plans.push(d.plan ?? null);
        cities.push(d.city ?? null);
        pos.push(e.globalPosition);
        ns.push(n);
      }
      await tx.query(
        `INSERT INTO rm_subscribers (stream_id, plan, city, last_position, events)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::int[])
         ON CONFLICT (stream_id) DO UPDATE SET plan = EXCLUDED.plan, city = EXCLUDED.city,
           last_position = EXCLUDED.last_position, events = rm_subscribers.events + EXCLUDED.events`,
        [ids, plans, cities, pos, ns],
      );
    },
    async reset(tx: Transaction) {
      await tx.query('TRUNCATE rm_subscribers');
    },
  };
}

type CatchUpImpl = 'ours' | 'ours-fixed-order' | 'raw-scan';

async function catchUpCase(
  impl: CatchUpImpl,
  db: Database,
  batchSize: number,
  tag: string,
): Promise<{ eventsPerSec: number; ms: number; count: number; logSize: number; readModelRows?: number }> {
  await db.query('TRUNCATE rm_subscribers');
  const logSize = Number((await db.query<{ n: string }>('SELECT count(*)::text AS n FROM es_events')).rows[0]!.n);
  if (impl === 'raw-scan') {
    // floor: the same keyset-paginated scan in commit order, same batch size, rows decoded by the driver.
    // ORDER BY is qualified: a bare `transaction_id` would bind to the text alias in the select list.
    let tx = '0', gp = 0, count = 0;
    const t0 = performance.now();
    for (;;) {
      const r = await db.query<{ transaction_id: string; global_position: string | number }>(
        `SELECT global_position, transaction_id::text AS transaction_id, event_id::text AS event_id, stream_id, stream_version,
           type, schema_version, data, metadata, recorded_at
         FROM es_events WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
         ORDER BY es_events.transaction_id, es_events.global_position LIMIT $3`,
        [tx, gp, batchSize],
      );
      if (r.rows.length === 0) break;
      count += r.rows.length;
      const last = r.rows[r.rows.length - 1]!;
      tx = last.transaction_id;
      gp = Number(last.global_position);
    }
    const ms = performance.now() - t0;
    return { eventsPerSec: (count / ms) * 1000, ms, count, logSize };
  }
  const store = impl === 'ours' ? new EventStore({ db }) : new FixedOrderEventStore({ db });
  const runner = new ProcessorRunner(store, [projection(`bench-${tag}`, batchSize)], { pollIntervalMs: 1000 });
  const t0 = performance.now();
  await runner.start();
  // waitIdle() only waits for workers already 'running' (lock taken), so wait for that first
  while (runner.status()[0]!.state !== 'running') await new Promise((r) => setTimeout(r, 1));
  await runner.waitIdle();
  const ms = performance.now() - t0;
  const count = runner.status()[0]!.processed;
  await runner.stop();
  const readModelRows = Number((await db.query<{ n: string }>('SELECT count(*)::text AS n FROM rm_subscribers')).rows[0]!.n);
  return { eventsPerSec: (count / ms) * 1000, ms, count, logSize, readModelRows };
}

// ---------------------------------------------------------------- entry

const args = JSON.parse(process.argv[2] ?? '{}');

async function main(): Promise<unknown> {
  switch (args.case) {
    case 'pg-append':
      return appendCase({ ...args, url: args.url });
    case 'pg-batch': {
      const db = new PostgresDatabase({ connectionString: args.url, max: 4 });
      try {
        return await batchCase(args.impl, args.n, args.tag, db);
      } finally {
        await db.close();
      }
    }
    case 'pg-catchup': {
      const db = new PostgresDatabase({ connectionString: args.url, max: 4 });
      try {
        return await catchUpCase(args.impl, db, args.batchSize, args.tag);
      } finally {
        await db.close();
      }
    }
    case 'pglite-batch': {
      const db = await openPGlite();
      try {
        return await batchCase(args.impl, args.n, args.tag, db);
      } finally {
        await db.close();
      }
    }
    case 'pglite-suite': {
      // (a) and (c) on one in-memory PGlite (it lives only as long as this process)
      const db = await openPGlite();
      const out: Record<string, unknown> = {};
      try {
        for (const impl of ['raw', 'ours'] as const) {
          out[`append-${impl}`] = await appendCase({ impl, writers: 1, count: args.appendCount, warmup: args.warmup, tag: `l${impl}-`, db });
        }
        const store = new EventStore({ db });
        let have = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM es_events')).rows[0]!.n);
        for (let k = 0; have < args.logSize; k++) {
          const n = Math.min(10_000, args.logSize - have);
          await store.appendMany(
            Array.from({ length: n }, (_, i) => ({ streamId: streamId(`seed${k}-`, i), events: [eventFor(i)], expectedVersion: 'no_stream' as const })),
          );
          have += n;
        }
        out.logSize = have;
        for (const impl of ['raw-scan', 'ours', 'ours-fixed-order'] as const) {
          out[`catchup-${impl}`] = await catchUpCase(impl, db, args.batchSize, `lite-${impl}`);
        }
        out.pgVersion = (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
        return out;
      } finally {
        await db.close();
      }
    }
    default:
      throw new Error(`unknown case ${String(args.case)}`);
  }
}

main().then(
  (r) => {
    emitResult(r);
    process.exit(0);
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
