import { isBusinessDate } from '../../../shared-kernel/business-date.js';
import { DomainError } from './domain-error.js';
import type { InvoiceEvent, InvoiceIssued, InvoicePaymentRecorded, PaymentMethod, PaymentSource, PixData } from './invoice.events.js';
import type { LateChargeRules } from './late-charges.js';

/*
 * Invoice decider. An invoice is issued once (stream `invoice-<id>`; billing-run invoices have an id derived
 * from contract + competence, so a replayed run cannot issue a second one), then receives payments and
 * reversals until it is paid, or is cancelled while nothing is paid. Overdue is not a state: it is
 * "open or partially paid past the due date", computed against the business calendar when read.
 */

export type InvoiceStatus = 'none' | 'open' | 'partially_paid' | 'paid' | 'cancelled';

interface PaymentRecord {
  principalCents: number;
  discountCents: number;
  overpaidCents: number;
  reversed: boolean;
}

export interface InvoiceState {
  status: InvoiceStatus;
  invoiceId: string;
  customerId: string;
  totalCents: number;
  principalPaidCents: number;
  discountCents: number;
  dueDate: string;
  rules: LateChargeRules | null;
  payments: Record<string, PaymentRecord>;
  pix: PixData | null;
}

export const initialInvoiceState = (): InvoiceState => ({
  status: 'none', invoiceId: '', customerId: '', totalCents: 0, principalPaidCents: 0, discountCents: 0, dueDate: '', rules: null, payments: {}, pix: null,
});

export const outstandingCents = (s: InvoiceState) => s.totalCents - s.principalPaidCents - s.discountCents;

export type IssueInvoice = { type: 'IssueInvoice'; data: InvoiceIssued['data'] };
export type RecordPayment = {
  type: 'RecordPayment';
  data: {
    paymentId: string;
    method: PaymentMethod;
    amountCents: number;
    /** Fine and interest owed on `paidOn` for the outstanding principal (the handler computes them, or the bank reports them). */
    chargesCents: { fineCents: number; interestCents: number };
    discountCents?: number;
    feesCents?: number;
    paidOn: string;
    creditedOn?: string | null;
    source: PaymentSource;
    receivedBy: string | null;
    at: string;
  };
};
export type ReversePayment = { type: 'ReversePayment'; data: { paymentId: string; reason: string; at: string } };
export type CancelInvoice = { type: 'CancelInvoice'; data: { reason: string; at: string } };
export type RegisterPixCharge = { type: 'RegisterPixCharge'; data: { pix: PixData; at: string } };
export type InvoiceCommand = IssueInvoice | RecordPayment | ReversePayment | CancelInvoice | RegisterPixCharge;

const int = (v: number, field: string, min = 0) => {
  if (!Number.isSafeInteger(v) || v < min) throw new DomainError('invoice.invalid-amount', { field, reason: `an integer number of centavos ≥ ${min}` });
};

function statusAfter(s: InvoiceState): InvoiceStatus {
  if (s.status === 'cancelled') return s.status;
  if (outstandingCents(s) <= 0) return 'paid';
  return s.principalPaidCents + s.discountCents > 0 ? 'partially_paid' : 'open';
}

function decideIssue(c: IssueInvoice, s: InvoiceState): InvoiceEvent[] {
  if (s.status !== 'none') return []; // issuing again is a no-op: exactly one invoice per id
  const d = c.data;
  if (!d.items.length) throw new DomainError('invoice.no-items', { field: 'items', reason: 'at least one item' });
  d.items.forEach((item, i) => {
    if (!Number.isSafeInteger(item.amountCents)) throw new DomainError('invoice.invalid-amount', { field: `items.${i}.amountCents`, reason: 'integer centavos' });
    if (!item.description.trim()) throw new DomainError('invoice.required', { field: `items.${i}.description` });
  });
  const total = d.items.reduce((sum, i) => sum + i.amountCents, 0);
  if (total !== d.totalCents) throw new DomainError('invoice.total-mismatch', { field: 'totalCents', reason: `must equal the sum of the items (${total})` });
  if (total <= 0) throw new DomainError('invoice.non-positive-total', { field: 'items', reason: 'the total must be positive' });
  if (!isBusinessDate(d.dueDate)) throw new DomainError('invoice.invalid-date', { field: 'dueDate', reason: 'a date YYYY-MM-DD' });
  if (d.dueDate < d.issuedOn) throw new DomainError('invoice.due-before-issue', { field: 'dueDate', reason: 'on or after the issue date' });
  return [{ type: 'InvoiceIssued', data: d }];
}

function decidePayment(c: RecordPayment, s: InvoiceState): InvoiceEvent[] {
  const d = c.data;
  if (s.payments[d.paymentId]) return []; // the same file line / webhook / receipt again: settled once
  if (s.status === 'cancelled') throw new DomainError('invoice.cancelled', { current: s.status });
  int(d.amountCents, 'amountCents', 1);
  int(d.chargesCents.fineCents, 'fineCents');
  int(d.chargesCents.interestCents, 'interestCents');
  int(d.discountCents ?? 0, 'discountCents');
  int(d.feesCents ?? 0, 'feesCents');
  if (!isBusinessDate(d.paidOn)) throw new DomainError('invoice.invalid-date', { field: 'paidOn', reason: 'a date YYYY-MM-DD' });
  const outstanding = outstandingCents(s);
  // CC art. 354: a payment is imputed to interest (and the fine) before the principal.
  const interestCents = Math.min(d.amountCents, d.chargesCents.interestCents);
  const fineCents = Math.min(d.amountCents - interestCents, d.chargesCents.fineCents);
  const remainder = d.amountCents - interestCents - fineCents;
  const wantedDiscount = Math.min(d.discountCents ?? 0, outstanding);
  // A discount only ever closes the gap of a payment that settles the invoice (early payment, bank rebate).
  const shortfall = outstanding - remainder;
  const discountCents = shortfall > 0 && shortfall <= wantedDiscount ? shortfall : 0;
  const principalCents = Math.min(remainder, outstanding - discountCents);
  const overpaidCents = remainder - principalCents;
  return [{
    type: 'InvoicePaymentRecorded',
    data: {
      paymentId: d.paymentId, method: d.method, amountCents: d.amountCents, principalCents, fineCents, interestCents, discountCents,
      feesCents: d.feesCents ?? 0, overpaidCents, paidOn: d.paidOn, creditedOn: d.creditedOn ?? null, source: d.source, receivedBy: d.receivedBy, at: d.at,
    },
  }];
}

export function decideInvoice(c: InvoiceCommand, s: InvoiceState): InvoiceEvent[] {
  if (c.type === 'IssueInvoice') return decideIssue(c, s);
  if (s.status === 'none') throw new DomainError('invoice.not-found');
  switch (c.type) {
    case 'RecordPayment':
      return decidePayment(c, s);
    case 'ReversePayment': {
      const p = s.payments[c.data.paymentId];
      if (!p) throw new DomainError('invoice.payment-not-found', { field: 'paymentId', reason: 'no such payment on this invoice' });
      if (p.reversed) return [];
      if (!c.data.reason.trim()) throw new DomainError('invoice.required', { field: 'reason' });
      return [{ type: 'InvoicePaymentReversed', data: { paymentId: c.data.paymentId, reason: c.data.reason.trim(), principalCents: p.principalCents, discountCents: p.discountCents, overpaidCents: p.overpaidCents, at: c.data.at } }];
    }
    case 'CancelInvoice':
      if (s.status === 'cancelled') return [];
      if (s.status !== 'open') throw new DomainError('invoice.invalid-transition', { current: s.status, command: 'CancelInvoice' }, `An invoice that is ${s.status} cannot be cancelled; reverse its payments first.`);
      if (!c.data.reason.trim()) throw new DomainError('invoice.required', { field: 'reason' });
      return [{ type: 'InvoiceCancelled', data: { reason: c.data.reason.trim(), at: c.data.at } }];
    case 'RegisterPixCharge':
      if (s.pix?.txid === c.data.pix.txid && s.pix.kind === c.data.pix.kind) return [];
      if (s.status === 'cancelled' || s.status === 'paid') return [];
      return [{ type: 'InvoicePixChargeRegistered', data: c.data }];
  }
}

export function evolveInvoice(s: InvoiceState, e: InvoiceEvent): InvoiceState {
  switch (e.type) {
    case 'InvoiceIssued':
      return { ...s, status: 'open', invoiceId: e.data.invoiceId, customerId: e.data.customerId, totalCents: e.data.totalCents, dueDate: e.data.dueDate, rules: e.data.rules, pix: e.data.pix };
    case 'InvoicePaymentRecorded': {
      const p = e.data;
      const next = {
        ...s,
        principalPaidCents: s.principalPaidCents + p.principalCents,
        discountCents: s.discountCents + p.discountCents,
        payments: { ...s.payments, [p.paymentId]: { principalCents: p.principalCents, discountCents: p.discountCents, overpaidCents: p.overpaidCents, reversed: false } },
      };
      return { ...next, status: statusAfter(next) };
    }
    case 'InvoicePaymentReversed': {
      const p = s.payments[e.data.paymentId]!;
      const next = {
        ...s,
        principalPaidCents: s.principalPaidCents - p.principalCents,
        discountCents: s.discountCents - p.discountCents,
        payments: { ...s.payments, [e.data.paymentId]: { ...p, reversed: true } },
      };
      return { ...next, status: statusAfter(next) };
    }
    case 'InvoiceCancelled':
      return { ...s, status: 'cancelled' };
    case 'InvoicePixChargeRegistered':
      return { ...s, pix: e.data.pix };
  }
}

export const invoiceDecider = { decide: decideInvoice, evolve: evolveInvoice, initialState: initialInvoiceState };
export const invoiceStreamId = (id: string) => `invoice-${id}`;
