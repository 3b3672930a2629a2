import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Database } from '@netprovider/event-store';
import type { Logger } from 'pino';
import { DATABASE, LOGGER } from '../../../../platform/database/tokens.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { normalizeDocument } from '../../domain/document.js';
import { LoginThrottle } from '../../infrastructure/login-throttle.js';
import { Credentials } from '../../infrastructure/one-time-tokens.js';
import { IdentitySecrets } from '../../infrastructure/secrets.js';
import { SessionIssuer, type TokenPair } from '../../infrastructure/session-issuer.js';
import { LoginLockedProblem } from '../login/login.handler.js';
import type { ClientInfo } from '../client.js';
import type { SubscriberLoginBodyInput } from './subscriber-login.request.dto.js';

export class SubscriberLoginCommand extends Command<TokenPair> {
  constructor(
    readonly body: SubscriberLoginBodyInput,
    readonly client: ClientInfo,
  ) {
    super();
  }
}

const invalid = () => new ProblemException(401, 'invalid-credentials', 'Invalid credentials', 'The CPF/CNPJ or the password is wrong.');

/**
 * CPF/CNPJ + password. The document is looked up by its blind index; the same document may have an account
 * in more than one company of the ISP, so the password decides which one. Same lockout as staff.
 */
@CommandHandler(SubscriberLoginCommand)
export class SubscriberLoginHandler implements ICommandHandler<SubscriberLoginCommand> {
  constructor(
    private readonly secrets: IdentitySecrets,
    private readonly credentials: Credentials,
    private readonly throttle: LoginThrottle,
    private readonly issuer: SessionIssuer,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ body, client }: SubscriberLoginCommand): Promise<TokenPair> {
    const doc = normalizeDocument(body.document);
    const key = doc?.digits ?? body.document;
    const wait = await this.throttle.check('subscriber', key, client.ip);
    if (wait > 0) throw new LoginLockedProblem(wait);
    const accounts = doc
      ? (await this.db.query<{ id: string }>(`SELECT id FROM identity_subscriber_accounts WHERE document_index = $1 AND status = 'active' ORDER BY created_at LIMIT 5`, [
          this.secrets.documentIndex(doc.digits),
        ])).rows
      : [];
    let matched: string | null = null;
    if (accounts.length === 0) await this.secrets.verifyPassword(null, body.password);
    for (const a of accounts) {
      const creds = await this.credentials.get(a.id);
      if (await this.secrets.verifyPassword(creds?.password_hash, body.password)) {
        matched = a.id;
        break;
      }
    }
    if (!matched) {
      await this.throttle.fail('subscriber', key, client.ip);
      this.logger.warn({ ip: client.ip, reason: 'invalid-credentials' }, 'subscriber login failed');
      throw invalid();
    }
    await this.throttle.succeed('subscriber', key);
    const { sessionId, ...pair } = await this.issuer.start({ kind: 'subscriber', subjectId: matched, mfaPending: false, ...client });
    this.logger.info({ subscriberAccountId: matched, sessionId }, 'subscriber login');
    return pair;
  }
}
