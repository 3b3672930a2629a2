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
 * Mail adapter. There is no mail transport yet: every message is queued in `identity_outbox_messages`
 * (written in the caller's transaction) and the log says that a message was queued, for whom and its id,
 * never its body or token. A relay (SMTP, transactional API) will drain the table when it lands.
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
    this.logger.info({ messageId: id, recipient: message.recipient, purpose: message.purpose }, 'mail message queued in the local outbox');
    return id;
  }
}
