import pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { Database } from '../database.js';
import { PostgresDatabase } from '../drivers/postgres.js';
import { PGliteDatabase } from '../drivers/pglite.js';
import { runMigrations, eventStoreMigrations } from '../migrations.js';

/** The local PostgreSQL the test suite uses for tests that need a server (two connections at once). */
export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function serverUrl(): string | null {
  return process.env.DATABASE_URL ?? null;
}

export interface TestDatabase {
  db: Database;
  url: string | null;
  drop(): Promise<void>;
}

/** A fresh, empty database on a PostgreSQL server (dropped by `drop`). */
export async function freshPostgres(baseUrl: string = serverUrl() ?? LOCAL_POSTGRES_URL): Promise<TestDatabase> {
  const name = `np_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const db = new PostgresDatabase({ connectionString: url.toString(), max: 12 });
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const a = new pg.Client({ connectionString: baseUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** The database the int tier runs on: PostgreSQL when DATABASE_URL is set, else an in-memory PGlite. */
export async function freshDatabase(): Promise<TestDatabase> {
  if (serverUrl()) return freshPostgres();
  const db = await PGliteDatabase.open();
  return { db, url: null, drop: () => db.close() };
}

export async function withEventStoreSchema(t: TestDatabase): Promise<TestDatabase> {
  await runMigrations(t.db, eventStoreMigrations);
  return t;
}

/** True when a PostgreSQL server answers (tests that need two concurrent connections run only then). */
export async function postgresAvailable(url: string = serverUrl() ?? LOCAL_POSTGRES_URL): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}
