import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { LOGGER } from '../../../../platform/database/tokens.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { Credentials } from '../../infrastructure/one-time-tokens.js';
import { IdentitySecrets } from '../../infrastructure/secrets.js';
import { LoginThrottle } from '../../infrastructure/login-throttle.js';
import { RoleCatalogue } from '../../infrastructure/role-catalogue.js';
import { SessionIssuer, type TokenPair } from '../../infrastructure/session-issuer.js';
import { UserDirectory } from '../../infrastructure/user-directory.js';
import { secondFactorMatches } from '../verify-mfa/second-factor.js';
import type { ClientInfo } from '../client.js';
import type { LoginBodyInput } from './login.request.dto.js';

export type LoginResult = TokenPair & { mfaEnrollmentRequired: boolean };

export class LoginCommand extends Command<LoginResult> {
  constructor(
    readonly body: LoginBodyInput,
    readonly client: ClientInfo,
  ) {
    super();
  }
}

/** Thrown when the account or the IP is locked: the controller adds Retry-After. */
export class LoginLockedProblem extends ProblemException {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'login-locked', 'Too many failed logins', `Try again in ${retryAfterSeconds} seconds.`, { retryAfter: retryAfterSeconds });
  }
}

export const invalidCredentials = () =>
  new ProblemException(401, 'invalid-credentials', 'Invalid credentials', 'The e-mail or the password is wrong.');

/**
 * E-mail + password (+ TOTP once enrolled). Unknown e-mail, wrong password and disabled account all get the
 * same 401 after the same argon2 work; failures feed the lockout.
 */
@CommandHandler(LoginCommand)
export class LoginHandler implements ICommandHandler<LoginCommand> {
  constructor(
    private readonly users: UserDirectory,
    private readonly credentials: Credentials,
    private readonly secrets: IdentitySecrets,
    private readonly throttle: LoginThrottle,
    private readonly roles: RoleCatalogue,
    private readonly issuer: SessionIssuer,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ body, client }: LoginCommand): Promise<LoginResult> {
    const wait = await this.throttle.check('staff', body.email, client.ip);
    if (wait > 0) {
      this.logger.warn({ ip: client.ip, retryAfter: wait }, 'login refused: locked');
      throw new LoginLockedProblem(wait);
    }
    const user = await this.users.byEmail(body.email);
    const creds = user ? await this.credentials.get(user.id) : null;
    const passwordOk = await this.secrets.verifyPassword(creds?.password_hash, body.password);
    if (!user || !passwordOk || user.status !== 'active') {
      const locked = await this.throttle.fail('staff', body.email, client.ip);
      this.logger.warn({ ip: client.ip, reason: 'invalid-credentials', lockedFor: locked || undefined }, 'login failed');
      throw invalidCredentials();
    }
    if (user.mfa_enrolled) {
      if (!body.totp) throw new ProblemException(401, 'mfa-required', 'Second factor required', 'Send the code from the authenticator app (or a recovery code) in `totp`.');
      if (!(await secondFactorMatches(this.credentials, this.secrets, user.id, body.totp))) {
        const locked = await this.throttle.fail('staff', body.email, client.ip);
        this.logger.warn({ ip: client.ip, userId: user.id, reason: 'invalid-second-factor', lockedFor: locked || undefined }, 'login failed');
        throw new ProblemException(401, 'mfa-invalid', 'Invalid second factor', 'The code is wrong, expired or already used.');
      }
    }
    await this.throttle.succeed('staff', body.email);
    const { mfaRequired } = await this.roles.resolve(user.roles);
    const pending = mfaRequired && !user.mfa_enrolled;
    const { sessionId, ...pair } = await this.issuer.start({ kind: 'staff', subjectId: user.id, mfaPending: pending, ...client });
    this.logger.info({ userId: user.id, sessionId, mfaEnrolmentPending: pending }, 'staff login');
    return { ...pair, mfaEnrollmentRequired: pending };
  }
}
