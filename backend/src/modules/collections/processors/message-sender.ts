import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Database } from '@netprovider/event-store';
import { CONFIG, DATABASE, LOGGER } from '../../../platform/database/tokens.js';
import type { Config } from '../../../platform/config/config.js';
import { IntervalTask } from '../../../platform/scheduling/interval-task.js';
import { CustomersPublicApi } from '../../customers/public-api.js';
import type { StepAction } from '../domain/ladder.js';
import { afterTemporaryFailure, emailSubject, type SendOutcome } from '../domain/message-delivery.js';
import { MessageChannels } from '../infrastructure/channels/message-channels.js';

const TICK_MS = 2_000;
const BATCH = 20;

interface ClaimedRow { id: string; company_id: string; customer_id: string; action: StepAction | null; channel: string; body: string; attempts: number }

/**
 * Drains the message outbox (`collections_messages`): claims queued rows with `FOR UPDATE SKIP LOCKED` and a
 * lease (status `sending`, committed before any provider call), resolves the recipient through the customers
 * context, makes one provider call and records the outcome — sent (+ provider message id), failed (4xx,
 * erased customer, no address), or queued again with exponential backoff (5xx, 429, timeout). Two processes
 * never claim the same row. A row whose lease expired while `sending` (the process died between the provider
 * call and recording it) becomes `uncertain` and is not sent again: none of the providers takes an
 * idempotency key, so sending again could deliver it twice. Messages of channels with no provider configured
 * become `local` (embedded mode: they stay in the outbox, visible in the app). Recipients and bodies are never
 * logged; `last_error` keeps codes and provider statuses only.
 */
@Injectable()
export class MessageSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task: IntervalTask;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly channels: MessageChannels,
    private readonly customers: CustomersPublicApi,
  ) {
    this.task = new IntervalTask('collections: message sender', TICK_MS, () => this.drainOnce(), logger);
  }

  onApplicationBootstrap(): void {
    if (this.config.NETPROVIDER_ROLE === 'api' || this.config.NETPROVIDER_ROLE === 'web') return;
    this.task.start();
  }

  onApplicationShutdown(): void {
    this.task.stop();
  }


  /** One pass over the outbox as of `now` (tests pass a later `now` to reach a retry); returns what it did. */
  async drainOnce(now: Date = new Date()): Promise<{ sent: number; failed: number; retried: number; local: number; uncertain: number }> {
    const result = { sent: 0, failed: 0, retried: 0, local: 0, uncertain: 0 };
    const configured = this.channels.configured();
    result.local = (await this.db.query(
      `UPDATE collections_messages SET status = 'local', status_at = $2 WHERE status = 'queued' AND NOT (channel = ANY($1::text[]))`, [configured, now],
    )).rowCount ?? 0;
    result.uncertain = (await this.db.query(
      `UPDATE collections_messages SET status = 'uncertain', last_error = 'interrupted-while-sending', lease_until = NULL, status_at = $1 WHERE status = 'sending' AND lease_until < $1`, [now],
    )).rowCount ?? 0;
    if (!configured.length) return result;
    for (;;) {
      const claimId = randomUUID();
      const lease = new Date(now.getTime() + 2 * this.config.COLLECTIONS_SEND_TIMEOUT_MS + 60_000);
      const claimed = await this.db.query<ClaimedRow>(
        `UPDATE collections_messages SET status = 'sending', claim_id = $1, lease_until = $2, attempts = attempts + 1, status_at = $3
          WHERE status = 'queued' AND id IN (
            SELECT id FROM collections_messages WHERE status = 'queued' AND channel = ANY($4::text[]) AND (next_attempt_at IS NULL OR next_attempt_at <= $3)
             ORDER BY created_at, id LIMIT $5 FOR UPDATE SKIP LOCKED)
          RETURNING id, company_id, customer_id, action, channel, body, attempts`,
        [claimId, lease, now, configured, BATCH],
      );
      if (!claimed.rows.length) return result;
      for (const row of claimed.rows) {
        const outcome = await this.sendOne(row);
        const status = await this.record(row, claimId, outcome, now);
        if (status === 'sent') result.sent++;
        else if (status === 'failed') result.failed++;
        else result.retried++;
      }
      if (claimed.rows.length < BATCH) return result;
    }
  }

  private async sendOne(row: ClaimedRow): Promise<SendOutcome> {
    const adapter = this.channels.adapter(row.channel)!;
    const contacts = await this.customers.contactPoints(row.company_id, row.customer_id);
    if (!contacts) return { kind: 'permanent', error: 'customer-not-found' };
    if (contacts.erased) return { kind: 'permanent', error: 'customer-erased' };
    const to = adapter.recipient(contacts);
    if (!to) return { kind: 'permanent', error: `no-recipient-for-${row.channel}` };
    try {
      return await adapter.send({ id: row.id, subject: emailSubject(row.action), body: row.body }, to);
    } catch (err) {
      return { kind: 'temporary', error: `adapter-error:${(err as Error).name}` };
    }
  }

  private async record(row: ClaimedRow, claimId: string, outcome: SendOutcome, now: Date): Promise<'sent' | 'failed' | 'queued'> {
    const adapter = this.channels.adapter(row.channel)!;
    const base = `UPDATE collections_messages SET lease_until = NULL, status_at = $3, provider = $4`;
    const where = `WHERE id = $1 AND claim_id = $2 AND status = 'sending'`;
    const at = new Date();
    let status: 'sent' | 'failed' | 'queued';
    if (outcome.kind === 'sent') {
      status = 'sent';
      await this.db.query(`${base}, status = 'sent', provider_message_id = $5, last_error = NULL ${where}`, [row.id, claimId, at, adapter.provider, outcome.providerMessageId]);
    } else if (outcome.kind === 'permanent') {
      status = 'failed';
      await this.db.query(`${base}, status = 'failed', last_error = $5 ${where}`, [row.id, claimId, at, adapter.provider, outcome.error]);
    } else {
      const next = afterTemporaryFailure(row.attempts, this.config.COLLECTIONS_SEND_MAX_ATTEMPTS, now);
      status = next.status;
      await this.db.query(
        `${base}, status = $5, next_attempt_at = $6, last_error = $7 ${where}`,
        [row.id, claimId, at, adapter.provider, next.status, next.status === 'queued' ? next.nextAttemptAt : null, outcome.error],
      );
    }
    this.logger.info({ messageId: row.id, channel: row.channel, provider: adapter.provider, attempt: row.attempts, status, error: outcome.kind === 'sent' ? undefined : outcome.error }, 'collections: message delivery');
    return status;
  }
}
