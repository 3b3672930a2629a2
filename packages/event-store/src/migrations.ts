import { createHash } from 'node:crypto';
import type { Database } from './database.js';
import { lockKey } from './database.js';
import { EVENT_STORE_SCHEMA } from './schema.js';
import { EventStoreError } from './errors.js';

export interface Migration {
  /** Unique and ordered: `<module>/<NNNN>_<name>`; never edited once released (append-only). */
  id: string;
  sql: string;
}

export const eventStoreMigrations: Migration[] = [{ id: 'event-store/0001_schema', sql: EVENT_STORE_SCHEMA }];

/**
 * Applies pending migrations in order, each in its own transaction, under a database-wide advisory lock so
 * that several processes starting together apply each migration once. An applied migration whose SQL changed
 * is refused: migrations are append-only.
 */
export async function runMigrations(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey('netprovider:migrations')]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const rows = await tx.query<{ id: string; checksum: string }>('SELECT id, checksum FROM schema_migrations');
    const done = new Map(rows.rows.map((r) => [r.id, r.checksum]));
    for (const m of migrations) {
      const checksum = createHash('sha256').update(m.sql).digest('hex');
      const previous = done.get(m.id);
      if (previous !== undefined) {
        if (previous !== checksum) {
          throw new EventStoreError(`migration ${m.id} was edited after it was applied (migrations are append-only)`);
        }
        continue;
      }
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [m.id, checksum]);
      applied.push(m.id);
    }
  });
  return applied;
}
