import type { LateChargeRules } from './late-charges.js';

/** What an invoice charges, in integer centavos (credits and discounts are negative). */
export type InvoiceItemKind = 'plan' | 'add-on' | 'promotion' | 'adjustment' | 'installation' | 'charge' | 'credit'
  /** An instalment of a payment agreement: debt already invoiced (and recognised) elsewhere, moved here. */
  | 'agreement'
  /** Fine and interest an agreement recomputed on the renegotiated debt. */
  | 'agreement-charges';

export interface InvoiceItem {
  kind: InvoiceItemKind;
  description: string;
  amountCents: number;
  /** What the line comes from (add-on id, promotion id, plan change event…). */
  reference?: string;
}

export interface BoletoData {
  bankCode: string;
  collectionAccountId: string;
  /** The bank's nosso número as stored (digits, without a check digit where the bank prints one apart). */
  nossoNumero: string;
  nossoNumeroFormatted: string;
  barcode: string;
  digitableLine: string;
}

export interface PixData {
  txid: string;
  brCode: string;
  /** static: BR Code with the amount and txid, settled by webhook/statement; cobv: a PSP charge with due date. */
  kind: 'static' | 'cobv';
  location?: string;
}

export type PaymentMethod = 'cash' | 'card' | 'transfer' | 'boleto' | 'pix' | 'credit';

export interface PaymentSource {
  /** manual: staff at the counter; cnab: a bank return file line; pix: a PSP webhook / poll; ofx: a confirmed statement line. */
  kind: 'manual' | 'cnab' | 'pix' | 'ofx' | 'credit';
  /** File hash + line, endToEndId, FITID… what proves it. */
  reference: string;
}

export type InvoiceIssued = {
  type: 'InvoiceIssued';
  data: {
    invoiceId: string;
    number: number;
    customerId: string;
    contractId: string | null;
    competence: string | null;
    runId: string | null;
    issuedOn: string;
    dueDate: string;
    items: InvoiceItem[];
    totalCents: number;
    rules: LateChargeRules;
    boleto: BoletoData | null;
    pix: PixData | null;
    at: string;
  };
};

export type InvoicePaymentRecorded = {
  type: 'InvoicePaymentRecorded';
  data: {
    paymentId: string;
    method: PaymentMethod;
    /** Money received. */
    amountCents: number;
    /** Part of the received amount that settles the invoice's principal. */
    principalCents: number;
    fineCents: number;
    interestCents: number;
    /** Principal forgiven as an early-payment or bank-granted discount (only on a full settlement). */
    discountCents: number;
    /** Bank or PSP fee reported for this payment (an expense, not deducted from what the payer paid). */
    feesCents: number;
    /** Received beyond what was owed: becomes the customer's credit. */
    overpaidCents: number;
    paidOn: string;
    creditedOn: string | null;
    source: PaymentSource;
    receivedBy: string | null;
    at: string;
  };
};

export type InvoicePaymentReversed = {
  type: 'InvoicePaymentReversed';
  data: { paymentId: string; reason: string; principalCents: number; discountCents: number; overpaidCents: number; at: string };
};

export type InvoiceCancelled = { type: 'InvoiceCancelled'; data: { reason: string; at: string } };

export type InvoicePixChargeRegistered = { type: 'InvoicePixChargeRegistered'; data: { pix: PixData; at: string } };

/** Baixa por perda: the outstanding principal is given up as bad debt (the customer still owes it legally). */
export type InvoiceWrittenOff = { type: 'InvoiceWrittenOff'; data: { reason: string; amountCents: number; at: string } };
/** The write-off undone (by staff, or because money arrived): the amount is owed again. */
export type InvoiceWriteOffReversed = { type: 'InvoiceWriteOffReversed'; data: { reason: string; amountCents: number; at: string } };
/** The outstanding principal moved into a payment agreement (acordo): the agreement's instalments carry it now. */
export type InvoiceRenegotiated = { type: 'InvoiceRenegotiated'; data: { agreementId: string; amountCents: number; at: string } };
/** The agreement was broken or undone: the amount it took is owed on this invoice again. */
export type InvoiceRenegotiationUndone = { type: 'InvoiceRenegotiationUndone'; data: { agreementId: string; reason: string; amountCents: number; at: string } };

/**
 * Alteração de vencimento: the invoice is now due on `dueDate` (fine, interest and the early discount run
 * from it). The boleto keeps its nosso número and campo livre; its barcode and linha digitável change with
 * the due-date factor. A registered boleto is told to the bank by the next remessa (instruction 06).
 */
export type InvoiceDueDateChanged = {
  type: 'InvoiceDueDateChanged';
  data: { previousDueDate: string; dueDate: string; reason: string; changedBy: string | null; boleto: BoletoData | null; at: string };
};

export type InvoiceEvent =
  | InvoiceIssued | InvoicePaymentRecorded | InvoicePaymentReversed | InvoiceCancelled | InvoicePixChargeRegistered
  | InvoiceWrittenOff | InvoiceWriteOffReversed | InvoiceRenegotiated | InvoiceRenegotiationUndone | InvoiceDueDateChanged;
export type InvoiceEventType = InvoiceEvent['type'];

export const INVOICE_EVENT_TYPES: readonly InvoiceEventType[] = [
  'InvoiceIssued', 'InvoicePaymentRecorded', 'InvoicePaymentReversed', 'InvoiceCancelled', 'InvoicePixChargeRegistered',
  'InvoiceWrittenOff', 'InvoiceWriteOffReversed', 'InvoiceRenegotiated', 'InvoiceRenegotiationUndone', 'InvoiceDueDateChanged',
];
