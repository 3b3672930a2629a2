import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
  EventStore,
  ProcessorRunner,
  idempotencyKey,
  loadCheckpoint,
  runMigrations,
  eventStoreMigrations,
  type ProjectionProcessor,
  type ReactorProcessor,
  type RecordedEvent,
  type Transaction,
} from './index.js';
import { freshDatabase, type TestDatabase } from './test-support/databases.js';

let t: TestDatabase;
let store: EventStore;

/** A small but real read model: account balances from deposits/withdrawals, plus an event counter. */
function balances(table: string): ProjectionProcessor {
  return {
    kind: 'projection',
    name: `balances-${table}`,
    eventTypes: ['Deposited', 'Withdrawn', 'AccountOpened'],
    batchSize: 37,
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      for (const e of events) {
        const d = e.data as { owner?: string; amountCents?: number };
        if (e.type === 'AccountOpened')
          await tx.query(`INSERT INTO ${table} (account, owner, balance_cents, events) VALUES ($1, $2, 0, 1)`, [e.streamId, d.owner]);
        else
          await tx.query(
            `UPDATE ${table} SET balance_cents = balance_cents + $2, events = events + 1 WHERE account = $1`,
            [e.streamId, e.type === 'Deposited' ? d.amountCents : -d.amountCents!],
          );
      }
    },
    async reset(tx) {
      await tx.query(`DELETE FROM ${table}`);
    },
  };
}

async function snapshot(table: string) {
  return (await t.db.query(`SELECT account, owner, balance_cents, events FROM ${table} ORDER BY account`)).rows;
}

beforeAll(async () => {
  t = await freshDatabase();
  await runMigrations(t.db, [
    ...eventStoreMigrations,
    {
      id: 'test/0001_balances',
      sql: `CREATE TABLE balances_live (account text PRIMARY KEY, owner text, balance_cents bigint NOT NULL, events int NOT NULL);
            CREATE TABLE balances_other (account text PRIMARY KEY, owner text, balance_cents bigint NOT NULL, events int NOT NULL);
            CREATE TABLE effects (key text PRIMARY KEY, deliveries int NOT NULL);`,
    },
  ]);
  store = new EventStore({ db: t.db });
});
afterAll(async () => t?.drop());

async function writeHistory(accounts: number, opsEach: number): Promise<void> {
  for (let a = 0; a < accounts; a++) {
    const id = `account-${randomUUID()}`;
    await store.append(id, [{ type: 'AccountOpened', data: { owner: `owner ${a}` } }], { expectedVersion: 'no_stream' });
    for (let k = 0; k < opsEach; k++)
      await store.append(id, [{ type: k % 3 === 2 ? 'Withdrawn' : 'Deposited', data: { amountCents: 100 + k } }, { type: 'Noise', data: {} }]);
  }
}

describe('processors', () => {
  it('keeps a projection live, checkpointed, and equal to a rebuild from zero', async () => {
    const live = balances('balances_live');
    const runner = new ProcessorRunner(store, [live], { pollIntervalMs: 50 });
    await runner.start();
    try {
      await writeHistory(6, 8);
      await runner.waitIdle();
      const before = await snapshot('balances_live');
      expect(before).toHaveLength(6);
      // 8 ops: deposits at k=0,1,3,4,6,7 and withdrawals at k=2,5 → (100+101+103+104+106+107) - (102+105)
      for (const row of before) expect(row).toMatchObject({ balance_cents: expect.anything(), events: 9 });
      expect(before.map((r) => Number(r.balance_cents))).toEqual(Array(6).fill(621 - 207));
      const cp = await loadCheckpoint(t.db, live.name);
      expect(cp.globalPosition).toBe(await store.headPosition());

      // wreck the read model, then rebuild: the result equals what the live projection had built
      await t.db.query('UPDATE balances_live SET balance_cents = -1');
      await runner.rebuild(live.name);
      expect(await snapshot('balances_live')).toEqual(before);

      // and it stays live after the rebuild
      await writeHistory(1, 2);
      await runner.waitIdle();
      expect(await snapshot('balances_live')).toHaveLength(7);
    } finally {
      await runner.stop();
    }
  });

  it('resumes from the durable checkpoint after a restart, without applying anything twice', async () => {
    const p = balances('balances_other');
    const first = new ProcessorRunner(store, [p], { pollIntervalMs: 50 });
    await first.start();
    await first.waitIdle();
    await first.stop();
    const rowsAfterFirst = await snapshot('balances_other');
    await writeHistory(2, 3);
    const second = new ProcessorRunner(store, [balances('balances_other')], { pollIntervalMs: 50 });
    await second.start();
    await second.waitIdle();
    await second.stop();
    const rows = await snapshot('balances_other');
    expect(rows).toHaveLength(rowsAfterFirst.length + 2);
    const live = await snapshot('balances_live');
    // every account the other projection shares with the live one has identical figures (nothing doubled)
    for (const r of rows) {
      const twin = live.find((l) => l.account === r.account);
      if (twin) expect(r).toEqual(twin);
    }
  });

  it('runs a reactor at least once with a stable idempotency key per event', async () => {
    const seen: string[] = [];
    let failOnce = true;
    const reactor: ReactorProcessor = {
      kind: 'reactor',
      name: 'effects',
      eventTypes: ['Deposited'],
      async handle(events) {
        for (const e of events) {
          const key = idempotencyKey('effects', e);
          seen.push(key);
          await t.db.query(
            `INSERT INTO effects (key, deliveries) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET deliveries = effects.deliveries + 1`,
            [key],
          );
        }
        if (failOnce) {
          failOnce = false;
          throw new Error('downstream timeout'); // the whole batch is retried: at least once
        }
      },
    };
    const runner = new ProcessorRunner(store, [reactor], { pollIntervalMs: 50 });
    await runner.start();
    try {
      await runner.waitIdle();
      await new Promise((r) => setTimeout(r, 300));
      await runner.waitIdle();
      const deposits = await t.db.query<{ c: string }>("SELECT count(*) AS c FROM es_events WHERE type = 'Deposited'");
      const effects = await t.db.query<{ c: string; redelivered: string }>(
        'SELECT count(*) AS c, count(*) FILTER (WHERE deliveries > 1) AS redelivered FROM effects',
      );
      expect(Number(effects.rows[0]!.c)).toBe(Number(deposits.rows[0]!.c)); // every effect happened
      expect(Number(effects.rows[0]!.redelivered)).toBeGreaterThan(0); // the failed batch was delivered again
      expect(new Set(seen).size).toBe(Number(deposits.rows[0]!.c)); // keys are stable across redeliveries
      expect(runner.status()[0]).toMatchObject({ name: 'effects', state: 'running' });
    } finally {
      await runner.stop();
    }
  });

  it('wakes at once on a new append (no poll wait) and runs only one instance of a processor at a time', async () => {
    const calls: string[] = [];
    const make = (who: string): ReactorProcessor => ({
      kind: 'reactor',
      name: 'single-instance',
      eventTypes: ['Ping'],
      async handle(events) {
        for (const e of events) calls.push(`${who}:${e.id}`);
      },
    });
    // poll every 60 s: only a notification can wake them within the test
    const a = new ProcessorRunner(store, [make('a')], { pollIntervalMs: 60_000, lockRetryMs: 100 });
    const b = new ProcessorRunner(store, [make('b')], { pollIntervalMs: 60_000, lockRetryMs: 100 });
    await a.start();
    await a.waitIdle();
    await b.start();
    for (let i = 0; i < 100 && b.status()[0]!.state !== 'standby'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(b.status()[0]!.state).toBe('standby');
    expect(a.status()[0]!.state).toBe('running');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = randomUUID();
      ids.push(id);
      await store.append(`ping-${randomUUID()}`, [{ type: 'Ping', data: {}, id }]);
    }
    const deadline = Date.now() + 10_000;
    while (calls.length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(calls.sort()).toEqual(ids.map((id) => `a:${id}`).sort());
    // when the active instance stops, the standby takes over from the checkpoint
    await a.stop();
    const late = randomUUID();
    await store.append(`ping-${randomUUID()}`, [{ type: 'Ping', data: {}, id: late }]);
    const deadline2 = Date.now() + 10_000;
    while (!calls.includes(`b:${late}`) && Date.now() < deadline2) {
      await new Promise((r) => setTimeout(r, 50));
      (b as unknown as { notifyAll(): void }).notifyAll();
    }
    expect(calls.filter((c) => c.startsWith('b:'))).toEqual([`b:${late}`]);
    await b.stop();
  });

  it('hands a processor that reads without data its events with ids, types and metadata but empty data', async () => {
    const stream = `nodata-${randomUUID()}`;
    await store.append(stream, [{ type: 'NoDataProbe', data: { secret: 'x'.repeat(2000) } }], { metadata: { companyId: 'c-1', actorId: 'u-1' } });
    const seen: RecordedEvent[] = [];
    const reactor: ReactorProcessor = {
      kind: 'reactor',
      name: `no-data-${randomUUID()}`,
      eventTypes: ['NoDataProbe'],
      withData: false,
      async handle(events) {
        seen.push(...events.filter((e) => e.streamId === stream));
      },
    };
    const runner = new ProcessorRunner(store, [reactor], { pollIntervalMs: 50 });
    await runner.start();
    try {
      await runner.waitIdle();
    } finally {
      await runner.stop();
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]!).toMatchObject({ type: 'NoDataProbe', streamVersion: 1, data: {}, metadata: { companyId: 'c-1', actorId: 'u-1' } });
  });
});
