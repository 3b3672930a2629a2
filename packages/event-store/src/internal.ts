import type { QueryResult, SqlExecutor } from './database.js';

/** Internal helpers (not exported from the package). */

/** Runs a statement as a named prepared statement when the executor supports it, else as a plain query. */
export function queryPrepared<R = Record<string, unknown>>(
  exec: SqlExecutor,
  name: string,
  text: string,
  params?: readonly unknown[],
): Promise<QueryResult<R>> {
  return exec.prepared ? exec.prepared<R>(name, text, params) : exec.query<R>(text, params);
}
