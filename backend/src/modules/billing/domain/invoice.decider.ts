import { isBusinessDate } from '../../../shared-kernel/business-date.js';
import { boletoDueOn } from './collection-account.js';
import { DomainError } from './domain-error.js';
import type { BoletoData, InvoiceEvent, InvoiceIssued, InvoicePaymentRecorded, PaymentMethod, PaymentSource, PixData } from './invoice.events.js';
import type { LateChargeRules } from './late-charges.js';

/*
 * Invoice decider. An invoice is issued once (stream `invoice-<id>`; billing-run invoices have an id derived
 * from contract + competence, so a replayed run cannot issue a second one), then receives payments and
 * reversals until it is paid, or is cancelled while nothing is paid. Overdue is not a state: it is
 * "open or partially paid past the due date", computed against the business calendar when read.
 *
 * What is still owed can also leave the invoice without money: written off as a loss (baixa por perda,
 * reversible; money arriving later reverses it first), or moved into a payment agreement (renegotiated; the
 * agreement can give it back, in whole or in part, when it is broken). Money invariant: total = principal
 * paid + discounts + outstanding + written off + renegotiated (or the total, once cancelled).
 */

export type InvoiceStatus = 'none' | 'open' | 'partially_paid' | 'paid' | 'cancelled' | 'written_off' | 'renegotiated';

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
  writtenOffCents: number;
  renegotiatedCents: number;
  /** The agreement that took (or last took) this invoice's balance. */
  agreementId: string | null;
  dueDate: string;
  rules: LateChargeRules | null;
  payments: Record<string, PaymentRecord>;
  pix: PixData | null;
  boleto: BoletoData | null;
}

export const initialInvoiceState = (): InvoiceState => ({
  status: 'none', invoiceId: '', customerId: '', totalCents: 0, principalPaidCents: 0, discountCents: 0, writtenOffCents: 0, renegotiatedCents: 0, agreementId: null,
  dueDate: '', rules: null, payments: {}, pix: null, boleto: null,
});

export const outstandingCents = (s: InvoiceState) => s.totalCents - s.principalPaidCents - s.discountCents - s.writtenOffCents - s.renegotiatedCents;

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
export type WriteOffInvoice = { type: 'WriteOffInvoice'; data: { reason: string; at: string } };
export type ReverseWriteOff = { type: 'ReverseWriteOff'; data: { reason: string; at: string } };
export type RenegotiateInvoice = { type: 'RenegotiateInvoice'; data: { agreementId: string; at: string } };
/** `amountCents` (default: all the agreement took) is what is owed here again; the rest stays settled by the agreement. */
export type ReopenRenegotiated = { type: 'ReopenRenegotiated'; data: { agreementId: string; reason: string; amountCents?: number; at: string } };
/** `today` is the business date (São Paulo) the request is made on: the new due date cannot be before it. */
export type ChangeDueDate = { type: 'ChangeDueDate'; data: { dueDate: string; reason: string; changedBy: string | null; today: string; at: string } };
export type InvoiceCommand =
  | IssueInvoice | RecordPayment | ReversePayment | CancelInvoice | RegisterPixCharge
  | WriteOffInvoice | ReverseWriteOff | RenegotiateInvoice | ReopenRenegotiated | ChangeDueDate;

const int = (v: number, field: string, min = 0) => {
  if (!Number.isSafeInteger(v) || v < min) throw new DomainError('invoice.invalid-amount', { field, reason: `an integer number of centavos ≥ ${min}` });
};

function statusAfter(s: InvoiceState): InvoiceStatus {
  if (s.status === 'cancelled') return s.status;
  if (outstandingCents(s) > 0) return s.principalPaidCents + s.discountCents + s.renegotiatedCents > 0 ? 'partially_paid' : 'open';
  if (s.writtenOffCents > 0) return 'written_off';
  if (s.renegotiatedCents > 0) return 'renegotiated';
  return 'paid';
}

const owing = (s: InvoiceState) => s.status === 'open' || s.status === 'partially_paid';
const refuse = (s: InvoiceState, command: string, message: string) => new DomainError('invoice.invalid-transition', { current: s.status, command }, message);
const reasonOf = (r: string) => {
  if (!r.trim()) throw new DomainError('invoice.required', { field: 'reason' });
  return r.trim();
};

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

/**
 * Alteração de vencimento of an invoice still owed (open, partially paid or overdue). The same date again is
 * a no-op (a retried request changes nothing); a date before today is refused. The boleto is rebuilt for the
 * new date (same nosso número); a static PIX BR Code carries no date and stays; a cobv is updated at the PSP
 * by the reactor that follows the event.
 */
function decideDueDate(c: ChangeDueDate, s: InvoiceState): InvoiceEvent[] {
  const d = c.data;
  if (!owing(s)) {
    throw new DomainError('invoice.due-date-not-changeable', { field: 'status', reason: `the invoice is ${s.status}: only open or overdue invoices can have their due date changed`, current: s.status });
  }
  if (!isBusinessDate(d.dueDate)) throw new DomainError('invoice.invalid-date', { field: 'dueDate', reason: 'a date YYYY-MM-DD' });
  if (d.dueDate === s.dueDate) return [];
  if (d.dueDate < d.today) throw new DomainError('invoice.due-date-in-past', { field: 'dueDate', reason: `on or after today (${d.today})` });
  const reason = reasonOf(d.reason);
  return [{
    type: 'InvoiceDueDateChanged',
    data: { previousDueDate: s.dueDate, dueDate: d.dueDate, reason, changedBy: d.changedBy, boleto: s.boleto ? boletoDueOn(s.boleto, d.dueDate) : null, at: d.at },
  }];
}

export function decideInvoice(c: InvoiceCommand, s: InvoiceState): InvoiceEvent[] {
  if (c.type === 'IssueInvoice') return decideIssue(c, s);
  if (s.status === 'none') throw new DomainError('invoice.not-found');
  switch (c.type) {
    case 'RecordPayment': {
      // Money for a written-off invoice is a recovery: the write-off is undone first, then the payment settles it.
      // (On a renegotiated invoice nothing is outstanding: the payment becomes the customer's credit.)
      if (s.status !== 'written_off' || s.payments[c.data.paymentId]) return decidePayment(c, s);
      const reversal: InvoiceEvent = { type: 'InvoiceWriteOffReversed', data: { reason: 'pagamento recebido', amountCents: s.writtenOffCents, at: c.data.at } };
      return [reversal, ...decidePayment(c, evolveInvoice(s, reversal))];
    }
    case 'ReversePayment': {
      const p = s.payments[c.data.paymentId];
      if (!p) throw new DomainError('invoice.payment-not-found', { field: 'paymentId', reason: 'no such payment on this invoice' });
      if (p.reversed) return [];
      if ((s.status === 'written_off' || s.status === 'renegotiated') && p.principalCents + p.discountCents > 0) {
        throw refuse(s, 'ReversePayment', `The invoice is ${s.status}: undo that first, then reverse the payment.`);
      }
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
      if (!owing(s)) return [];
      return [{ type: 'InvoicePixChargeRegistered', data: c.data }];
    case 'WriteOffInvoice':
      if (s.status === 'written_off') return [];
      if (!owing(s)) throw refuse(s, 'WriteOffInvoice', `An invoice that is ${s.status} cannot be written off: only open or partially paid ones.`);
      return [{ type: 'InvoiceWrittenOff', data: { reason: reasonOf(c.data.reason), amountCents: outstandingCents(s), at: c.data.at } }];
    case 'ReverseWriteOff':
      if (s.status !== 'written_off') throw refuse(s, 'ReverseWriteOff', `The invoice is ${s.status}, not written off.`);
      return [{ type: 'InvoiceWriteOffReversed', data: { reason: reasonOf(c.data.reason), amountCents: s.writtenOffCents, at: c.data.at } }];
    case 'RenegotiateInvoice':
      if (s.agreementId === c.data.agreementId && s.renegotiatedCents > 0 && outstandingCents(s) === 0) return [];
      if (!owing(s)) throw refuse(s, 'RenegotiateInvoice', `An invoice that is ${s.status} cannot be renegotiated: only open or partially paid ones.`);
      return [{ type: 'InvoiceRenegotiated', data: { agreementId: c.data.agreementId, amountCents: outstandingCents(s), at: c.data.at } }];
    case 'ReopenRenegotiated': {
      if (s.agreementId !== c.data.agreementId) throw refuse(s, 'ReopenRenegotiated', 'The invoice was not renegotiated by this agreement.');
      if (s.renegotiatedCents === 0) return []; // already given back
      const amountCents = c.data.amountCents ?? s.renegotiatedCents;
      int(amountCents, 'amountCents');
      if (amountCents > s.renegotiatedCents) throw new DomainError('invoice.invalid-amount', { field: 'amountCents', reason: `at most what the agreement took (${s.renegotiatedCents})` });
      if (amountCents === 0) return [];
      return [{ type: 'InvoiceRenegotiationUndone', data: { agreementId: c.data.agreementId, reason: reasonOf(c.data.reason), amountCents, at: c.data.at } }];
    }
    case 'ChangeDueDate':
      return decideDueDate(c, s);
  }
}

export function evolveInvoice(s: InvoiceState, e: InvoiceEvent): InvoiceState {
  switch (e.type) {
    case 'InvoiceIssued':
      return { ...s, status: 'open', invoiceId: e.data.invoiceId, customerId: e.data.customerId, totalCents: e.data.totalCents, dueDate: e.data.dueDate, rules: e.data.rules, pix: e.data.pix, boleto: e.data.boleto };
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
    case 'InvoiceWrittenOff':
      return { ...s, writtenOffCents: s.writtenOffCents + e.data.amountCents, status: 'written_off' };
    case 'InvoiceWriteOffReversed': {
      const next = { ...s, writtenOffCents: s.writtenOffCents - e.data.amountCents };
      return { ...next, status: statusAfter(next) };
    }
    case 'InvoiceRenegotiated': {
      const next = { ...s, renegotiatedCents: s.renegotiatedCents + e.data.amountCents, agreementId: e.data.agreementId };
      return { ...next, status: statusAfter(next) };
    }
    case 'InvoiceRenegotiationUndone': {
      // What the agreement keeps is settled by it; the invoice stays "renegotiated" for that part only.
      const next = { ...s, renegotiatedCents: s.renegotiatedCents - e.data.amountCents };
      return { ...next, status: statusAfter(next) };
    }
    case 'InvoiceDueDateChanged':
      return { ...s, dueDate: e.data.dueDate, boleto: e.data.boleto ?? s.boleto };
  }
}

export const invoiceDecider = { decide: decideInvoice, evolve: evolveInvoice, initialState: initialInvoiceState };
export const invoiceStreamId = (id: string) => `invoice-${id}`;
