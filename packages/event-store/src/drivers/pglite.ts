import { PGlite, type Transaction as PGliteTx } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Database, HeldLock, QueryResult, Transaction } from '../database.js';

export interface PGliteDatabaseOptions {
  /** A directory for on-disk storage; omit (or 'memory://') for an in-memory database. */
  dataDir?: string;
}

class PGliteTransaction implements Transaction {
  readonly callbacks: Array<() => void> = [];
  constructor(private readonly tx: PGliteTx) {}
  async query<R>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    const r = await this.tx.query<R>(text, params as unknown[] | undefined);
    return { rows: r.rows, rowCount: r.affectedRows || r.rows.length };
  }
  async exec(sql: string): Promise<void> {
    await this.tx.exec(sql);
  }
  afterCommit(fn: () => void): void {
    this.callbacks.push(fn);
  }
}

/**
 * Embedded driver: PostgreSQL compiled to WASM, in process, one connection. Transactions are serialised by
 * PGlite itself, so there are never two in flight and the global log trivially commits in order. Locks are
 * in-process (only one process can open a PGlite directory at a time).
 */
export class PGliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  private readonly locks = new Set<string>();

  private constructor(readonly pg: PGlite) {}

  static async open(options: PGliteDatabaseOptions = {}): Promise<PGliteDatabase> {
    const pg = await PGlite.create(options.dataDir ?? 'memory://', { extensions: { pg_trgm, unaccent } });
    return new PGliteDatabase(pg);
  }

  async query<R>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    const r = await this.pg.query<R>(text, params as unknown[] | undefined);
    return { rows: r.rows, rowCount: r.affectedRows || r.rows.length };
  }

  async exec(sql: string): Promise<void> {
    await this.pg.exec(sql);
  }

  async transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    let wrapper!: PGliteTransaction;
    const result = await this.pg.transaction(async (tx) => {
      wrapper = new PGliteTransaction(tx);
      return fn(wrapper);
    });
    for (const cb of wrapper.callbacks) cb();
    return result;
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const unsub = await this.pg.listen(channel, onNotify);
    return async () => {
      await unsub();
    };
  }

  async tryLock(name: string): Promise<HeldLock | null> {
    if (this.locks.has(name)) return null;
    this.locks.add(name);
    return {
      lost: new Promise<void>(() => undefined),
      release: async () => {
        this.locks.delete(name);
      },
    };
  }

  async close(): Promise<void> {
    if (!this.pg.closed) await this.pg.close();
  }
}
