import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { Database } from '@netprovider/event-store';
import type { Config } from '../../../../platform/config/config.js';
import type { Cache } from '../../../../platform/cache/cache.js';
import { CACHE, CONFIG, DATABASE } from '../../../../platform/database/tokens.js';
import { normalizeDocument } from '../../domain/document.js';
import { Mailer } from '../../infrastructure/mailer.js';
import { OneTimeTokens } from '../../infrastructure/one-time-tokens.js';
import { IdentitySecrets } from '../../infrastructure/secrets.js';

export const SubscriberResetRequestBody = z.object({
  document: z.string().trim().max(32).refine((d) => normalizeDocument(d) !== null, { message: 'must be a valid CPF or CNPJ' }),
});
export type SubscriberResetRequestInput = z.infer<typeof SubscriberResetRequestBody>;

export class RequestSubscriberResetCommand extends Command<void> {
  constructor(readonly document: string) {
    super();
  }
}

/**
 * Always accepted. For each active account of the document that has an e-mail, a one-hour link is queued
 * (completed through /portal/auth/first-access). Accounts without an e-mail need a new invitation by staff.
 */
@CommandHandler(RequestSubscriberResetCommand)
export class RequestSubscriberResetHandler implements ICommandHandler<RequestSubscriberResetCommand> {
  constructor(
    private readonly secrets: IdentitySecrets,
    private readonly tokens: OneTimeTokens,
    private readonly mailer: Mailer,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(CACHE) private readonly cache: Cache,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async execute({ document }: RequestSubscriberResetCommand): Promise<void> {
    const doc = normalizeDocument(document);
    if (!doc) return;
    const index = this.secrets.documentIndex(doc.digits);
    if ((await this.cache.incr(`pwreset:sub:${index}`, 3_600_000)) > 5) return;
    const accounts = await this.db.query<{ id: string; email: string }>(
      `SELECT id, email FROM identity_subscriber_accounts WHERE document_index = $1 AND status = 'active' AND email IS NOT NULL`,
      [index],
    );
    for (const account of accounts.rows) {
      await this.db.transaction(async (tx) => {
        const token = await this.tokens.issue(tx, 'subscriber-reset', { kind: 'subscriber', id: account.id });
        await this.mailer.queue(tx, {
          purpose: 'subscriber-invite',
          recipient: account.email,
          subject: 'Área do assinante: nova senha',
          body: `Para criar uma nova senha da área do assinante, abra o link (válido por 1 hora):\n${this.config.NETPROVIDER_PUBLIC_URL.replace(/\/$/, '')}/assinante/primeiro-acesso#token=${token}`,
          token,
        });
      });
    }
  }
}
