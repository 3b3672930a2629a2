import { Inject, Injectable } from '@nestjs/common';
import type { Database, ReactorProcessor, RecordedEvent } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import { BusinessClock } from '../infrastructure/business-clock.js';
import { DunningEvaluator } from '../infrastructure/dunning-evaluator.js';
import { COLLECTIONS_INVOICE_EVENT_TYPES } from '../read-models/collections-invoices.projection.js';

/**
 * Reactor: an invoice issued, paid, reversed or cancelled → its contract's ladder is evaluated at once, so
 * the last overdue invoice settled (CNAB, PIX webhook, counter) restores the service within the processor's
 * wake-up latency instead of waiting for the daily sweep. At least once: the evaluation is idempotent.
 * collections_invoices is folded inline with billing's append, so it is already up to date here.
 */
@Injectable()
export class EvaluateDunningWhenInvoiceChanges {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly evaluator: DunningEvaluator,
    private readonly clock: BusinessClock,
  ) {}

  processor(): ReactorProcessor {
    return {
      kind: 'reactor',
      name: 'collections-dunning',
      eventTypes: COLLECTIONS_INVOICE_EVENT_TYPES,
      batchSize: 1000,
      // Only the invoice ids (stream ids) and metadata are used: the log is read without event data.
      withData: false,
      handle: (events) => this.handle(events),
    };
  }

  async handle(events: readonly RecordedEvent[]): Promise<void> {
    const invoiceIds = [...new Set(events.filter((e) => e.streamId.startsWith('invoice-')).map((e) => e.streamId.slice('invoice-'.length)))];
    if (!invoiceIds.length) return;
    const r = await this.db.query<{ contract_id: string }>('SELECT DISTINCT contract_id FROM collections_invoices WHERE id = ANY($1::text[]) AND contract_id IS NOT NULL', [invoiceIds]);
    if (!r.rows.length) return;
    const last = events[events.length - 1]!;
    await this.evaluator.evaluate(r.rows.map((x) => x.contract_id), this.clock.today(), {
      actorId: 'system', actorKind: 'system', correlationId: last.metadata.correlationId, causationId: last.id, trigger: 'invoice-event',
    });
  }
}
