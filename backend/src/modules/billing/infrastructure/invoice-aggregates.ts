import { Inject, Injectable } from '@nestjs/common';
import type { Database, EventMetadata, EventStore } from '@netprovider/event-store';
import { DATABASE, EVENT_STORE } from '../../../platform/database/tokens.js';
import { EventSourced } from '../../../platform/eventsourcing/event-sourced.js';
import { asProblems, notFound, notFoundForCaller } from '../../../platform/http/domain-problem.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { invoiceDecider, invoiceStreamId, type InvoiceCommand, type InvoiceState } from '../domain/invoice.decider.js';
import type { InvoiceEvent } from '../domain/invoice.events.js';
import { invoiceView, type InvoiceView } from '../queries/invoices/invoice.view.js';
import { BillingSettingsRepository } from './billing-settings.repository.js';

/** Invoice streams: load, decide, append; views folded from the log (time travel with `asOf`). */
@Injectable()
export class InvoiceAggregates {
  readonly invoices: EventSourced<InvoiceState, InvoiceCommand, InvoiceEvent>;

  constructor(
    @Inject(EVENT_STORE) readonly store: EventStore,
    @Inject(DATABASE) private readonly db: Database,
    private readonly settings: BillingSettingsRepository,
  ) {
    this.invoices = new EventSourced(store, invoiceDecider, invoiceStreamId);
  }

  async belongs(companyId: string, invoiceId: string, customerId?: string): Promise<boolean> {
    const r = await this.db.query('SELECT 1 FROM billing_invoices WHERE id = $1 AND company_id = $2 AND ($3::text IS NULL OR customer_id = $3)', [invoiceId, companyId, customerId ?? null]);
    return r.rows.length > 0;
  }

  async view(companyId: string, invoiceId: string, options: { asOf?: string; today?: string; customerId?: string } = {}): Promise<InvoiceView> {
    if (!(await this.belongs(companyId, invoiceId, options.customerId))) throw options.customerId ? notFoundForCaller('Invoice') : notFound('Invoice', invoiceId);
    const events = await this.store.readStream(invoiceStreamId(invoiceId));
    const upTo = options.asOf ? events.filter((e) => e.recordedAt.getTime() <= new Date(options.asOf!).getTime()) : events;
    const v = invoiceView(upTo, options.today ?? saoPauloDate(new Date()), await this.settings.calendar(companyId));
    if (!v) throw notFound('Invoice', invoiceId);
    return v;
  }

  async run(companyId: string, invoiceId: string, metadata: EventMetadata, build: (s: InvoiceState) => InvoiceCommand[] | Promise<InvoiceCommand[]>): Promise<InvoiceView> {
    if (!(await this.belongs(companyId, invoiceId))) throw notFound('Invoice', invoiceId);
    await asProblems(async () => {
      const { state } = await this.invoices.load(invoiceId);
      await this.invoices.handle(invoiceId, await build(state), metadata);
    });
    return this.view(companyId, invoiceId);
  }
}
