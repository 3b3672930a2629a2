import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { ConcurrencyError, lockKey, type EventStore } from '@netprovider/event-store';
import type { Config } from '../../../platform/config/config.js';
import { CONFIG, EVENT_STORE, LOGGER } from '../../../platform/database/tokens.js';
import { systemMetadata } from '../../../platform/auth/command-context.js';
import { DEFAULT_COMPANY_ID, companyStream } from '../domain/company.events.js';
import { passwordProblem } from '../domain/password-policy.js';
import { IdentityAggregates } from '../infrastructure/aggregates.js';
import { Credentials } from '../infrastructure/one-time-tokens.js';
import { IdentitySecrets } from '../infrastructure/secrets.js';

/**
 * First start: the default company (fixed id, appended with expectedVersion `no_stream`, so concurrent
 * starts agree) and the first admin, only while no user exists (checked under an advisory lock held by the
 * creating transaction, so two processes starting together create one admin). Without
 * NETPROVIDER_ADMIN_PASSWORD a password is generated and printed once to stdout (never to the log).
 * The admin role requires MFA, so the first login leads to enrolment.
 */
@Injectable()
export class FirstStart implements OnApplicationBootstrap {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly aggregates: IdentityAggregates,
    private readonly credentials: Credentials,
    private readonly secrets: IdentitySecrets,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureDefaultCompany();
    await this.ensureFirstAdmin();
  }

  async ensureDefaultCompany(): Promise<void> {
    if ((await this.store.streamVersion(companyStream(DEFAULT_COMPANY_ID))) > 0) return;
    try {
      await this.store.append(
        companyStream(DEFAULT_COMPANY_ID),
        [{ type: 'CompanyCreated', data: { companyId: DEFAULT_COMPANY_ID, name: this.config.NETPROVIDER_COMPANY_NAME, at: new Date().toISOString() } }],
        { expectedVersion: 'no_stream', metadata: systemMetadata(DEFAULT_COMPANY_ID) },
      );
      this.logger.info({ companyId: DEFAULT_COMPANY_ID }, 'default company created');
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err; // another process created it first
    }
  }

  async ensureFirstAdmin(): Promise<void> {
    const any = await this.store.db.query('SELECT 1 FROM identity_users LIMIT 1');
    if (any.rowCount) return;
    const email = (this.config.NETPROVIDER_ADMIN_EMAIL ?? 'admin@netprovider.local').toLowerCase();
    const given = this.config.NETPROVIDER_ADMIN_PASSWORD;
    if (given) {
      const refused = passwordProblem(given, { email });
      if (refused) throw new Error(`NETPROVIDER_ADMIN_PASSWORD ${refused}`);
    }
    const password = given ?? randomBytes(15).toString('base64url');
    const hash = await this.secrets.hashPassword(password);
    const userId = randomUUID();
    const created = await this.store.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey('netprovider:identity:first-admin')]);
      const again = await tx.query('SELECT 1 FROM identity_users LIMIT 1');
      if (again.rowCount) return false;
      const meta = systemMetadata(DEFAULT_COMPANY_ID);
      const now = new Date().toISOString();
      await this.aggregates.users.handle(userId, { type: 'CreateUser', data: { userId, email, name: 'Administrador', roles: ['admin'], companyIds: [DEFAULT_COMPANY_ID], now } }, meta, tx);
      await this.credentials.setPassword(tx, userId, hash);
      await this.aggregates.users.handle(userId, { type: 'SetPassword', data: { via: 'bootstrap', now } }, meta, tx);
      return true;
    });
    if (!created) return;
    this.logger.info({ userId, generatedPassword: !given }, 'first admin created');
    if (!given) {
      process.stdout.write(
        [
          '',
          '================================================================================',
          '  NetProvider: first administrator created',
          `  e-mail:   ${email}`,
          `  password: ${password}`,
          '  This password is shown only once. Log in, enrol MFA, and change it.',
          '================================================================================',
          '',
        ].join('\n') + '\n',
      );
    }
  }
}
