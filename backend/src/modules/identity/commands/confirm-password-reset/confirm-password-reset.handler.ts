import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Database, EventMetadata } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { ProblemException, validationProblem } from '../../../../platform/http/problem.js';
import { passwordProblem } from '../../domain/password-policy.js';
import { IdentityAggregates } from '../../infrastructure/aggregates.js';
import { asProblems } from '../../infrastructure/http-errors.js';
import { Credentials, OneTimeTokens } from '../../infrastructure/one-time-tokens.js';
import { IdentitySecrets, sha256 } from '../../infrastructure/secrets.js';
import { SessionStore } from '../../infrastructure/sessions.js';
import { UserDirectory } from '../../infrastructure/user-directory.js';

export class ConfirmPasswordResetCommand extends Command<void> {
  constructor(
    readonly token: string,
    readonly newPassword: string,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

export const invalidToken = () => new ProblemException(400, 'invalid-token', 'Invalid or expired link', 'Ask for a new link.');

/** Sets a new password from a reset or first-access token; every session of the user ends. */
@CommandHandler(ConfirmPasswordResetCommand)
export class ConfirmPasswordResetHandler implements ICommandHandler<ConfirmPasswordResetCommand> {
  constructor(
    private readonly tokens: OneTimeTokens,
    private readonly credentials: Credentials,
    private readonly secrets: IdentitySecrets,
    private readonly aggregates: IdentityAggregates,
    private readonly sessions: SessionStore,
    private readonly users: UserDirectory,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  async execute({ token, newPassword, metadata }: ConfirmPasswordResetCommand): Promise<void> {
    // check the policy before spending the token, so a refused password leaves the link usable
    const peek = await this.db.query<{ subject_id: string }>(
      `SELECT subject_id FROM identity_one_time_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
         AND purpose IN ('password-reset', 'first-access')`,
      [sha256(token)],
    );
    const user = peek.rows[0] ? await this.users.byId(peek.rows[0].subject_id) : null;
    if (!user) throw invalidToken();
    const refused = passwordProblem(newPassword, { email: user.email });
    if (refused) throw validationProblem([{ field: 'newPassword', reason: refused, code: 'password_policy' }]);
    const hash = await this.secrets.hashPassword(newPassword);
    await asProblems(() =>
      this.db.transaction(async (tx) => {
        const used = await this.tokens.consume(tx, token, ['password-reset', 'first-access']);
        if (!used || used.subjectId !== user.id) throw invalidToken();
        await this.credentials.setPassword(tx, user.id, hash);
        const via = used.purpose === 'first-access' ? 'first-access' : 'reset';
        await this.aggregates.users.handle(user.id, { type: 'SetPassword', data: { via, now: new Date().toISOString() } }, {
          ...metadata, actorId: user.id, actorKind: 'staff', companyId: user.company_ids[0],
        }, tx);
        await this.sessions.revokeAll(user.id, 'password-changed', tx);
      }),
    );
  }
}
