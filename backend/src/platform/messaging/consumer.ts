import { Kafka, logLevel as KafkaLogLevel, type Consumer, type IHeaders, type KafkaConfig } from 'kafkajs';
import type { Database, Migration, Transaction } from '@netprovider/event-store';
import { parseIntegrationEvent, type IntegrationEvent } from './integration-event.js';
import { kafkaLogCreator, silentLogger, type IntegrationEventHandler, type MessagingLogger } from './publisher.js';

/** The consumer-side inbox: one row per (consumer, integration event id) already handled. */
export const inboxMigration: Migration = {
  id: 'messaging/0001_inbox',
  sql: `CREATE TABLE IF NOT EXISTS integration_inbox (
  consumer text NOT NULL,
  event_id text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
CREATE INDEX IF NOT EXISTS integration_inbox_received_at ON integration_inbox (received_at);
`,
};

export const messagingMigrations: Migration[] = [inboxMigration];

/**
 * Remembers which integration events a consumer has handled. `runOnce` runs `fn` and records the id in one
 * transaction, so the handler's writes and the inbox row commit together or not at all; it returns false,
 * without calling `fn`, when the id was already recorded (a redelivery).
 */
export interface DedupStore {
  runOnce(consumer: string, eventId: string, fn: (tx: Transaction) => Promise<void>): Promise<boolean>;
}

/** PostgreSQL / PGlite inbox (table from `inboxMigration`). */
export class PostgresDedupStore implements DedupStore {
  constructor(private readonly db: Database) {}

  async runOnce(consumer: string, eventId: string, fn: (tx: Transaction) => Promise<void>): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // The insert comes first: a concurrent delivery of the same id blocks here until this transaction
      // ends, then sees the row (DO NOTHING) and skips.
      const r = await tx.query(
        `INSERT INTO integration_inbox (consumer, event_id, received_at) VALUES ($1, $2, now())
         ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
        [consumer, eventId],
      );
      if (r.rows.length === 0) return false;
      await fn(tx);
      return true;
    });
  }

  /** Housekeeping: forget ids older than the broker's retention (a redelivery can no longer happen). */
  async prune(olderThan: Date): Promise<number> {
    const r = await this.db.query('DELETE FROM integration_inbox WHERE received_at < $1', [olderThan.toISOString()]);
    return r.rowCount;
  }
}

/**
 * The same inbox for embedded mode: wraps a handler for `InProcessBus.subscribe` so that its database effect
 * happens once per event id even though the outbox may deliver an event again (after a failed batch).
 */
export function dedupHandler(
  dedup: DedupStore,
  consumer: string,
  handler: (event: IntegrationEvent, tx: Transaction, topic: string) => Promise<void>,
): IntegrationEventHandler {
  return async (event, topic) => {
    await dedup.runOnce(consumer, event.id, (tx) => handler(event, tx, topic));
  };
}

export interface IntegrationMessageContext {
  /** The transaction of the inbox row: write the handler's effects through it. */
  tx: Transaction;
  topic: string;
  partition: number;
  offset: string;
  headers: IHeaders;
}

export interface KafkaIntegrationConsumerOptions {
  brokers: string[] | (() => string[] | Promise<string[]>);
  groupId: string;
  topics: readonly string[];
  /** Name of this consumer in the inbox (default: groupId). */
  consumerName?: string;
  dedup: DedupStore;
  handler(event: IntegrationEvent, ctx: IntegrationMessageContext): Promise<void>;
  /** A message that is not a valid envelope: default logs it and skips it (it can never succeed). */
  onInvalid?(err: Error, raw: { topic: string; partition: number; offset: string; value: Buffer | null }): Promise<void> | void;
  /** Read topics from the beginning when the group has no committed offset (default true). */
  fromBeginning?: boolean;
  clientId?: string;
  kafka?: Partial<Omit<KafkaConfig, 'brokers' | 'clientId' | 'logCreator'>>;
  /** kafkajs consumer retry: a handler that throws is retried with this backoff (the message is redelivered). */
  retry?: { retries?: number; initialRetryTime?: number; maxRetryTime?: number };
  sessionTimeout?: number;
  heartbeatInterval?: number;
  logger?: MessagingLogger;
}

/**
 * A Kafka consumer for other services: joins a consumer group, parses each envelope and hands it to the
 * handler inside an inbox transaction, so a redelivered event (same id) is dropped and the handler's
 * database effect happens exactly once. Messages of one partition (hence of one subject) are handled one at
 * a time, in order. A handler that throws rolls back, is not committed to Kafka, and is redelivered.
 */
export class KafkaIntegrationConsumer {
  private consumer: Consumer | null = null;
  private readonly logger: MessagingLogger;
  private readonly name: string;
  /** Counters for metrics / tests. */
  readonly stats = { handled: 0, duplicates: 0, invalid: 0, failed: 0 };

  constructor(private readonly options: KafkaIntegrationConsumerOptions) {
    this.logger = options.logger ?? silentLogger;
    this.name = options.consumerName ?? options.groupId;
  }

  async start(): Promise<void> {
    if (this.consumer) return;
    const o = this.options;
    const brokers = typeof o.brokers === 'function' ? await o.brokers() : o.brokers;
    const kafka = new Kafka({
      ...o.kafka,
      clientId: o.clientId ?? `netprovider-${o.groupId}`,
      brokers,
      logCreator: kafkaLogCreator(this.logger),
      logLevel: KafkaLogLevel.WARN,
    });
    const consumer = kafka.consumer({
      groupId: o.groupId,
      sessionTimeout: o.sessionTimeout ?? 30000,
      heartbeatInterval: o.heartbeatInterval ?? 3000,
      retry: { retries: 10, initialRetryTime: 100, maxRetryTime: 5000, ...o.retry },
    });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [...o.topics], fromBeginning: o.fromBeginning ?? true });
      await consumer.run({
        autoCommit: true,
        eachMessage: async ({ topic, partition, message }) => {
          let event: IntegrationEvent;
          try {
            event = parseIntegrationEvent(message.value ?? '');
          } catch (err) {
            this.stats.invalid++;
            const raw = { topic, partition, offset: message.offset, value: message.value };
            if (o.onInvalid) await o.onInvalid(err as Error, raw);
            else this.logger.error({ topic, partition, offset: message.offset, err: String(err) }, 'skipping invalid integration event');
            return;
          }
          try {
            const fresh = await o.dedup.runOnce(this.name, event.id, (tx) =>
              o.handler(event, { tx, topic, partition, offset: message.offset, headers: message.headers ?? {} }),
            );
            if (fresh) this.stats.handled++;
            else this.stats.duplicates++;
          } catch (err) {
            this.stats.failed++;
            this.logger.warn({ topic, partition, offset: message.offset, id: event.id, err: String(err) }, 'integration event handler failed; will be redelivered');
            throw err;
          }
        },
      });
    } catch (err) {
      await consumer.disconnect().catch(() => undefined);
      throw err;
    }
    this.consumer = consumer;
  }

  async stop(): Promise<void> {
    const c = this.consumer;
    this.consumer = null;
    if (c) await c.disconnect();
  }
}
