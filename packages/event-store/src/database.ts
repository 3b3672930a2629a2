/**
 * The one interface both drivers implement. Everything above it (event store, processors, migrations,
 * read models) is written against this, so the same code runs on a PostgreSQL server and on PGlite.
 */
export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

export interface SqlExecutor {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Run a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Optional: the same as `query`, but as a named prepared statement (parsed and planned once per connection,
   * then only bound and executed). `name` must always come with the same `text`. Drivers without it are
   * called through `query`.
   */
  prepared?<R = Record<string, unknown>>(name: string, text: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}


/** A transaction handle: same as an executor, plus a hook that runs only after COMMIT succeeds. */
export interface Transaction extends SqlExecutor {
  afterCommit(fn: () => void): void;
}

/** A session-level lock held until released (or until its connection dies). */
export interface HeldLock {
  release(): Promise<void>;
  /** Resolves when the lock is lost because its connection failed (never resolves on normal release). */
  readonly lost: Promise<void>;
}

export interface Database extends SqlExecutor {
  readonly kind: 'postgres' | 'pglite';
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Subscribe to NOTIFY on a channel; returns an unsubscribe function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /** Try to take an exclusive lock across every process that shares the database; null if taken. */
  tryLock(key: string): Promise<HeldLock | null>;
  /** Bulk load rows with COPY when the driver supports it (PostgreSQL); returns false otherwise. */
  copyRows?(tx: Transaction, table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<void>;
  close(): Promise<void>;
}

/** 64-bit advisory lock key from a string (FNV-1a), stable across processes and drivers. */
export function lockKey(name: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(name, 'utf8')) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  // to signed int8 for pg_advisory_lock(bigint)
  return (h >= 0x8000000000000000n ? h - 0x10000000000000000n : h).toString();
}
