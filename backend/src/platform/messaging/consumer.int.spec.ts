import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { runMigrations } from '@netprovider/event-store';
import { freshDatabase, type TestDatabase } from '../../../../packages/event-store/src/test-support/databases.js';
import { KafkaIntegrationConsumer, messagingMigrations, PostgresDedupStore } from './consumer.js';
import type { IntegrationEvent } from './integration-event.js';
import { KafkaPublisher } from './publisher.js';
import { startKafkaBroker, type TestKafkaBroker } from './test-support/kafka-broker.js';
import { waitUntil } from './test-support/kafka-collector.js';

// Tier: int (real Kafka-protocol broker + real database: PGlite, or PostgreSQL when DATABASE_URL is set).

let broker: TestKafkaBroker;
let t: TestDatabase;
let dedup: PostgresDedupStore;
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  [broker, t] = await Promise.all([startKafkaBroker(), freshDatabase()]);
  expect(await runMigrations(t.db, messagingMigrations)).toEqual(['messaging/0001_inbox']);
  expect(await runMigrations(t.db, messagingMigrations)).toEqual([]); // idempotent with the event store's runner
  await t.db.exec('CREATE TABLE ledger (n serial PRIMARY KEY, consumer text NOT NULL, event_id text NOT NULL, amount integer NOT NULL)');
  dedup = new PostgresDedupStore(t.db);
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  await t?.drop();
  await broker?.stop();
});

const event = (amount: number, subject = `invoice-${randomUUID()}`): IntegrationEvent => ({
  id: randomUUID(),
  type: 'billing.PaymentReceived',
  version: 1,
  source: 'billing',
  subject,
  occurredAt: new Date().toISOString(),
  data: { amount },
});

async function rows(sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  return (await t.db.query<Record<string, unknown>>(sql, params)).rows;
}

describe('PostgresDedupStore', () => {
  it('commits the handler write and the inbox row together; a throwing handler leaves neither; a second delivery is dropped', async () => {
    const consumer = `unit-${randomUUID()}`;
    const id = randomUUID();
    const write = (amount: number) => async (tx: { query: (s: string, p: unknown[]) => Promise<unknown> }) => {
      await tx.query('INSERT INTO ledger (consumer, event_id, amount) VALUES ($1, $2, $3)', [consumer, id, amount]);
    };

    const err = await dedup
      .runOnce(consumer, id, async (tx) => {
        await write(1)(tx);
        throw new Error('handler failed after writing');
      })
      .catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect(await rows('SELECT * FROM integration_inbox WHERE consumer = $1', [consumer])).toEqual([]);
    expect(await rows('SELECT * FROM ledger WHERE consumer = $1', [consumer])).toEqual([]);

    expect(await dedup.runOnce(consumer, id, write(2))).toBe(true);
    let called = false;
    expect(await dedup.runOnce(consumer, id, async () => void (called = true))).toBe(false);
    expect(called).toBe(false);
    expect((await rows('SELECT amount FROM ledger WHERE consumer = $1', [consumer])).map((r) => r.amount)).toEqual([2]);
    expect(await rows('SELECT event_id FROM integration_inbox WHERE consumer = $1', [consumer])).toEqual([{ event_id: id }]);
    // the inbox is per consumer: another consumer handles the same id
    expect(await dedup.runOnce(`${consumer}-other`, id, async () => undefined)).toBe(true);
  });

  it('runs a handler once when the same id is delivered concurrently', async () => {
    const consumer = `conc-${randomUUID()}`;
    const id = randomUUID();
    let calls = 0;
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        dedup.runOnce(consumer, id, async (tx) => {
          calls++;
          await tx.query('INSERT INTO ledger (consumer, event_id, amount) VALUES ($1, $2, 1)', [consumer, id]);
        }),
      ),
    );
    expect(results.filter(Boolean).length).toBe(1);
    expect(calls).toBe(1);
    expect((await rows('SELECT * FROM ledger WHERE consumer = $1', [consumer])).length).toBe(1);
  });
});

describe('KafkaIntegrationConsumer', () => {
  it('drops a redelivered event, retries a failed handler without an inbox row, skips invalid messages', async () => {
    const topic = `c-${randomUUID().slice(0, 8)}.billing`;
    const groupId = `ledger-${randomUUID().slice(0, 8)}`;
    const publisher = new KafkaPublisher({ brokers: broker.brokers, idempotent: false });
    cleanups.push(() => publisher.close());
    const subject = `invoice-${randomUUID()}`;
    const e1 = event(10, subject);
    const e2 = event(20, subject);
    const e3 = event(30, subject);
    // e1 is published twice (an outbox retry after a crash): same id.
    await publisher.publish([e1, e2, e1].map((event) => ({ topic, event })));
    const raw = new Kafka({ brokers: broker.brokers, logLevel: logLevel.NOTHING }).producer();
    await raw.connect();
    await raw.send({ topic, messages: [{ key: subject, value: '{"not":"an envelope"}' }] });
    await raw.disconnect();
    await publisher.publish([{ topic, event: e3 }, { topic, event: e2 }]);

    const attempts = new Map<string, number>();
    const seen: string[] = [];
    const invalid: string[] = [];
    const consumer = new KafkaIntegrationConsumer({
      brokers: broker.brokers,
      groupId,
      topics: [topic],
      dedup,
      retry: { initialRetryTime: 50, maxRetryTime: 200 },
      onInvalid: (err) => void invalid.push(err.message),
      async handler(ev, { tx, headers }) {
        attempts.set(ev.id, (attempts.get(ev.id) ?? 0) + 1);
        expect(String(headers['event-id'])).toBe(ev.id);
        await tx.query('INSERT INTO ledger (consumer, event_id, amount) VALUES ($1, $2, $3)', [groupId, ev.id, (ev.data as { amount: number }).amount]);
        if (ev.id === e2.id && attempts.get(ev.id) === 1) throw new Error('transient failure after the write');
        seen.push(ev.id);
      },
    });
    cleanups.push(() => consumer.stop());
    await consumer.start();
    await waitUntil(() => consumer.stats.handled === 3 && consumer.stats.duplicates === 2 && consumer.stats.invalid === 1, 30_000, 'all 6 messages');
    await consumer.stop();

    expect(seen).toEqual([e1.id, e2.id, e3.id]); // per-subject order kept, each handled once
    expect(attempts.get(e2.id)).toBe(2); // the failed attempt was redelivered
    expect(attempts.get(e1.id)).toBe(1); // the duplicate never reached the handler
    expect(consumer.stats.failed).toBe(1);
    expect(invalid).toHaveLength(1);
    const ledger = await rows('SELECT event_id, amount FROM ledger WHERE consumer = $1 ORDER BY n', [groupId]);
    expect(ledger).toEqual([
      { event_id: e1.id, amount: 10 },
      { event_id: e2.id, amount: 20 },
      { event_id: e3.id, amount: 30 },
    ]);
    const inbox = await rows('SELECT event_id FROM integration_inbox WHERE consumer = $1 ORDER BY received_at, event_id', [groupId]);
    expect(inbox.map((r) => r.event_id).sort()).toEqual([e1.id, e2.id, e3.id].sort());
  });
});
