import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Database, EventMetadata } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { validationProblem } from '../../../../platform/http/problem.js';
import { passwordProblem } from '../../domain/password-policy.js';
import { IdentityAggregates } from '../../infrastructure/aggregates.js';
import { asProblems } from '../../infrastructure/http-errors.js';
import { Credentials, OneTimeTokens } from '../../infrastructure/one-time-tokens.js';
import { IdentitySecrets, sha256 } from '../../infrastructure/secrets.js';
import { SessionIssuer, type TokenPair } from '../../infrastructure/session-issuer.js';
import { SessionStore } from '../../infrastructure/sessions.js';
import { invalidToken } from '../confirm-password-reset/confirm-password-reset.handler.js';
import type { ClientInfo } from '../client.js';

export class SubscriberFirstAccessCommand extends Command<TokenPair> {
  constructor(
    readonly token: string,
    readonly password: string,
    readonly client: ClientInfo,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** The subscriber sets a password from the invitation (or a reset) link and is logged in. */
@CommandHandler(SubscriberFirstAccessCommand)
export class SubscriberFirstAccessHandler implements ICommandHandler<SubscriberFirstAccessCommand> {
  constructor(
    private readonly tokens: OneTimeTokens,
    private readonly credentials: Credentials,
    private readonly secrets: IdentitySecrets,
    private readonly aggregates: IdentityAggregates,
    private readonly sessions: SessionStore,
    private readonly issuer: SessionIssuer,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  async execute({ token, password, client, metadata }: SubscriberFirstAccessCommand): Promise<TokenPair> {
    const peek = await this.db.query<{ id: string; email: string | null; company_id: string; customer_id: string }>(
      `SELECT a.id, a.email, a.company_id, a.customer_id FROM identity_one_time_tokens t JOIN identity_subscriber_accounts a ON a.id = t.subject_id
       WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND t.purpose IN ('subscriber-invite', 'subscriber-reset')`,
      [sha256(token)],
    );
    const account = peek.rows[0];
    if (!account) throw invalidToken();
    const refused = passwordProblem(password, { email: account.email });
    if (refused) throw validationProblem([{ field: 'password', reason: refused, code: 'password_policy' }]);
    const hash = await this.secrets.hashPassword(password);
    await asProblems(() =>
      this.db.transaction(async (tx) => {
        const used = await this.tokens.consume(tx, token, ['subscriber-invite', 'subscriber-reset']);
        if (!used || used.subjectId !== account.id) throw invalidToken();
        await this.credentials.setPassword(tx, account.id, hash);
        await this.aggregates.subscriberAccounts.handle(
          account.id,
          { type: 'SetSubscriberPassword', data: { via: used.purpose === 'subscriber-invite' ? 'first-access' : 'reset', now: new Date().toISOString() } },
          { ...metadata, actorId: account.id, actorKind: 'subscriber', companyId: account.company_id },
          tx,
        );
        await this.sessions.revokeAll(account.id, 'password-changed', tx);
      }),
    );
    const { sessionId: _sessionId, ...pair } = await this.issuer.start({ kind: 'subscriber', subjectId: account.id, mfaPending: false, ...client });
    return pair;
  }
}
