import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGliteDatabase, PostgresDatabase, type Database } from '@netprovider/event-store';
import type { Config } from '../config/config.js';

/** PostgreSQL when DATABASE_URL is set; otherwise embedded PGlite under the data dir. */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'dataDir'>): Promise<Database> {
  if (config.DATABASE_URL) {
    return new PostgresDatabase({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_SIZE });
  }
  if (config.dataDir === ':memory:') return PGliteDatabase.open();
  mkdirSync(config.dataDir, { recursive: true });
  return PGliteDatabase.open({ dataDir: join(config.dataDir, 'pgdata') });
}
