import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { Database, EventMetadata } from '@netprovider/event-store';
import type { Config } from '../../../../platform/config/config.js';
import { CONFIG, DATABASE } from '../../../../platform/database/tokens.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { normalizeDocument } from '../../domain/document.js';
import { IdentityAggregates } from '../../infrastructure/aggregates.js';
import { asProblems } from '../../infrastructure/http-errors.js';
import { Mailer } from '../../infrastructure/mailer.js';
import { OneTimeTokens } from '../../infrastructure/one-time-tokens.js';
import { IdentitySecrets } from '../../infrastructure/secrets.js';
import type { InviteSubscriberBodyInput } from './invite-subscriber.request.dto.js';

export interface SubscriberInvitation {
  id: string;
  customerId: string;
  status: 'invited';
  inviteMessageId: string;
  /** Only in embedded mode without SMTP (no mail transport): the staff hands the first-access link over. */
  inviteToken?: string;
}

export class InviteSubscriberCommand extends Command<SubscriberInvitation> {
  constructor(
    readonly body: InviteSubscriberBodyInput,
    readonly metadata: EventMetadata & { companyId: string },
  ) {
    super();
  }
}

/** Opens a customer-area account for a customer and queues its first-access invitation. */
@CommandHandler(InviteSubscriberCommand)
export class InviteSubscriberHandler implements ICommandHandler<InviteSubscriberCommand> {
  constructor(
    private readonly aggregates: IdentityAggregates,
    private readonly secrets: IdentitySecrets,
    private readonly tokens: OneTimeTokens,
    private readonly mailer: Mailer,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async execute({ body, metadata }: InviteSubscriberCommand): Promise<SubscriberInvitation> {
    const doc = normalizeDocument(body.document)!;
    const documentIndex = this.secrets.documentIndex(doc.digits);
    const taken = await this.db.query('SELECT 1 FROM identity_subscriber_accounts WHERE company_id = $1 AND document_index = $2', [metadata.companyId, documentIndex]);
    if (taken.rowCount) throw documentTaken();
    const accountId = randomUUID();
    let token = '';
    let messageId = '';
    await asProblems(() =>
      this.db.transaction(async (tx) => {
        await this.aggregates.subscriberAccounts.handle(
          accountId,
          { type: 'InviteSubscriber', data: { accountId, customerId: body.customerId, documentIndex, documentKind: doc.kind, email: body.email?.toLowerCase() ?? null, now: new Date().toISOString() } },
          metadata,
          tx,
        );
        token = await this.tokens.issue(tx, 'subscriber-invite', { kind: 'subscriber', id: accountId });
        messageId = await this.mailer.queue(tx, {
          purpose: 'subscriber-invite',
          recipient: body.email?.toLowerCase() ?? `customer:${body.customerId}`,
          subject: 'Sua área do assinante',
          body: `Olá!\n\nCrie sua senha da área do assinante pelo link (válido por 14 dias):\n${this.config.NETPROVIDER_PUBLIC_URL.replace(/\/$/, '')}/assinante/primeiro-acesso#token=${token}`,
          token,
        });
      }),
    ).catch((err) => {
      if (err instanceof ProblemException && err.getStatus() === 409) throw documentTaken();
      throw err;
    });
    return { id: accountId, customerId: body.customerId, status: 'invited', inviteMessageId: messageId, ...(this.config.embedded && !(this.config.SMTP_URL && this.config.MAIL_FROM) ? { inviteToken: token } : {}) };
  }
}

const documentTaken = () =>
  new ProblemException(409, 'subscriber-account-exists', 'Account exists', 'This CPF/CNPJ already has a customer-area account in this company.', {
    errors: [{ field: 'document', reason: 'already has an account' }],
  });
