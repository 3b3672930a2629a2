import { Inject, Injectable } from '@nestjs/common';
import type { Database, EventMetadata, NewEvent, StreamAppend, Transaction } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import type { BusinessCalendar } from '../domain/business-calendar.js';
import { DomainError } from '../domain/domain-error.js';
import { lateCharges } from '../domain/late-charges.js';
import { decideInvoice, evolveInvoice, initialInvoiceState, invoiceStreamId, outstandingCents, type InvoiceState } from '../domain/invoice.decider.js';
import type { InvoiceEvent, PaymentMethod, PaymentSource } from '../domain/invoice.events.js';
import { BillingSettingsRepository } from './billing-settings.repository.js';
import { InvoiceAggregates } from './invoice-aggregates.js';

export interface IncomingPayment {
  invoiceId: string;
  companyId: string;
  /** Idempotency: the same id (file line, endToEndId, FITID, request key) settles once. */
  paymentId: string;
  method: PaymentMethod;
  amountCents: number;
  paidOn: string;
  creditedOn?: string | null;
  source: PaymentSource;
  receivedBy: string | null;
  /** What the bank or PSP reports it charged (CNAB U segment, PIX componentesValor); computed otherwise. */
  reported?: { fineInterestCents?: number; discountCents?: number; feesCents?: number };
}

export type RecordOutcome = { outcome: 'recorded'; event: InvoiceEvent } | { outcome: 'duplicate' };

/**
 * Every way money arrives (counter, bank return, PIX, statement) settles an invoice through here: fine and
 * interest owed on the payment date are computed from the rules fixed on the invoice and the business
 * calendar (or taken as the bank reports them), then the invoice decider splits the amount (interest and
 * fine first, CC art. 354), and an overpayment becomes the customer's credit.
 */
@Injectable()
export class PaymentRecorder {
  constructor(
    private readonly aggregates: InvoiceAggregates,
    private readonly settings: BillingSettingsRepository,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  async record(p: IncomingPayment, metadata: EventMetadata, tx?: Transaction): Promise<RecordOutcome> {
    return (await this.recordMany([p], metadata, tx))[0]!;
  }

  /**
   * Many payments at once (a bank return): the invoices are loaded with one query, decided in order (two
   * payments of one invoice see each other), and appended together — in the caller's transaction, or in
   * one of their own: all of them or none.
   */
  async recordMany(list: readonly IncomingPayment[], metadata: EventMetadata, tx?: Transaction): Promise<RecordOutcome[]> {
    if (!tx) return this.db.transaction((own) => this.recordMany(list, metadata, own));
    const loaded = await this.load([...new Set(list.map((p) => p.invoiceId))], tx);
    const calendars = new Map<string, BusinessCalendar>();
    const at = new Date().toISOString();
    const outcomes: RecordOutcome[] = [];
    for (const p of list) {
      const inv = loaded.get(p.invoiceId)!;
      if (inv.state.status === 'none') throw new DomainError('invoice.not-found', { invoiceId: p.invoiceId });
      if (inv.state.payments[p.paymentId]) {
        outcomes.push({ outcome: 'duplicate' });
        continue;
      }
      let calendar = calendars.get(p.companyId);
      if (!calendar) calendars.set(p.companyId, (calendar = await this.settings.calendar(p.companyId, tx)));
      const owed = lateCharges(Math.max(0, outstandingCents(inv.state)), inv.state.dueDate, p.paidOn, inv.state.rules!, calendar);
      let fineCents = owed.fineCents;
      let interestCents = owed.interestCents;
      if (p.reported?.fineInterestCents !== undefined) {
        fineCents = Math.min(p.reported.fineInterestCents, owed.fineCents);
        interestCents = p.reported.fineInterestCents - fineCents;
      }
      const events = decideInvoice({
        type: 'RecordPayment',
        data: {
          paymentId: p.paymentId, method: p.method, amountCents: p.amountCents, chargesCents: { fineCents, interestCents },
          discountCents: p.reported?.discountCents ?? owed.discountCents, feesCents: p.reported?.feesCents ?? 0, paidOn: p.paidOn, creditedOn: p.creditedOn ?? null,
          source: p.source, receivedBy: p.receivedBy, at,
        },
      }, inv.state);
      for (const e of events) inv.state = evolveInvoice(inv.state, e);
      inv.events.push(...events);
      outcomes.push(events.length ? { outcome: 'recorded', event: events[0]! } : { outcome: 'duplicate' });
    }
    const appends: StreamAppend[] = [...loaded].filter(([, v]) => v.events.length).map(([id, v]) => ({
      streamId: invoiceStreamId(id), events: v.events as unknown as NewEvent[], expectedVersion: v.version,
    }));
    for (let i = 0; i < appends.length; i += 1000) await this.aggregates.store.appendMany(appends.slice(i, i + 1000), { tx, metadata });
    return outcomes;
  }

  /**
   * Each invoice's state and stream version, folded from the read model (billing_invoices + billing_payments,
   * written by the inline projection in the same transactions as the events) rather than by replaying every
   * stream: a bank return settles 100,000 invoices, and reading their streams (≈ 1.3 kB of JSON each) was
   * most of its time. The read model is trusted only where its version equals the stream's (es_streams, read
   * in the same statement) and it has the late-charge rules; any other invoice is replayed from its
   * events, so a projection that lags or a new event type it does not fold cannot produce a wrong decision.
   */
  private async load(invoiceIds: readonly string[], tx: Transaction): Promise<Map<string, { state: InvoiceState; version: number; events: InvoiceEvent[] }>> {
    const loaded = new Map<string, { state: InvoiceState; version: number; events: InvoiceEvent[] }>();
    const r = await tx.query<{
      id: string; status: InvoiceState['status']; customer_id: string; total_cents: string; paid_principal_cents: string; discount_cents: string; written_off_cents: string;
      renegotiated_cents: string; agreement_id: string | null; due_date: string; rules: InvoiceState['rules']; version: number; stream_version: string;
      payments: Array<[string, string, string, string, boolean]> | null;
    }>(
      `SELECT i.id, i.status, i.customer_id, i.total_cents, i.paid_principal_cents, i.discount_cents, i.written_off_cents, i.renegotiated_cents, i.agreement_id,
              i.due_date::text AS due_date, i.rules, i.version, s.version AS stream_version,
              (SELECT json_agg(json_build_array(p.id, p.principal_cents, p.discount_cents, p.overpaid_cents, p.reversed)) FROM billing_payments p WHERE p.invoice_id = i.id) AS payments
         FROM billing_invoices i JOIN es_streams s ON s.stream_id = 'invoice-' || i.id
        WHERE i.id = ANY($1::text[])`,
      [invoiceIds],
    );
    for (const row of r.rows) {
      if (!row.rules || Number(row.version) !== Number(row.stream_version)) continue;
      const payments: InvoiceState['payments'] = {};
      for (const [id, principal, discount, overpaid, reversed] of row.payments ?? []) {
        payments[id] = { principalCents: Number(principal), discountCents: Number(discount), overpaidCents: Number(overpaid), reversed };
      }
      loaded.set(row.id, {
        state: {
          status: row.status, invoiceId: row.id, customerId: row.customer_id, totalCents: Number(row.total_cents), principalPaidCents: Number(row.paid_principal_cents),
          discountCents: Number(row.discount_cents), writtenOffCents: Number(row.written_off_cents), renegotiatedCents: Number(row.renegotiated_cents),
          agreementId: row.agreement_id, dueDate: row.due_date, rules: row.rules, payments,
          // Settling never reads the PIX charge or the boleto (only amounts, due date and rules): not loaded here.
          pix: null, boleto: null,
        },
        version: Number(row.version),
        events: [],
      });
    }
    const replay = invoiceIds.filter((id) => !loaded.has(id));
    if (!replay.length) return loaded;
    const streams = await this.aggregates.store.readStreams(replay.map(invoiceStreamId), tx);
    for (const [streamId, events] of streams) {
      let state = initialInvoiceState();
      for (const e of events) state = evolveInvoice(state, { type: e.type, data: e.data } as InvoiceEvent);
      loaded.set(streamId.slice('invoice-'.length), { state, version: events.at(-1)?.streamVersion ?? 0, events: [] });
    }
    return loaded;
  }
}
