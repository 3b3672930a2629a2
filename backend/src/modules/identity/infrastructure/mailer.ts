import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { SqlExecutor } from '@netprovider/event-store';
import { LOGGER } from '../../../platform/database/tokens.js';

export interface OutgoingMessage {
  purpose: 'password-reset' | 'first-access' | 'subscriber-invite';
  recipient: string;
  subject: string;
  body: string;
  /** The one-time token the message carries: kept in the outbox row only, never logged. */
  token?: string;
}

/**
 * Mail adapter: every message is queued in `identity_outbox_messages`, written in the caller's transaction
 * (a link is never e-mailed for a change that rolled back). With SMTP configured the relay
 * (`processors/mail-relay.ts`) sends it and erases the link; without, it stays in the local outbox (embedded
 * mode). The log says that a message was queued, its purpose and id — never the recipient (personal data),
 * the body or the token.
 */
@Injectable()
export class Mailer {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  async queue(exec: SqlExecutor, message: OutgoingMessage): Promise<string> {
    const id = randomUUID();
    await exec.query(
      'INSERT INTO identity_outbox_messages (id, purpose, recipient, subject, body, token) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, message.purpose, message.recipient, message.subject, message.body, message.token ?? null],
    );
    this.logger.info({ messageId: id, purpose: message.purpose }, 'mail message queued in the outbox');
    return id;
  }
}
