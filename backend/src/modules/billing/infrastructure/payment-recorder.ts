import { Injectable } from '@nestjs/common';
import type { EventMetadata, Transaction } from '@netprovider/event-store';
import { lateCharges } from '../domain/late-charges.js';
import { outstandingCents } from '../domain/invoice.decider.js';
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
  ) {}

  async record(p: IncomingPayment, metadata: EventMetadata, tx?: Transaction): Promise<RecordOutcome> {
    const { state } = await this.aggregates.invoices.load(p.invoiceId, { tx });
    if (state.payments[p.paymentId]) return { outcome: 'duplicate' };
    const calendar = await this.settings.calendar(p.companyId, tx);
    const owed = lateCharges(Math.max(0, outstandingCents(state)), state.dueDate, p.paidOn, state.rules!, calendar);
    let fineCents = owed.fineCents;
    let interestCents = owed.interestCents;
    if (p.reported?.fineInterestCents !== undefined) {
      fineCents = Math.min(p.reported.fineInterestCents, owed.fineCents);
      interestCents = p.reported.fineInterestCents - fineCents;
    }
    const r = await this.aggregates.invoices.handle(
      p.invoiceId,
      {
        type: 'RecordPayment',
        data: {
          paymentId: p.paymentId, method: p.method, amountCents: p.amountCents, chargesCents: { fineCents, interestCents },
          discountCents: p.reported?.discountCents ?? owed.discountCents, feesCents: p.reported?.feesCents ?? 0, paidOn: p.paidOn, creditedOn: p.creditedOn ?? null,
          source: p.source, receivedBy: p.receivedBy, at: new Date().toISOString(),
        },
      },
      metadata,
      tx,
    );
    return r.events.length ? { outcome: 'recorded', event: r.events[0]! } : { outcome: 'duplicate' };
  }
}
