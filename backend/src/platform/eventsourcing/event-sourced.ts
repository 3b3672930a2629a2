import type { EventMetadata, EventStore, NewEvent, RecordedEvent, Transaction } from '@netprovider/event-store';

export interface Decider<S, C, E> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}

/**
 * Load → decide → append with the version read: a concurrent change makes the append fail with a
 * ConcurrencyError (409) instead of silently overwriting. Several commands in a row are decided on the
 * state the previous ones produced and appended together (all or nothing).
 */
export class EventSourced<S, C, E extends { type: string; data: unknown }> {
  constructor(
    private readonly store: EventStore,
    private readonly decider: Decider<S, C, E>,
    private readonly streamId: (id: string) => string,
  ) {}

  load(id: string, options: { asOf?: string; tx?: Transaction } = {}): Promise<{ state: S; version: number }> {
    return this.store.aggregateStream<S, RecordedEvent>(
      this.streamId(id),
      (s, e) => this.decider.evolve(s, { type: e.type, data: e.data } as E),
      this.decider.initialState,
      options,
    );
  }

  async handle(id: string, commands: C | C[], metadata: EventMetadata, tx?: Transaction): Promise<{ state: S; events: E[]; version: number }> {
    const loaded = await this.load(id, { tx });
    let state = loaded.state;
    const events: E[] = [];
    for (const command of Array.isArray(commands) ? commands : [commands]) {
      const produced = this.decider.decide(command, state);
      for (const e of produced) state = this.decider.evolve(state, e);
      events.push(...produced);
    }
    if (events.length) {
      await this.store.append(this.streamId(id), events as unknown as NewEvent[], {
        expectedVersion: loaded.version === 0 ? 'no_stream' : loaded.version,
        metadata,
        tx,
      });
    }
    return { state, events, version: loaded.version + events.length };
  }
}
