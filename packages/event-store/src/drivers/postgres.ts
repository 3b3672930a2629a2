import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Database, HeldLock, QueryResult, Transaction } from '../database.js';
import { lockKey } from '../database.js';

export interface PostgresDatabaseOptions {
  connectionString: string;
  max?: number;
  applicationName?: string;
}

class PgTransaction implements Transaction {
  readonly callbacks: Array<() => void> = [];
  constructor(private readonly client: pg.PoolClient) {}
  async query<R>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    const r = await this.client.query(text, params as unknown[] | undefined);
    return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
  }
  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }
  async prepared<R>(name: string, text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    const r = await this.client.query({ name, text, values: params as unknown[] | undefined });
    return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
  }
  afterCommit(fn: () => void): void {
    this.callbacks.push(fn);
  }
  get raw(): pg.PoolClient {
    return this.client;
  }
}

/** node-postgres driver: a Pool for queries and transactions, dedicated clients for LISTEN and locks. */
export class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private listenerReady: Promise<pg.Client> | null = null;
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  private readonly lockClients = new Set<pg.Client>();
  private closed = false;

  constructor(private readonly options: PostgresDatabaseOptions) {
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
      application_name: options.applicationName ?? 'netprovider',
    });
    // An idle client error must not crash the process; the pool discards the client.
    this.pool.on('error', () => undefined);
  }

  async query<R>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    const r = await this.pool.query(text, params as unknown[] | undefined);
    return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  /** A named prepared statement on whichever pooled connection runs it (each connection prepares it once). */
  async prepared<R>(name: string, text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    const r = await this.pool.query({ name, text, values: params as unknown[] | undefined });
    return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
  }

  async transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx = new PgTransaction(client);
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(tx);
      await client.query('COMMIT');
      for (const cb of tx.callbacks) cb();
      return result;
    } catch (err) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw err;
    } finally {
      client.release(broken);
    }
  }

  private async listenerClient(): Promise<pg.Client> {
    if (!this.listenerReady) {
      this.listenerReady = (async () => {
        const client = new pg.Client({ connectionString: this.options.connectionString, application_name: 'netprovider-listen' });
        client.on('error', () => {
          // reconnect lazily: processors fall back to polling meanwhile
          this.listener = null;
          this.listenerReady = null;
          if (!this.closed) setTimeout(() => void this.resubscribe(), 1000).unref();
        });
        client.on('notification', (msg) => {
          const set = this.handlers.get(msg.channel);
          if (set) for (const h of set) h(msg.payload ?? '');
        });
        await client.connect();
        this.listener = client;
        return client;
      })();
    }
    return this.listenerReady;
  }

  private async resubscribe(): Promise<void> {
    try {
      const client = await this.listenerClient();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${quoteIdent(channel)}`);
    } catch {
      /* retried on the next error */
    }
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      const client = await this.listenerClient();
      await client.query(`LISTEN ${quoteIdent(channel)}`);
    }
    set.add(onNotify);
    return async () => {
      const s = this.handlers.get(channel);
      s?.delete(onNotify);
      if (s && s.size === 0) {
        this.handlers.delete(channel);
        if (this.listener) await this.listener.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => undefined);
      }
    };
  }

  async tryLock(name: string): Promise<HeldLock | null> {
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: `netprovider-lock` });
    let markLost!: () => void;
    const lost = new Promise<void>((resolve) => (markLost = resolve));
    let released = false;
    client.on('error', () => {
      if (!released) markLost();
    });
    client.on('end', () => {
      if (!released) markLost();
    });
    await client.connect();
    const key = lockKey(name);
    const r = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [key]);
    if (!r.rows[0]?.ok) {
      released = true;
      await client.end();
      return null;
    }
    this.lockClients.add(client);
    return {
      lost,
      release: async () => {
        if (released) return;
        released = true;
        this.lockClients.delete(client);
        await client.query('SELECT pg_advisory_unlock($1::bigint)', [key]).catch(() => undefined);
        await client.end().catch(() => undefined);
      },
    };
  }

  async copyRows(tx: Transaction, table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<void> {
    const client = (tx as PgTransaction).raw;
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    await pipeline(Readable.from(encodeCopyText(rows)), stream);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const c of this.lockClients) await c.end().catch(() => undefined);
    this.lockClients.clear();
    if (this.listener) await this.listener.end().catch(() => undefined);
    await this.pool.end();
  }
}

function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** COPY text format, emitted in ~64 KiB chunks. */
function* encodeCopyText(rows: Iterable<readonly unknown[]>): Generator<string> {
  let buf = '';
  for (const row of rows) {
    buf += row.map(copyValue).join('\t') + '\n';
    if (buf.length > 65536) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}
