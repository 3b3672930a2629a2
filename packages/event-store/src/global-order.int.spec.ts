import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { EventStore, START, type GlobalCheckpoint, type Transaction } from './index.js';
import { freshPostgres, postgresAvailable, withEventStoreSchema, type TestDatabase } from './test-support/databases.js';

/**
 * Two transactions commit out of order: the one that took the LOWER position commits LAST. A reader that
 * simply follows global_position would move past the lower position while it is still invisible, and never
 * see that event. These tests hold two transactions open by hand and interleave them step by step. They
 * need two real connections, so they run on a PostgreSQL server (PGlite has one connection and cannot
 * interleave; there transactions are serial and commit order equals position order).
 */
const available = await postgresAvailable();

describe.skipIf(!available)('global log ordering under out-of-order commits (needs a PostgreSQL server)', () => {
  let t: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    t = await withEventStoreSchema(await freshPostgres());
    store = new EventStore({ db: t.db });
  });
  afterAll(async () => t?.drop());

  /** Opens a transaction and returns controls to append inside it and to commit it later. */
  function openTx() {
    let txRef!: Transaction;
    let release!: () => void;
    const ready = new Promise<void>((r) => (release = r));
    let opened!: () => void;
    const isOpen = new Promise<void>((r) => (opened = r));
    const done = t.db.transaction(async (tx) => {
      txRef = tx;
      opened();
      await ready;
    });
    return {
      isOpen,
      append: async (streamId: string, type: string) =>
        (await store.append(streamId, [{ type, data: {} }], { tx: txRef })).lastGlobalPosition!,
      xid: async () => (await txRef.query<{ x: string }>('SELECT pg_current_xact_id()::text AS x')).rows[0]!.x,
      commit: async () => {
        release();
        await done;
      },
    };
  }

  async function drain(cp: GlobalCheckpoint): Promise<{ types: string[]; cp: GlobalCheckpoint }> {
    const types: string[] = [];
    for (;;) {
      const b = await store.readAll(cp, { limit: 100 });
      if (b.scanned === 0) return { types, cp };
      types.push(...b.events.map((e) => e.type));
      cp = b.checkpoint;
    }
  }

  it('never skips an event whose transaction took a lower position but committed later', async () => {
    const a = openTx();
    const b = openTx();
    await Promise.all([a.isOpen, b.isOpen]);
    const posA = await a.append(`s-${randomUUID()}`, 'A'); // lower position, still uncommitted
    const posB = await b.append(`s-${randomUUID()}`, 'B');
    expect(posA).toBeLessThan(posB);
    await b.commit(); // B commits first, while A (lower position) is in flight

    // A naive reader ordered by position alone sees B now and would move its checkpoint past A's position:
    const naive = await t.db.query<{ global_position: string }>('SELECT global_position FROM es_events ORDER BY global_position');
    expect(naive.rows.map((r) => Number(r.global_position))).toEqual([posB]);

    // Our reader holds back everything at or past the oldest in-flight transaction:
    const first = await drain(START);
    expect(first.types).toEqual([]);

    await a.commit();
    const second = await drain(first.cp);
    expect(second.types).toEqual(['A', 'B']);
    const third = await drain(second.cp);
    expect(third.types).toEqual([]);
  });

  it('orders by transaction first: a transaction that began earlier but wrote later is still read, once', async () => {
    const a = openTx();
    const b = openTx();
    await Promise.all([a.isOpen, b.isOpen]);
    const base = await drain(START);
    const xa = await a.xid(); // A gets the older transaction id
    const xb = await b.xid();
    expect(BigInt(xa)).toBeLessThan(BigInt(xb));
    const posB = await b.append(`s-${randomUUID()}`, 'B2'); // B takes the LOWER position
    const posA = await a.append(`s-${randomUUID()}`, 'A2');
    expect(posB).toBeLessThan(posA);
    await b.commit();
    const mid = await drain(base.cp);
    expect(mid.types).toEqual([]); // B is newer than in-flight A: held back
    await a.commit();
    const end = await drain(mid.cp);
    expect(end.types).toEqual(['A2', 'B2']); // transaction order, each exactly once
  });

  it('many concurrent writers: a reader polling throughout sees every event exactly once', async () => {
    const before = await drain(START);
    const seen: string[] = [];
    let cp = before.cp;
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const b = await store.readAll(cp, { limit: 50 });
        seen.push(...b.events.map((e) => e.id));
        cp = b.checkpoint;
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const ids: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; i < 40; i++) {
          const id = randomUUID();
          ids.push(id);
          await store.append(`w${w}-${randomUUID()}`, [{ type: 'W', data: { w, i }, id }]);
        }
      }),
    );
    writing = false;
    await reader;
    for (;;) {
      const b = await store.readAll(cp, { limit: 100 });
      if (b.scanned === 0) break;
      seen.push(...b.events.map((e) => e.id));
      cp = b.checkpoint;
    }
    expect(seen.length).toBe(ids.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(ids));
  });
});
