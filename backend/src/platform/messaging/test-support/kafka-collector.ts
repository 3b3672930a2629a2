import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { parseIntegrationEvent, type IntegrationEvent } from '../integration-event.js';

export interface Received {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
  event: IntegrationEvent;
}

/** A plain kafkajs consumer (own group, from the beginning) that records every message it reads, for assertions. */
export interface Collector {
  readonly received: Received[];
  waitFor(predicate: (received: readonly Received[]) => boolean, timeoutMs?: number, what?: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * `awaitAssignment`: resolve only once the group has joined and every partition of `topics` is assigned, so a
 * message produced afterwards is certainly read (the mock broker takes ~3 s to settle a new group).
 */
export async function collect(brokers: string[], topics: string[], options: { awaitAssignment?: boolean; timeoutMs?: number } = {}): Promise<Collector> {
  const kafka = new Kafka({ brokers, clientId: 'test-collector', logLevel: logLevel.NOTHING, retry: { retries: 3, initialRetryTime: 100 } });
  const consumer: Consumer = kafka.consumer({ groupId: `collector-${randomUUID()}`, maxWaitTimeInMs: 100 });
  const received: Received[] = [];
  let assigned: Promise<void> = Promise.resolve();
  if (options.awaitAssignment) {
    const timeoutMs = options.timeoutMs ?? 30_000;
    assigned = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the test consumer was not assigned ${topics.join(', ')} within ${timeoutMs} ms`)), timeoutMs);
      consumer.on(consumer.events.GROUP_JOIN, (e) => {
        const assignment = e.payload.memberAssignment as Record<string, number[]>;
        if (topics.every((t) => (assignment[t]?.length ?? 0) > 0)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  }
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
      received.push({
        topic,
        partition,
        offset: message.offset,
        key: message.key ? message.key.toString('utf8') : null,
        headers,
        event: parseIntegrationEvent(message.value ?? ''),
      });
    },
  });
  await assigned;
  let stopped = false;
  return {
    received,
    async waitFor(predicate, timeoutMs = 20_000, what = 'condition') {
      const until = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}; received ${received.length} messages`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await consumer.disconnect().catch(() => undefined);
    },
  };
}

export async function waitUntil(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

