import type { Migration } from '@netprovider/event-store';
import { identityMigrations } from './modules/identity/identity.migrations.js';

/**
 * Every bounded context's migrations, in the order they apply. Append-only: a released migration is never
 * edited (the runner refuses a changed checksum); add a new one instead.
 */
export const moduleMigrations: Migration[] = [...identityMigrations];
