import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Database } from '@netprovider/event-store';
import { CONFIG, DATABASE, LOGGER } from '../../../platform/database/tokens.js';
import type { Config } from '../../../platform/config/config.js';
import { IntervalTask } from '../../../platform/scheduling/interval-task.js';
import { SmtpMailTransport, type MailSendResult } from '../../../platform/mail/smtp-mail-transport.js';
import { sha256 } from '../infrastructure/secrets.js';

const TICK_MS = 2_000;
const BATCH = 20;
const LEASE_MS = 120_000;

interface ClaimedRow { id: string; recipient: string; subject: string; body: string; token: string | null; attempts: number }

/** Backoff after a temporary SMTP failure: 30 s, 1 min, 2 min, … at most 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends identity's queued e-mails (password reset, first access, subscriber invite and reset links) through
 * the deployment's SMTP relay (SMTP_URL, MAIL_FROM). Without them nothing is sent: messages stay in
 * `identity_outbox_messages`, as in embedded mode.
 *
 * Rows are claimed with `FOR UPDATE SKIP LOCKED` and a lease (two processes never send the same row). A link
 * whose token was used or expired before it could go is not sent (`expired`). Once the relay accepted a
 * message (or refused it for good), its token and body are erased: the link is a credential and the database
 * keeps no copy. A lease that ran out while sending (the process died) puts the row back in the queue: a
 * duplicate e-mail with the same link is harmless, a lost one locks the person out. Recipients, bodies and
 * tokens never reach the logs.
 */
@Injectable()
export class IdentityMailRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly transport: SmtpMailTransport | null;
  private readonly task: IntervalTask;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.transport = config.SMTP_URL && config.MAIL_FROM
      ? new SmtpMailTransport(config.SMTP_URL, config.MAIL_FROM, 15_000, new URL(config.NETPROVIDER_PUBLIC_URL).hostname)
      : null;
    this.task = new IntervalTask('identity: mail relay', TICK_MS, () => this.drainOnce(), logger);
  }

  /** Whether this deployment sends identity's e-mail (else the links stay in the local outbox). */
  get enabled(): boolean {
    return this.transport !== null;
  }

  onApplicationBootstrap(): void {
    if (!this.transport || this.config.NETPROVIDER_ROLE === 'api' || this.config.NETPROVIDER_ROLE === 'web') return;
    this.task.start();
  }

  onApplicationShutdown(): void {
    this.task.stop();
    this.transport?.close();
  }


  /** One pass over the outbox as of `now` (tests pass a later `now` to reach a retry). */
  async drainOnce(now: Date = new Date()): Promise<{ sent: number; failed: number; retried: number; expired: number }> {
    const result = { sent: 0, failed: 0, retried: 0, expired: 0 };
    if (!this.transport) return result;
    await this.db.query(`UPDATE identity_outbox_messages SET status = 'queued', lease_until = NULL WHERE status = 'sending' AND lease_until < $1`, [now]);
    for (;;) {
      const claimed = await this.db.query<ClaimedRow>(
        `UPDATE identity_outbox_messages SET status = 'sending', lease_until = $1, attempts = attempts + 1
          WHERE status = 'queued' AND id IN (
            SELECT id FROM identity_outbox_messages WHERE status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= $2)
             ORDER BY created_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
          RETURNING id, recipient, subject, body, token, attempts`,
        [new Date(now.getTime() + LEASE_MS), now, BATCH],
      );
      if (!claimed.rows.length) return result;
      for (const row of claimed.rows) result[await this.deliver(row, now)]++;
      if (claimed.rows.length < BATCH) return result;
    }
  }

  private async deliver(row: ClaimedRow, now: Date): Promise<'sent' | 'failed' | 'retried' | 'expired'> {
    if (row.token && !(await this.tokenStillValid(row.token))) {
      await this.finish(row.id, 'expired', 'token-used-or-expired');
      return 'expired';
    }
    const outcome: MailSendResult = await this.transport!.send({ id: row.id, to: row.recipient, subject: row.subject, text: row.body });
    let status: 'sent' | 'failed' | 'retried';
    if (outcome.kind === 'sent') {
      status = 'sent';
      await this.finish(row.id, 'sent', null);
    } else if (outcome.kind === 'permanent' || row.attempts >= this.config.IDENTITY_MAIL_MAX_ATTEMPTS) {
      status = 'failed';
      await this.finish(row.id, 'failed', outcome.error);
    } else {
      status = 'retried';
      await this.db.query(
        `UPDATE identity_outbox_messages SET status = 'queued', lease_until = NULL, next_attempt_at = $2, last_error = $3 WHERE id = $1 AND status = 'sending'`,
        [row.id, new Date(now.getTime() + retryDelayMs(row.attempts)), outcome.error],
      );
    }
    this.logger.info({ messageId: row.id, attempt: row.attempts, status, error: outcome.kind === 'sent' ? undefined : outcome.error }, 'identity: mail delivery');
    return status;
  }

  /** Final state: the link (token and the body carrying it) is erased. */
  private async finish(id: string, status: 'sent' | 'failed' | 'expired', error: string | null): Promise<void> {
    await this.db.query(
      `UPDATE identity_outbox_messages SET status = $2, last_error = $3, lease_until = NULL, token = NULL, body = '',
         sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END
        WHERE id = $1 AND status = 'sending'`,
      [id, status, error],
    );
  }

  private async tokenStillValid(token: string): Promise<boolean> {
    const r = await this.db.query('SELECT 1 FROM identity_one_time_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()', [sha256(token)]);
    return r.rows.length > 0;
  }
}
