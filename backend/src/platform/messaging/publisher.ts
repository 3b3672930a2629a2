import { Kafka, Partitioners, logLevel as KafkaLogLevel, type LogEntry, type Producer, type KafkaConfig } from 'kafkajs';
import { parseIntegrationEvent, serializeIntegrationEvent, type IntegrationEvent } from './integration-event.js';

export interface OutgoingMessage {
  topic: string;
  event: IntegrationEvent;
}

/**
 * Where the outbox hands integration events. `publish` resolves only once every message is durably accepted
 * (for Kafka: acknowledged by all in-sync replicas); it throws otherwise, and the caller retries the whole
 * list later. Messages with the same subject must be delivered in the order given.
 */
export interface IntegrationEventPublisher {
  publish(messages: ReadonlyArray<OutgoingMessage>): Promise<void>;
  close(): Promise<void>;
}

export interface MessagingLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: MessagingLogger = { info() {}, warn() {}, error() {} };

/** Header names every published message carries (values are UTF-8 strings). */
export const HEADERS = {
  id: 'event-id',
  type: 'event-type',
  version: 'event-version',
  source: 'event-source',
  contentType: 'content-type',
} as const;

/** `KAFKA_BROKERS`-style list: "host1:9092, host2:9092" -> ['host1:9092', 'host2:9092']. */
export function parseBrokers(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The suggested topic naming: one topic per publishing module, `<prefix>.<source>` (e.g. 'netprovider.contracts'). */
export function topicPerSource(prefix = 'netprovider'): (ie: IntegrationEvent) => string {
  return (ie) => `${prefix}.${ie.source}`;
}

/** Routes kafkajs' own logs to a structured logger (kafkajs logs connection errors loudly while retrying). */
export function kafkaLogCreator(logger: MessagingLogger) {
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, ...rest } = log;
      // We deliberately bound retries (so `publish` fails instead of hanging while the broker is down);
      // the outbox re-publishes the whole batch and consumers dedupe by id, so this warning is expected.
      if (message.startsWith('Limiting retries for the idempotent producer')) return;
      const obj = { kafka: namespace, ...rest };
      if (level === KafkaLogLevel.ERROR) logger.error(obj, message);
      else if (level === KafkaLogLevel.WARN) logger.warn(obj, message);
      else logger.info(obj, message);
    };
}

export interface KafkaPublisherOptions {
  /** Bootstrap brokers, or a provider asked again at every (re)connection (config reload, tests re-pointing). */
  brokers: string[] | (() => string[] | Promise<string[]>);
  clientId?: string;
  /**
   * Idempotent producer (default true): the broker drops duplicates caused by the producer's own retries.
   * Needs InitProducerId to be served by the controller; librdkafka's mock cluster (tests) reports a
   * controller that is not a broker, so tests set it to false.
   */
  idempotent?: boolean;
  /** Retries of one send inside kafkajs before `publish` gives up and throws (default 5, 100 ms doubling, 2 s max). */
  retry?: { retries?: number; initialRetryTime?: number; maxRetryTime?: number };
  connectionTimeout?: number;
  requestTimeout?: number;
  /** Messages per produce request (default 500); requests are sent one after another, in order. */
  maxMessagesPerRequest?: number;
  /** Passed through to kafkajs (ssl, sasl, ...). */
  kafka?: Partial<Omit<KafkaConfig, 'brokers' | 'clientId' | 'logCreator'>>;
  logger?: MessagingLogger;
}

/**
 * Publishes to Kafka with acks = all, the subject as key (same subject -> same partition -> order kept) and
 * id / type / version / source in headers. It connects lazily on the first publish. When a send fails the
 * producer is thrown away (a fresh one, with a fresh producer id, is built on the next publish) and the
 * error is re-thrown: the outbox keeps its checkpoint and retries the batch, so nothing is lost.
 */
export class KafkaPublisher implements IntegrationEventPublisher {
  private producer: Producer | null = null;
  private connecting: Promise<Producer> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly logger: MessagingLogger;

  constructor(private readonly options: KafkaPublisherOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  /** Serialised: concurrent callers are published one after another, in call order. */
  publish(messages: ReadonlyArray<OutgoingMessage>): Promise<void> {
    const run = this.chain.then(() => this.send(messages));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async send(messages: ReadonlyArray<OutgoingMessage>): Promise<void> {
    if (this.closed) throw new Error('KafkaPublisher is closed');
    if (messages.length === 0) return;
    const encoded = messages.map((m) => ({
      topic: m.topic,
      message: {
        key: m.event.subject,
        value: serializeIntegrationEvent(m.event),
        headers: {
          [HEADERS.id]: m.event.id,
          [HEADERS.type]: m.event.type,
          [HEADERS.version]: String(m.event.version),
          [HEADERS.source]: m.event.source,
          [HEADERS.contentType]: 'application/json',
        },
      },
    }));
    const producer = await this.connect();
    const per = this.options.maxMessagesPerRequest ?? 500;
    try {
      for (let i = 0; i < encoded.length; i += per) {
        // Group by topic keeping the relative order of messages: kafkajs keeps order within a partition.
        const byTopic = new Map<string, Array<(typeof encoded)[number]['message']>>();
        for (const m of encoded.slice(i, i + per)) {
          let list = byTopic.get(m.topic);
          if (!list) byTopic.set(m.topic, (list = []));
          list.push(m.message);
        }
        await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, msgs]) => ({ topic, messages: msgs })) });
      }
    } catch (err) {
      this.logger.warn({ err: String(err), messages: messages.length }, 'kafka publish failed; producer reset, batch will be retried');
      await this.reset();
      throw err;
    }
  }

  private async connect(): Promise<Producer> {
    if (this.producer) return this.producer;
    if (!this.connecting) {
      this.connecting = (async () => {
        const brokers = typeof this.options.brokers === 'function' ? await this.options.brokers() : this.options.brokers;
        if (!brokers.length) throw new Error('KafkaPublisher: no brokers configured');
        const retry = { retries: 5, initialRetryTime: 100, maxRetryTime: 2000, ...this.options.retry };
        const kafka = new Kafka({
          ...this.options.kafka,
          retry,
          clientId: this.options.clientId ?? 'netprovider-outbox',
          brokers,
          connectionTimeout: this.options.connectionTimeout ?? 3000,
          requestTimeout: this.options.requestTimeout ?? 30000,
          logCreator: kafkaLogCreator(this.logger),
          logLevel: KafkaLogLevel.WARN,
        });
        const idempotent = this.options.idempotent ?? true;
        const producer = kafka.producer({
          idempotent,
          maxInFlightRequests: 1,
          allowAutoTopicCreation: true,
          createPartitioner: Partitioners.DefaultPartitioner,
          retry,
        });
        try {
          await producer.connect();
        } catch (err) {
          await producer.disconnect().catch(() => undefined);
          throw err;
        }
        return producer;
      })();
    }
    try {
      this.producer = await this.connecting;
      return this.producer;
    } finally {
      this.connecting = null;
    }
  }

  private async reset(): Promise<void> {
    const p = this.producer;
    this.producer = null;
    if (p) await withTimeout(p.disconnect(), 2000).catch(() => undefined);
  }

  /** Readiness: can a producer connect to the brokers right now? */
  async ping(): Promise<boolean> {
    try {
      return (await withTimeout(this.connect(), 3000)) !== undefined;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.chain;
    await this.reset();
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve, reject) => {
    const t = setTimeout(() => resolve(undefined), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

export type IntegrationEventHandler = (event: IntegrationEvent, topic: string) => Promise<void> | void;

/**
 * Embedded mode (single process, no Kafka): `publish` delivers each message, in order, to the handlers
 * subscribed to its topic, to its event type, or to '*', awaiting each one. A handler that throws makes
 * `publish` throw: the outbox retries the batch, so handlers see events at least once (dedupe by `event.id`).
 * Each handler gets its own copy, passed through the same serializer/validator as Kafka messages.
 */
export class InProcessBus implements IntegrationEventPublisher {
  private readonly handlers = new Map<string, Set<IntegrationEventHandler>>();

  subscribe(topicOrType: string, handler: IntegrationEventHandler): () => void {
    let set = this.handlers.get(topicOrType);
    if (!set) this.handlers.set(topicOrType, (set = new Set()));
    set.add(handler);
    return () => {
      set!.delete(handler);
    };
  }

  async publish(messages: ReadonlyArray<OutgoingMessage>): Promise<void> {
    for (const m of messages) {
      const wire = serializeIntegrationEvent(m.event);
      const targets = new Set<IntegrationEventHandler>([
        ...(this.handlers.get(m.topic) ?? []),
        ...(this.handlers.get(m.event.type) ?? []),
        ...(this.handlers.get('*') ?? []),
      ]);
      for (const h of targets) await h(parseIntegrationEvent(wire), m.topic);
    }
  }

  async close(): Promise<void> {
    this.handlers.clear();
  }
}
