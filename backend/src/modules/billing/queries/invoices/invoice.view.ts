import type { RecordedEvent } from '@netprovider/event-store';
import { addDays } from '../../../../shared-kernel/business-date.js';
import type { BusinessCalendar } from '../../domain/business-calendar.js';
import type { BoletoData, InvoiceEvent, InvoiceItem, PaymentMethod, PixData } from '../../domain/invoice.events.js';
import { lateCharges, type LateChargeRules } from '../../domain/late-charges.js';

export interface PaymentView {
  id: string;
  method: PaymentMethod;
  amountCents: number;
  principalCents: number;
  fineCents: number;
  interestCents: number;
  discountCents: number;
  feesCents: number;
  overpaidCents: number;
  paidOn: string;
  source: { kind: string; reference: string };
  receivedBy: string | null;
  recordedAt: string;
  reversed: { reason: string; at: string } | null;
}

export interface InvoiceView {
  id: string;
  number: number;
  customerId: string;
  contractId: string | null;
  competence: string | null;
  runId: string | null;
  issuedOn: string;
  dueDate: string;
  /** The last day it can be paid without charges (next business day after the due date, plus grace days). */
  payableWithoutChargesUntil: string;
  items: InvoiceItem[];
  totalCents: number;
  paidCents: number;
  discountCents: number;
  outstandingCents: number;
  /** Given up as a loss (baixa por perda); 0 once reversed. */
  writtenOffCents: number;
  /** Moved into a payment agreement (acordo). */
  renegotiatedCents: number;
  status: 'open' | 'partially_paid' | 'paid' | 'cancelled' | 'overdue' | 'written_off' | 'renegotiated';
  rules: LateChargeRules;
  boleto: Omit<BoletoData, 'collectionAccountId'> & { collectionAccountId: string } | null;
  pix: PixData | null;
  payments: PaymentView[];
  cancellation: { reason: string; at: string } | null;
  writeOff: { reason: string; amountCents: number; at: string } | null;
  /** The agreement that took (or last took) this invoice's balance. */
  agreementId: string | null;
  /** Alterações de vencimento, oldest first (`dueDate` is the latest). */
  dueDateChanges: Array<{ previousDueDate: string; dueDate: string; reason: string; changedBy: string | null; at: string }>;
  history: Array<{ version: number; type: string; at: string; actorId: string | null; summary: string }>;
  version: number;
}

const br = (date: string) => date.split('-').reverse().join('/');
const brl = (c: number) => `R$ ${(c / 100).toFixed(2).replace('.', ',')}`;

/** Folds an invoice's events into what the API shows (status "overdue" is derived on `today`). */
export function invoiceView(events: readonly RecordedEvent[], today: string, calendar: BusinessCalendar): InvoiceView | null {
  let v: InvoiceView | null = null;
  for (const raw of events) {
    const e = raw as unknown as InvoiceEvent;
    const at = raw.recordedAt.toISOString();
    let summary = '';
    if (e.type === 'InvoiceIssued') {
      const d = e.data;
      v = {
        id: d.invoiceId, number: d.number, customerId: d.customerId, contractId: d.contractId, competence: d.competence, runId: d.runId, issuedOn: d.issuedOn,
        dueDate: d.dueDate, payableWithoutChargesUntil: d.dueDate, items: d.items, totalCents: d.totalCents, paidCents: 0, discountCents: 0, outstandingCents: d.totalCents,
        writtenOffCents: 0, renegotiatedCents: 0, status: 'open', rules: d.rules, boleto: d.boleto, pix: d.pix, payments: [], cancellation: null, writeOff: null, agreementId: null,
        dueDateChanges: [], history: [], version: 0,
      };
      summary = `Fatura nº ${d.number} emitida: ${brl(d.totalCents)}, vencimento ${d.dueDate.split('-').reverse().join('/')}`;
    }
    if (!v) continue;
    switch (e.type) {
      case 'InvoicePaymentRecorded': {
        const p = e.data;
        v.payments.push({
          id: p.paymentId, method: p.method, amountCents: p.amountCents, principalCents: p.principalCents, fineCents: p.fineCents, interestCents: p.interestCents,
          discountCents: p.discountCents, feesCents: p.feesCents, overpaidCents: p.overpaidCents, paidOn: p.paidOn, source: p.source, receivedBy: p.receivedBy, recordedAt: at, reversed: null,
        });
        v.paidCents += p.principalCents;
        v.discountCents += p.discountCents;
        summary = `Pagamento de ${brl(p.amountCents)} (${p.method}) em ${p.paidOn.split('-').reverse().join('/')}`;
        break;
      }
      case 'InvoicePaymentReversed': {
        const p = v.payments.find((x) => x.id === e.data.paymentId);
        if (p) p.reversed = { reason: e.data.reason, at };
        v.paidCents -= e.data.principalCents;
        v.discountCents -= e.data.discountCents;
        summary = `Pagamento estornado: ${e.data.reason}`;
        break;
      }
      case 'InvoiceCancelled':
        v.cancellation = { reason: e.data.reason, at };
        summary = `Fatura cancelada: ${e.data.reason}`;
        break;
      case 'InvoicePixChargeRegistered':
        v.pix = e.data.pix;
        summary = `Cobrança PIX registrada (${e.data.pix.kind})`;
        break;
      case 'InvoiceWrittenOff':
        v.writtenOffCents += e.data.amountCents;
        v.writeOff = { reason: e.data.reason, amountCents: e.data.amountCents, at };
        summary = `Baixa por perda de ${brl(e.data.amountCents)}: ${e.data.reason}`;
        break;
      case 'InvoiceWriteOffReversed':
        v.writtenOffCents -= e.data.amountCents;
        v.writeOff = null;
        summary = `Baixa por perda estornada (${brl(e.data.amountCents)}): ${e.data.reason}`;
        break;
      case 'InvoiceRenegotiated':
        v.renegotiatedCents += e.data.amountCents;
        v.agreementId = e.data.agreementId;
        summary = `${brl(e.data.amountCents)} renegociados no acordo ${e.data.agreementId}`;
        break;
      case 'InvoiceRenegotiationUndone':
        v.renegotiatedCents -= e.data.amountCents;
        summary = `${brl(e.data.amountCents)} reabertos do acordo ${e.data.agreementId}: ${e.data.reason}`;
        break;
      case 'InvoiceDueDateChanged': {
        const d = e.data;
        v.dueDate = d.dueDate;
        if (d.boleto) v.boleto = d.boleto;
        v.dueDateChanges.push({ previousDueDate: d.previousDueDate, dueDate: d.dueDate, reason: d.reason, changedBy: d.changedBy, at });
        summary = `Vencimento alterado de ${br(d.previousDueDate)} para ${br(d.dueDate)}: ${d.reason}`;
        break;
      }
    }
    v.history.push({ version: raw.streamVersion, type: raw.type, at, actorId: (raw.metadata.actorId as string | undefined) ?? null, summary });
    v.version = raw.streamVersion;
  }
  if (!v) return null;
  v.outstandingCents = v.totalCents - v.paidCents - v.discountCents - v.writtenOffCents - v.renegotiatedCents;
  v.payableWithoutChargesUntil = addDays(calendar.nextBusinessDay(v.dueDate), v.rules.graceDays);
  if (v.cancellation) v.status = 'cancelled';
  else if (v.outstandingCents <= 0) v.status = v.writtenOffCents > 0 ? 'written_off' : v.renegotiatedCents > 0 ? 'renegotiated' : 'paid';
  else if (lateCharges(v.outstandingCents, v.dueDate, today, v.rules, calendar).daysLate > 0) v.status = 'overdue';
  else v.status = v.paidCents + v.discountCents + v.renegotiatedCents > 0 ? 'partially_paid' : 'open';
  v.history.reverse();
  return v;
}
