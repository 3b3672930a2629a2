import type { Database, HeldLock, Transaction } from './database.js';
import { EVENTS_CHANNEL, type EventStore } from './event-store.js';
import { queryPrepared } from './internal.js';
import { START, type GlobalCheckpoint, type RecordedEvent } from './types.js';

/**
 * A projection writes its read model in the same database: its rows and its checkpoint change in one
 * transaction, so every event is applied exactly once, even across crashes.
 */
export interface ProjectionProcessor {
  kind: 'projection';
  name: string;
  eventTypes?: readonly string[];
  /** false: events arrive with empty `data` (metadata, ids and positions only); the log is read without its largest column. */
  withData?: boolean;
  batchSize?: number;
  handle(events: readonly RecordedEvent[], tx: Transaction): Promise<void>;
  /** Empties the read model so it can be rebuilt from the first event. */
  reset(tx: Transaction): Promise<void>;
}

/**
 * A reactor causes effects outside the database (Kafka, e-mail, RADIUS) or in other streams. It runs at
 * least once: after a crash the last batch may be handled again, so each effect carries an idempotency key
 * (`idempotencyKey(processor, event)`) that its target uses to drop duplicates.
 */
export interface ReactorProcessor {
  kind: 'reactor';
  name: string;
  eventTypes?: readonly string[];
  /** false: events arrive with empty `data` (metadata, ids and positions only); the log is read without its largest column. */
  withData?: boolean;
  batchSize?: number;
  handle(events: readonly RecordedEvent[]): Promise<void>;
}

export type Processor = ProjectionProcessor | ReactorProcessor;

export function idempotencyKey(processorName: string, event: RecordedEvent): string {
  return `${processorName}:${event.id}`;
}

export interface ProcessorLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface ProcessorStatus {
  name: string;
  kind: Processor['kind'];
  /** starting: trying to take its lock; standby: another instance holds it. */
  state: 'stopped' | 'starting' | 'standby' | 'running' | 'failing';
  checkpoint: GlobalCheckpoint;
  processed: number;
  lastError?: string;
}

export interface RunnerOptions {
  /** Fallback poll when no notification arrives (missed NOTIFY, other process). */
  pollIntervalMs?: number;
  /** How often a standby instance retries to take the processor's lock. */
  lockRetryMs?: number;
  logger?: ProcessorLogger;
}

const silent: ProcessorLogger = { info() {}, warn() {}, error() {} };

export async function loadCheckpoint(db: Pick<Database, 'query'>, name: string): Promise<GlobalCheckpoint> {
  const r = await db.query<{ transaction_id: string; global_position: string }>(
    'SELECT transaction_id::text AS transaction_id, global_position FROM es_checkpoints WHERE processor = $1',
    [name],
  );
  const row = r.rows[0];
  return row ? { transactionId: row.transaction_id, globalPosition: Number(row.global_position) } : START;
}

async function saveCheckpoint(tx: Transaction, name: string, cp: GlobalCheckpoint): Promise<void> {
  await queryPrepared(
    tx,
    'es_save_checkpoint',
    `INSERT INTO es_checkpoints (processor, transaction_id, global_position, updated_at) VALUES ($1, $2::xid8, $3, now())
     ON CONFLICT (processor) DO UPDATE SET transaction_id = EXCLUDED.transaction_id,
       global_position = EXCLUDED.global_position, updated_at = now()`,
    [name, cp.transactionId, cp.globalPosition],
  );
}

type Batch = Awaited<ReturnType<EventStore['readAll']>>;

const sameCheckpoint = (a: GlobalCheckpoint, b: GlobalCheckpoint) =>
  a.transactionId === b.transactionId && a.globalPosition === b.globalPosition;

class Worker {
  status: ProcessorStatus;
  /** The next batch, read while the current one was being handled and committed (catch-up pipelining). */
  private prefetched: { from: GlobalCheckpoint; batch: Promise<Batch> } | null = null;
  private wake: (() => void) | null = null;
  private pending = false;
  private stopping = false;
  private lock: HeldLock | null = null;
  private loop: Promise<void> | null = null;
  private idleWaiters: Array<() => void> = [];
  private busy = false;

  constructor(
    readonly processor: Processor,
    private readonly store: EventStore,
    private readonly options: Required<RunnerOptions>,
  ) {
    this.status = { name: processor.name, kind: processor.kind, state: 'stopped', checkpoint: START, processed: 0 };
  }

  start(): void {
    this.stopping = false;
    this.status.state = 'starting';
    this.loop = this.run();
  }

  notify(): void {
    this.pending = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    this.status.state = 'stopped';
  }

  /** Resolves once this worker has read everything committed before the call. */
  waitIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.notify();
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.pending || this.stopping) return resolve();
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    }).then(() => {
      this.wake = null;
    });
  }

  private async run(): Promise<void> {
    const { logger } = this.options;
    while (!this.stopping) {
      this.lock = await this.store.db.tryLock(`processor:${this.processor.name}`).catch((err) => {
        logger.warn({ processor: this.processor.name, err: String(err) }, 'processor lock attempt failed');
        return null;
      });
      if (!this.lock) {
        this.status.state = 'standby';
        this.flushIdle(); // another instance does the work; nobody should wait on this one
        this.pending = false; // a notification is no reason to retry the lock sooner (and would spin)
        await this.sleep(this.options.lockRetryMs);
        continue;
      }
      let lost = false;
      void this.lock.lost.then(() => {
        lost = true;
        this.wake?.();
      });
      this.status.state = 'running';
      await this.dropPrefetch();
      this.status.checkpoint = await loadCheckpoint(this.store.db, this.processor.name);
      let backoff = 100;
      while (!this.stopping && !lost) {
        this.pending = false;
        try {
          this.busy = true;
          const n = await this.step();
          this.busy = false;
          backoff = 100;
          if (this.status.state === 'failing') this.status.state = 'running';
          if (n === 0) {
            this.flushIdle();
            await this.sleep(this.options.pollIntervalMs);
          }
        } catch (err) {
          this.busy = false;
          this.status.state = 'failing';
          this.status.lastError = err instanceof Error ? err.message : String(err);
          logger.error({ processor: this.processor.name, err: this.status.lastError }, 'processor batch failed; retrying');
          await this.sleep(backoff);
          backoff = Math.min(backoff * 2, 30_000);
        }
      }
      await this.dropPrefetch();
      await this.lock.release();
      this.lock = null;
    }
    this.flushIdle();
  }

  private async dropPrefetch(): Promise<void> {
    const p = this.prefetched;
    this.prefetched = null;
    if (p) await p.batch.catch(() => undefined);
  }

  private read(from: GlobalCheckpoint): Promise<Batch> {
    const p = this.processor;
    return this.store.readAll(from, { limit: p.batchSize ?? 1000, types: p.eventTypes, data: p.withData !== false });
  }

  /**
   * The batch after `from`: the prefetched one if it starts there and is not empty, else a fresh read. An
   * empty prefetched result is never trusted (it may predate commits that a waitIdle caller expects to see).
   */
  private async nextBatch(from: GlobalCheckpoint): Promise<Batch> {
    const pre = this.prefetched;
    this.prefetched = null;
    if (pre && sameCheckpoint(pre.from, from)) {
      const batch = await pre.batch.catch(() => null);
      if (batch && batch.scanned > 0) return batch;
    } else if (pre) {
      await pre.batch.catch(() => undefined);
    }
    return this.read(from);
  }

  private flushIdle(): void {
    if (this.busy) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  /** Reads one batch, handles it, advances the checkpoint. Returns how many log rows were scanned. */
  async step(): Promise<number> {
    const p = this.processor;
    const batch = await this.nextBatch(this.status.checkpoint);
    if (batch.scanned === 0) return 0;
    // Behind (a full batch): read the next batch while this one is handled and committed. Only reading
    // overlaps: the next batch is handled after this one's checkpoint committed, and it is used only if the
    // checkpoint really moved to where it starts (a failed batch discards it), so order and exactly-once hold.
    if (batch.scanned >= (p.batchSize ?? 1000)) {
      const from = batch.checkpoint;
      const next = this.read(from);
      next.catch(() => undefined); // a failed prefetch is simply read again
      this.prefetched = { from, batch: next };
    }
    if (p.kind === 'projection') {
      await this.store.db.transaction(async (tx) => {
        if (batch.events.length) await p.handle(batch.events, tx);
        await saveCheckpoint(tx, p.name, batch.checkpoint);
      });
    } else {
      if (batch.events.length) await p.handle(batch.events);
      await this.store.db.transaction((tx) => saveCheckpoint(tx, p.name, batch.checkpoint));
    }
    this.status.checkpoint = batch.checkpoint;
    this.status.processed += batch.events.length;
    return batch.scanned;
  }
}

/**
 * Runs processors: each one under its own cross-process lock (one active instance), woken at once by
 * NOTIFY (and this process's own appends), polling as a fallback, checkpointing after every batch.
 */
export class ProcessorRunner {
  private readonly workers = new Map<string, Worker>();
  private unlisten: (() => Promise<void>) | null = null;
  private readonly onAppended = () => this.notifyAll();
  private readonly options: Required<RunnerOptions>;
  private started = false;

  constructor(
    private readonly store: EventStore,
    processors: readonly Processor[],
    options: RunnerOptions = {},
  ) {
    this.options = {
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      lockRetryMs: options.lockRetryMs ?? 2000,
      logger: options.logger ?? silent,
    };
    for (const p of processors) this.add(p);
  }

  add(p: Processor): void {
    if (this.workers.has(p.name)) throw new Error(`processor ${p.name} registered twice`);
    const w = new Worker(p, this.store, this.options);
    this.workers.set(p.name, w);
    if (this.started) w.start();
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.store.signals.on('appended', this.onAppended);
    this.unlisten = await this.store.db.listen(EVENTS_CHANNEL, this.onAppended).catch(() => null);
    for (const w of this.workers.values()) w.start();
  }

  private notifyAll(): void {
    for (const w of this.workers.values()) w.notify();
  }

  /** Finishes the batch in flight (and its checkpoint), then releases every lock. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.store.signals.off('appended', this.onAppended);
    await this.unlisten?.().catch(() => undefined);
    await Promise.all([...this.workers.values()].map((w) => w.stop()));
  }

  /** Resolves when every running processor has handled everything committed before the call. */
  async waitIdle(names?: readonly string[]): Promise<void> {
    const ws = [...this.workers.values()].filter((w) => !names || names.includes(w.processor.name));
    // a worker still taking its lock (just started) counts as running: standby ones are another instance's job
    await Promise.all(ws.filter((w) => w.status.state !== 'standby' && w.status.state !== 'stopped').map((w) => w.waitIdle()));
  }

  status(): ProcessorStatus[] {
    return [...this.workers.values()].map((w) => ({ ...w.status }));
  }

  /**
   * Rebuilds a projection from the first event: empties its read model and checkpoint in one transaction
   * under the processor's lock, then replays the whole log into it.
   */
  async rebuild(name: string): Promise<void> {
    const w = this.workers.get(name);
    if (!w || w.processor.kind !== 'projection') throw new Error(`no projection named ${name}`);
    const wasRunning = this.started;
    if (wasRunning) await w.stop();
    await rebuildProjection(this.store, w.processor);
    if (wasRunning) w.start();
  }
}

/** Standalone rebuild (e.g. from a CLI): takes the lock, resets, replays to the head, releases. */
export async function rebuildProjection(store: EventStore, p: ProjectionProcessor): Promise<void> {
  let lock: HeldLock | null = null;
  for (let i = 0; i < 600 && !lock; i++) {
    lock = await store.db.tryLock(`processor:${p.name}`);
    if (!lock) await new Promise((r) => setTimeout(r, 100));
  }
  if (!lock) throw new Error(`projection ${p.name} is locked by another process`);
  try {
    await store.db.transaction(async (tx) => {
      await p.reset(tx);
      await tx.query('DELETE FROM es_checkpoints WHERE processor = $1', [p.name]);
    });
    let cp = START;
    for (;;) {
      const batch = await store.readAll(cp, { limit: p.batchSize ?? 5000, types: p.eventTypes, data: p.withData !== false });
      if (batch.scanned === 0) break;
      await store.db.transaction(async (tx) => {
        if (batch.events.length) await p.handle(batch.events, tx);
        await saveCheckpoint(tx, p.name, batch.checkpoint);
      });
      cp = batch.checkpoint;
    }
  } finally {
    await lock.release();
  }
}
