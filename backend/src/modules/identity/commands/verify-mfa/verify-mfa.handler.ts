import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Database, EventMetadata } from '@netprovider/event-store';
import type { Logger } from 'pino';
import type { Principal } from '../../../../platform/auth/principal.js';
import { DATABASE, LOGGER } from '../../../../platform/database/tokens.js';
import { validationProblem } from '../../../../platform/http/problem.js';
import { IdentityAggregates } from '../../infrastructure/aggregates.js';
import { asProblems } from '../../infrastructure/http-errors.js';
import { Credentials } from '../../infrastructure/one-time-tokens.js';
import { IdentitySecrets } from '../../infrastructure/secrets.js';
import { SessionStore } from '../../infrastructure/sessions.js';
import { SessionIssuer, type TokenPair } from '../../infrastructure/session-issuer.js';
import { hashRecoveryCode, matchTotp, newRecoveryCodes } from '../../infrastructure/totp.js';

export type MfaVerified = { recoveryCodes: string[] } & TokenPair;

export class VerifyMfaCommand extends Command<MfaVerified> {
  constructor(
    readonly principal: Principal,
    readonly code: string,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * Confirms enrolment with a code from the pending secret: the secret becomes active, ten recovery codes are
 * shown once (only their hashes are kept), and the session is upgraded: the answer carries a new token pair
 * without the enrolment restriction.
 */
@CommandHandler(VerifyMfaCommand)
export class VerifyMfaHandler implements ICommandHandler<VerifyMfaCommand> {
  constructor(
    private readonly credentials: Credentials,
    private readonly secrets: IdentitySecrets,
    private readonly aggregates: IdentityAggregates,
    private readonly sessions: SessionStore,
    private readonly issuer: SessionIssuer,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ principal, code, metadata }: VerifyMfaCommand): Promise<MfaVerified> {
    const creds = await this.credentials.get(principal.id);
    const step = creds?.totp_pending_secret ? await matchTotp(this.secrets.decryptTotpSecret(creds.totp_pending_secret), code) : null;
    if (step === null) {
      throw validationProblem([{ field: 'code', reason: creds?.totp_pending_secret ? 'does not match the secret (check the device clock)' : 'start enrolment with /auth/mfa/enroll first' }]);
    }
    const recoveryCodes = newRecoveryCodes();
    await asProblems(() =>
      this.db.transaction(async (tx) => {
        await this.credentials.activateTotp(tx, principal.id, step, recoveryCodes.map(hashRecoveryCode));
        await this.aggregates.users.handle(principal.id, { type: 'ConfirmMfaEnrolment', data: { now: new Date().toISOString() } }, metadata, tx);
      }),
    );
    const refreshToken = await this.sessions.completeMfa(principal.sessionId!);
    this.logger.info({ userId: principal.id, sessionId: principal.sessionId }, 'MFA enrolled');
    return { recoveryCodes, ...(await this.issuer.pair('staff', principal.id, principal.sessionId!, refreshToken, false)) };
  }
}
