import type { Migration } from '@netprovider/event-store';
import { identityMigrations } from './modules/identity/identity.migrations.js';
import { plansMigrations } from './modules/plans/plans.migrations.js';
import { customersMigrations } from './modules/customers/customers.migrations.js';
import { contractsMigrations } from './modules/contracts/contracts.migrations.js';
import { billingMigrations } from './modules/billing/billing.migrations.js';
import { collectionsMigrations } from './modules/collections/collections.migrations.js';
import { financeMigrations } from './modules/finance/finance.migrations.js';
import { helpdeskMigrations } from './modules/helpdesk/helpdesk.migrations.js';

/**
 * Every bounded context's migrations, in the order they apply. Append-only: a released migration is never
 * edited (the runner refuses a changed checksum); add a new one instead.
 */
export const moduleMigrations: Migration[] = [...identityMigrations, ...plansMigrations, ...customersMigrations, ...contractsMigrations, ...billingMigrations, ...collectionsMigrations, ...financeMigrations, ...helpdeskMigrations];
