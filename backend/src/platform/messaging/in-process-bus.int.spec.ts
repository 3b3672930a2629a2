import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { EventStore, ProcessorRunner, runMigrations, type RecordedEvent } from '@netprovider/event-store';
import { dedupHandler, messagingMigrations, PostgresDedupStore } from './consumer.js';
import { freshDatabase, withEventStoreSchema, type TestDatabase } from '../../../../packages/event-store/src/test-support/databases.js';
import { integrationEventFrom, type IntegrationEvent } from './integration-event.js';
import { createOutboxProcessor } from './outbox.js';
import { InProcessBus, topicPerSource } from './publisher.js';
import { waitUntil } from './test-support/kafka-collector.js';

// Tier: int (real database: PGlite, or PostgreSQL when DATABASE_URL is set; no broker: embedded mode).

let t: TestDatabase;
let store: EventStore;
beforeAll(async () => {
  t = await withEventStoreSchema(await freshDatabase());
  await runMigrations(t.db, messagingMigrations);
  await t.db.exec('CREATE TABLE activations (event_id text NOT NULL, i integer NOT NULL)');
  store = new EventStore({ db: t.db });
});
afterAll(async () => t?.drop());

const ie = (type: string, subject = 's-1', data: unknown = { n: 1 }): IntegrationEvent => ({
  id: randomUUID(),
  type,
  version: 1,
  source: type.split('.')[0]!,
  subject,
  occurredAt: new Date().toISOString(),
  data,
});

describe('InProcessBus', () => {
  it('delivers by topic, by type and to "*", in order, awaiting each handler; each handler gets its own copy', async () => {
    const bus = new InProcessBus();
    const log: string[] = [];
    bus.subscribe('netprovider.contracts', async (e, topic) => {
      await new Promise((r) => setTimeout(r, 30));
      (e.data as { n: number }).n = 999; // must not leak to other handlers
      log.push(`topic:${topic}:${e.type}`);
    });
    bus.subscribe('contracts.ContractActivated', (e) => void log.push(`type:${e.type}:${(e.data as { n: number }).n}`));
    const offAll = bus.subscribe('*', (e) => void log.push(`all:${e.type}`));
    const a = ie('contracts.ContractActivated');
    const b = ie('contracts.ContractSuspended');
    const c = ie('billing.InvoiceIssued');
    await bus.publish([
      { topic: 'netprovider.contracts', event: a },
      { topic: 'netprovider.contracts', event: b },
      { topic: 'netprovider.billing', event: c },
    ]);
    expect(log).toEqual([
      'topic:netprovider.contracts:contracts.ContractActivated',
      'type:contracts.ContractActivated:1',
      'all:contracts.ContractActivated',
      'topic:netprovider.contracts:contracts.ContractSuspended',
      'all:contracts.ContractSuspended',
      'all:billing.InvoiceIssued',
    ]);
    expect((a.data as { n: number }).n).toBe(1);
    offAll();
    log.length = 0;
    await bus.publish([{ topic: 'netprovider.billing', event: c }]);
    expect(log).toEqual([]);
    const bad = await bus.publish([{ topic: 'x', event: { ...c, type: 'no dots' } }]).catch((e: Error) => e);
    expect(String(bad)).toMatch(/invalid integration event/);
  });

  it('embedded mode: the outbox delivers through the bus; a failing handler makes the batch retry with the same ids', async () => {
    const bus = new InProcessBus();
    const mapper = {
      eventType: 'ContractActivated',
      map: (e: RecordedEvent) => integrationEventFrom(e, { type: 'contracts.ContractActivated', version: 1, source: 'contracts', data: e.data }),
    };
    const outbox = createOutboxProcessor({ name: 'bus-outbox', mappers: [mapper], publisher: bus, topicFor: topicPerSource() });
    const received: IntegrationEvent[] = [];
    let failOnce = true;
    bus.subscribe('netprovider.contracts', (e) => {
      received.push(e);
      if (failOnce && received.length === 3) {
        failOnce = false;
        throw new Error('handler down');
      }
    });
    // A subscriber with the inbox: its table gets each event exactly once despite the redelivery.
    bus.subscribe(
      'contracts.ContractActivated',
      dedupHandler(new PostgresDedupStore(t.db), 'activations', async (e, tx) => {
        await tx.query('INSERT INTO activations (event_id, i) VALUES ($1, $2)', [e.id, (e.data as { i: number }).i]);
      }),
    );
    // Appended before the runner starts: one batch, so the failure at the 3rd event re-delivers the 1st and 2nd.
    const s = `contract-${randomUUID()}`;
    for (let i = 1; i <= 5; i++) await store.append(s, [{ type: 'ContractActivated', data: { i } }, { type: 'Ignored', data: {} }]);
    const runner = new ProcessorRunner(store, [outbox], { pollIntervalMs: 50 });
    await runner.start();
    try {
      // ProcessorRunner.waitIdle skips a worker that has not taken its lock yet (state 'stopped').
      await waitUntil(() => runner.status().every((x) => x.state !== 'stopped'), 10_000, 'the outbox to start');
      await runner.waitIdle();
    } finally {
      await runner.stop();
    }
    const unique = [...new Map(received.map((e) => [e.id, e])).values()];
    expect(unique.map((e) => (e.data as { i: number }).i)).toEqual([1, 2, 3, 4, 5]);
    expect(received.map((e) => (e.data as { i: number }).i)).toEqual([1, 2, 3, 1, 2, 3, 4, 5]); // the failed batch again, same ids
    expect(received.every((e) => e.type === 'contracts.ContractActivated')).toBe(true);
    const rows = (await t.db.query<{ i: number }>('SELECT i FROM activations ORDER BY i')).rows;
    expect(rows.map((r) => r.i)).toEqual([1, 2, 3, 4, 5]);
  });
});
