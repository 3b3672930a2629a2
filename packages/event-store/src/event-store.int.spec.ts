import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { ConcurrencyError, EventStore, PGliteDatabase, UpcasterRegistry, type InlineProjection, type RecordedEvent } from './index.js';
import { freshDatabase, withEventStoreSchema, type TestDatabase } from './test-support/databases.js';

let t: TestDatabase;
let store: EventStore;
const ev = (type: string, data: Record<string, unknown> = {}) => ({ type, data });
const sid = (prefix = 'test') => `${prefix}-${randomUUID()}`;

beforeAll(async () => {
  t = await withEventStoreSchema(await freshDatabase());
  store = new EventStore({ db: t.db, personalData: { masterKey: randomBytes(32), policies: {} } });
});
afterAll(async () => t?.drop());

describe('append and read', () => {
  it('reads many streams in one call, each in version order, with an empty list for a missing stream', async () => {
    const [a, b, missing] = [sid(), sid(), sid()];
    await store.appendMany([{ streamId: a, events: [ev('A1'), ev('A2')] }, { streamId: b, events: [ev('B1')] }]);
    await store.append(a, [ev('A3')]);
    const read = await store.readStreams([a, b, missing]);
    expect(read.get(a)!.map((e) => [e.type, e.streamVersion])).toEqual([['A1', 1], ['A2', 2], ['A3', 3]]);
    expect(read.get(b)!.map((e) => e.type)).toEqual(['B1']);
    expect(read.get(missing)).toEqual([]);
  });

  it('appends with no_stream, then an exact version, then any, and reads back in order with metadata', async () => {
    const s = sid();
    const meta = { actorId: 'u1', actorKind: 'staff' as const, companyId: 'c1', correlationId: 'corr', ip: '10.0.0.1', userAgent: 'ua' };
    const r1 = await store.append(s, [ev('A', { n: 1 }), ev('B', { n: 2 })], { expectedVersion: 'no_stream', metadata: meta });
    expect(r1.streams[0]!.nextExpectedVersion).toBe(2);
    await store.append(s, [ev('C', { n: 3 })], { expectedVersion: 2 });
    await store.append(s, [ev('D', { n: 4 })], { expectedVersion: 'any' });
    await store.append(s, [ev('E', { n: 5 })], { expectedVersion: 'stream_exists' });
    const events = await store.readStream(s);
    expect(events.map((e) => [e.type, e.streamVersion, (e.data as { n: number }).n])).toEqual([
      ['A', 1, 1], ['B', 2, 2], ['C', 3, 3], ['D', 4, 4], ['E', 5, 5],
    ]);
    expect(events[0]!.metadata).toMatchObject(meta);
    expect(events[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // UUIDv7
    expect(events[0]!.recordedAt).toBeInstanceOf(Date);
    expect(events[1]!.globalPosition).toBeGreaterThan(events[0]!.globalPosition);
    expect(await store.streamVersion(s)).toBe(5);
  });

  it('rejects a wrong expected version with a typed error naming the stream and both versions', async () => {
    const s = sid();
    await store.append(s, [ev('A'), ev('B')], { expectedVersion: 'no_stream' });
    const err = await store.append(s, [ev('C')], { expectedVersion: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(ConcurrencyError);
    expect(err).toMatchObject({ streamId: s, expectedVersion: 1, actualVersion: 2 });
    expect(String(err.message)).toContain(s);
    const again = await store.append(s, [ev('C')], { expectedVersion: 'no_stream' }).catch((e) => e);
    expect(again).toMatchObject({ name: 'ConcurrencyError', streamId: s, expectedVersion: 'no_stream', actualVersion: 2 });
    const missing = await store.append(sid(), [ev('C')], { expectedVersion: 'stream_exists' }).catch((e) => e);
    expect(missing).toBeInstanceOf(ConcurrencyError);
    const missingExact = await store.append(sid(), [ev('C')], { expectedVersion: 3 }).catch((e) => e);
    expect(missingExact).toMatchObject({ actualVersion: 0 });
    expect((await store.readStream(s)).length).toBe(2);
  });

  it('appends to many streams atomically: one conflict and nothing of the whole call is written', async () => {
    const a = sid();
    const b = sid();
    const c = sid();
    await store.append(b, [ev('X')], { expectedVersion: 'no_stream' });
    const err = await store
      .appendMany([
        { streamId: a, events: [ev('A1')], expectedVersion: 'no_stream' },
        { streamId: b, events: [ev('B2')], expectedVersion: 5 },
        { streamId: c, events: [ev('C1')], expectedVersion: 'any' },
      ])
      .catch((e) => e);
    expect(err).toBeInstanceOf(ConcurrencyError);
    expect(err.streamId).toBe(b);
    expect(await store.readStream(a)).toEqual([]);
    expect(await store.readStream(c)).toEqual([]);
    expect(await store.streamVersion(a)).toBe(0);
    const ok = await store.appendMany([
      { streamId: a, events: [ev('A1')], expectedVersion: 'no_stream' },
      { streamId: b, events: [ev('B2'), ev('B3')], expectedVersion: 1 },
    ]);
    expect(ok.eventCount).toBe(3);
    expect((await store.readStream(b)).map((e) => e.type)).toEqual(['X', 'B2', 'B3']);
  });

  it('batch-appends thousands of new streams in one call, one event each', async () => {
    const n = 12_000;
    const appends = Array.from({ length: n }, (_, i) => ({
      streamId: `invoice-batch-${i}-${randomUUID()}`,
      events: [ev('InvoiceIssued', { i, totalCents: 9990 })],
      expectedVersion: 'no_stream' as const,
    }));
    const r = await store.appendMany(appends, { metadata: { actorKind: 'system', companyId: 'c1' } });
    expect(r.eventCount).toBe(n);
    expect(r.streams).toHaveLength(n);
    const sample = await store.readStream(appends[7777]!.streamId);
    expect(sample).toHaveLength(1);
    expect(sample[0]!.data).toEqual({ i: 7777, totalCents: 9990 });
    // a rerun of the same batch conflicts whole: exactly one invoice per stream, ever
    await expect(store.appendMany(appends)).rejects.toBeInstanceOf(ConcurrencyError);
  });

  it('reads a stream from a version, up to a version, and as of a past instant', async () => {
    const s = sid();
    await store.append(s, [ev('V1'), ev('V2')]);
    await new Promise((r) => setTimeout(r, 30));
    const between = new Date();
    await new Promise((r) => setTimeout(r, 30));
    await store.append(s, [ev('V3'), ev('V4')]);
    expect((await store.readStream(s, { fromVersion: 2 })).map((e) => e.type)).toEqual(['V2', 'V3', 'V4']);
    expect((await store.readStream(s, { toVersion: 3 })).map((e) => e.type)).toEqual(['V1', 'V2', 'V3']);
    expect((await store.readStream(s, { asOf: between })).map((e) => e.type)).toEqual(['V1', 'V2']);
    const folded = await store.aggregateStream(s, (st: string[], e) => [...st, e.type], () => [], { asOf: between.toISOString() });
    expect(folded).toEqual({ state: ['V1', 'V2'], version: 2 });
  });

  it('lets exactly one of N parallel appends at the same expected version win; the others get the typed conflict', async () => {
    const s = sid();
    await store.append(s, [ev('Start')], { expectedVersion: 'no_stream' });
    const n = 10;
    const results = await Promise.allSettled(
      Array.from({ length: n }, (_, i) => store.append(s, [ev('Attempt', { i })], { expectedVersion: 1 })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(n - 1);
    for (const l of lost) expect(l.reason).toBeInstanceOf(ConcurrencyError);
    const events = await store.readStream(s);
    expect(events.map((e) => e.type)).toEqual(['Start', 'Attempt']);
    // nothing lost: the loser can re-read and append
    await store.append(s, [ev('Retry')], { expectedVersion: 2 });
    expect(await store.streamVersion(s)).toBe(3);
  });
});

describe('upcasters', () => {
  it('reads an event stored at an old schema version as the newest shape', async () => {
    const upcasters = new UpcasterRegistry().register(
      { type: 'CustomerRegistered', fromVersion: 1, upcast: (d) => ({ ...d, kind: 'PF' }) },
      { type: 'CustomerRegistered', fromVersion: 2, upcast: ({ fullName, ...rest }) => ({ ...rest, name: fullName }) },
    );
    const old = new EventStore({ db: t.db });
    const s = sid('customer');
    await old.append(s, [{ type: 'CustomerRegistered', data: { fullName: 'Ana' }, schemaVersion: 1 }]);
    const modern = new EventStore({ db: t.db, upcasters });
    expect(upcasters.currentVersion('CustomerRegistered')).toBe(3);
    await modern.append(s, [{ type: 'CustomerRegistered', data: { name: 'Bia', kind: 'PJ' } }]);
    const events = await modern.readStream(s);
    expect(events.map((e) => [e.schemaVersion, e.data])).toEqual([
      [3, { kind: 'PF', name: 'Ana' }],
      [3, { name: 'Bia', kind: 'PJ' }],
    ]);
    const raw = await t.db.query<{ schema_version: number; data: unknown }>(
      'SELECT schema_version, data FROM es_events WHERE stream_id = $1 ORDER BY stream_version', [s]);
    expect(raw.rows[0]).toEqual({ schema_version: 1, data: { fullName: 'Ana' } }); // stored events are never rewritten
  });
});

describe('crypto-shredding', () => {
  it('stores personal fields encrypted, reads them back, and makes them unreadable forever after the key is destroyed', async () => {
    const pii = new EventStore({ db: t.db, personalData: { masterKey: randomBytes(32), policies: {
      CustomerRegistered: { subjectId: (d) => String(d.customerId), fields: ['name', 'document', 'addresses[].street'] },
    } } });
    const customerId = randomUUID();
    const s = `customer-${customerId}`;
    const data = { customerId, name: 'Maria da Silva', document: '52998224725', plan: 'fibra-300', addresses: [{ street: 'Rua Augusta', city: 'São Paulo' }] };
    await pii.append(s, [{ type: 'CustomerRegistered', data }]);
    const raw = await t.db.query<{ data: string }>('SELECT data::text AS data FROM es_events WHERE stream_id = $1', [s]);
    expect(raw.rows[0]!.data).not.toContain('52998224725');
    expect(raw.rows[0]!.data).not.toContain('Maria');
    expect(raw.rows[0]!.data).not.toContain('Augusta');
    expect(raw.rows[0]!.data).toContain('fibra-300');
    const keyRow = await t.db.query<{ k: string }>("SELECT encode(wrapped_key, 'hex') AS k FROM es_subject_keys WHERE subject_id = $1", [customerId]);
    expect(keyRow.rows[0]!.k).toHaveLength((12 + 16 + 32) * 2); // wrapped under the master key, not stored bare
    expect((await pii.readStream(s))[0]!.data).toEqual(data);

    await pii.forgetSubject(customerId);
    const [after] = await pii.readStream(s);
    expect(after!.data).toEqual({ customerId, name: null, document: null, plan: 'fibra-300', addresses: [{ street: null, city: 'São Paulo' }] });
    expect(after!.erasedFields?.sort()).toEqual(['addresses[0].street', 'document', 'name']);
    // another process (fresh key cache) cannot read it either
    const other = new EventStore({ db: t.db, personalData: { masterKey: randomBytes(32), policies: {} } });
    expect(((await other.readStream(s))[0]!.data as { document: unknown }).document).toBeNull();
    // and no new personal data can be recorded for an erased subject
    await expect(pii.append(s, [{ type: 'CustomerRegistered', data }])).rejects.toThrow(/erased/);
  });
});

describe('inline projections', () => {
  it('writes the read model in the append transaction and rolls it back with a failed append', async () => {
    await t.db.exec('CREATE TABLE IF NOT EXISTS inline_counts (stream_id text PRIMARY KEY, n int NOT NULL)');
    const counter: InlineProjection = {
      name: 'inline-counts',
      eventTypes: ['Counted'],
      async handle(events: readonly RecordedEvent[], tx) {
        for (const e of events)
          await tx.query(
            `INSERT INTO inline_counts VALUES ($1, 1) ON CONFLICT (stream_id) DO UPDATE SET n = inline_counts.n + 1`,
            [e.streamId],
          );
      },
    };
    const withInline = new EventStore({ db: t.db, inlineProjections: [counter] });
    const s = sid();
    await withInline.append(s, [ev('Counted'), ev('Ignored'), ev('Counted')], { expectedVersion: 'no_stream' });
    const read = await t.db.query<{ n: number }>('SELECT n FROM inline_counts WHERE stream_id = $1', [s]);
    expect(read.rows[0]!.n).toBe(2); // visible as soon as append returns
    const other = sid();
    await expect(
      withInline.appendMany([
        { streamId: other, events: [ev('Counted')], expectedVersion: 'no_stream' },
        { streamId: s, events: [ev('Counted')], expectedVersion: 99 },
      ]),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    const none = await t.db.query('SELECT n FROM inline_counts WHERE stream_id = $1', [other]);
    expect(none.rows).toHaveLength(0);
  });
});

describe('global log', () => {
  it('reads every event once, in commit-safe order, with type filtering that still advances the checkpoint', async () => {
    const fresh = await withEventStoreSchema(await freshDatabase());
    try {
      const s2 = new EventStore({ db: fresh.db });
      for (let i = 0; i < 25; i++) await s2.append(sid(), [ev(i % 2 ? 'Odd' : 'Even', { i })]);
      let cp = { transactionId: '0', globalPosition: 0 };
      const seen: number[] = [];
      let scanned = 0;
      for (;;) {
        const b = await s2.readAll(cp, { limit: 7, types: ['Odd'] });
        if (b.scanned === 0) break;
        scanned += b.scanned;
        seen.push(...b.events.map((e) => (e.data as { i: number }).i));
        cp = b.checkpoint;
      }
      expect(scanned).toBe(25);
      expect(seen).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23]);
    } finally {
      await fresh.drop();
    }
  });

  // Always on PGlite: its transaction ids are small, so crossing a power of ten takes a few hundred ids
  // (a PostgreSQL server may be at millions). The SQL under test is the same on both drivers.
  it('orders by transaction id numerically: nothing is skipped when ids cross a power of ten', async () => {
    const db = await PGliteDatabase.open();
    const fresh = await withEventStoreSchema({ db, url: null, drop: () => db.close() });
    try {
      const s2 = new EventStore({ db: fresh.db });
      const xid = async () => BigInt((await fresh.db.query<{ x: string }>('SELECT pg_current_xact_id()::text AS x')).rows[0]!.x);
      let current = await xid();
      let boundary = 10n;
      while (boundary <= current + 5n) boundary *= 10n;
      while (current < boundary - 4n) current = await xid(); // burn ids up to just below the boundary
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const id = randomUUID();
        ids.push(id);
        await s2.append(sid(), [ev('Across', { i })].map((e) => ({ ...e, id })));
      }
      const last = await fresh.db.query<{ x: string }>("SELECT max(transaction_id::text::numeric)::text AS x FROM es_events");
      expect(BigInt(last.rows[0]!.x)).toBeGreaterThanOrEqual(boundary); // the test really crossed it
      let cp = { transactionId: '0', globalPosition: 0 };
      const seen: string[] = [];
      for (;;) {
        const b = await s2.readAll(cp, { limit: 3 });
        if (b.scanned === 0) break;
        seen.push(...b.events.map((e) => e.id));
        cp = b.checkpoint;
      }
      expect(seen).toEqual(ids);
    } finally {
      await fresh.drop();
    }
  });
});
