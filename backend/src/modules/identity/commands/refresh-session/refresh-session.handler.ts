import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Database } from '@netprovider/event-store';
import type { Logger } from 'pino';
import { DATABASE, LOGGER } from '../../../../platform/database/tokens.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { SessionStore } from '../../infrastructure/sessions.js';
import { SessionIssuer, type TokenPair } from '../../infrastructure/session-issuer.js';
import type { ClientInfo } from '../client.js';

export class RefreshSessionCommand extends Command<TokenPair & { mfaEnrollmentRequired: boolean }> {
  constructor(
    readonly refreshToken: string,
    readonly client: ClientInfo,
  ) {
    super();
  }
}

const invalid = () => new ProblemException(401, 'invalid-refresh-token', 'Invalid refresh token', 'Log in again.');

/** Rotates the refresh token; a reused (already rotated) token revokes its whole family. */
@CommandHandler(RefreshSessionCommand)
export class RefreshSessionHandler implements ICommandHandler<RefreshSessionCommand> {
  constructor(
    private readonly sessions: SessionStore,
    private readonly issuer: SessionIssuer,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ refreshToken, client }: RefreshSessionCommand) {
    const r = await this.sessions.rotate(refreshToken, client);
    if (!r.ok) {
      if (r.reason === 'reused') this.logger.warn({ ip: client.ip }, 'refresh token reused: its session (token family) was revoked');
      throw invalid();
    }
    const s = r.session;
    const table = s.subject_kind === 'staff' ? 'identity_users' : 'identity_subscriber_accounts';
    const active = await this.db.query(`SELECT 1 FROM ${table} WHERE id = $1 AND status = 'active'`, [s.subject_id]);
    if (active.rowCount === 0) {
      await this.sessions.revokeAll(s.subject_id, 'account-inactive');
      throw invalid();
    }
    const pair = await this.issuer.pair(s.subject_kind, s.subject_id, s.id, r.refreshToken, s.mfa_pending);
    return { ...pair, mfaEnrollmentRequired: s.mfa_pending };
  }
}
