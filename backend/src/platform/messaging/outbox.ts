import type { ReactorProcessor, RecordedEvent } from '@netprovider/event-store';
import type { IntegrationEvent } from './integration-event.js';
import type { IntegrationEventPublisher, OutgoingMessage } from './publisher.js';

/**
 * Translates one internal domain event type into integration events. Return null (or []) to publish nothing
 * for this occurrence. Must be pure and deterministic: on a retry the same event is mapped again and must
 * give the same ids (use `integrationEventFrom`, which derives the id from the source event id + type).
 */
export interface IntegrationEventMapper {
  eventType: string;
  map(event: RecordedEvent): IntegrationEvent | IntegrationEvent[] | null;
}

export interface OutboxOptions {
  /** Processor name: its checkpoint row in es_checkpoints and its lock. Never rename a running outbox. */
  name: string;
  mappers: readonly IntegrationEventMapper[];
  publisher: IntegrationEventPublisher;
  topicFor(ie: IntegrationEvent): string;
  /** Events read from the log per batch (default 500). */
  batchSize?: number;
}

/**
 * The transactional outbox, with the event log itself as the outbox table: a reactor that reads the log
 * after its durable checkpoint, maps each batch to integration events and publishes them in log order.
 * The checkpoint moves only after `publish` resolved, so every mapped event is published at least once;
 * a crash or a broker outage means the batch is published again (same ids), never skipped.
 */
export function createOutboxProcessor(options: OutboxOptions): ReactorProcessor {
  const byType = new Map<string, IntegrationEventMapper[]>();
  for (const m of options.mappers) {
    let list = byType.get(m.eventType);
    if (!list) byType.set(m.eventType, (list = []));
    list.push(m);
  }
  return {
    kind: 'reactor',
    name: options.name,
    eventTypes: [...byType.keys()],
    batchSize: options.batchSize ?? 500,
    async handle(events: readonly RecordedEvent[]): Promise<void> {
      const messages = mapBatch(events, byType, options.topicFor);
      if (messages.length) await options.publisher.publish(messages);
    },
  };
}

/** Maps a batch in log order; exported for tests and for tools that replay a range of the log. */
export function mapBatch(
  events: readonly RecordedEvent[],
  byType: ReadonlyMap<string, readonly IntegrationEventMapper[]>,
  topicFor: (ie: IntegrationEvent) => string,
): OutgoingMessage[] {
  const out: OutgoingMessage[] = [];
  const ids = new Set<string>();
  for (const e of events) {
    for (const mapper of byType.get(e.type) ?? []) {
      const r = mapper.map(e);
      const list = r === null || r === undefined ? [] : Array.isArray(r) ? r : [r];
      for (const ie of list) {
        if (ids.has(ie.id)) {
          throw new Error(
            `mapper for ${e.type} produced integration event id ${ie.id} twice (event ${e.id}); give each one a discriminator`,
          );
        }
        ids.add(ie.id);
        out.push({ topic: topicFor(ie), event: ie });
      }
    }
  }
  return out;
}
