import { boleto, pix } from '@netprovider/cobranca';
import type { BusinessCalendar } from '../../domain/business-calendar.js';
import { lateCharges } from '../../domain/late-charges.js';
import type { InvoiceView } from './invoice.view.js';

export interface SecondCopy {
  invoiceId: string;
  payOn: string;
  outstandingCents: number;
  fineCents: number;
  interestCents: number;
  discountCents: number;
  totalCents: number;
  daysLate: number;
  /** Same nosso número, new due date (the payment date) and updated amount. */
  boleto: { barcode: string; digitableLine: string; dueDate: string } | null;
  pix: { brCode: string; txid: string } | null;
}

/**
 * 2ª via: the amount owed on `payOn` (fine and interest from the rules fixed on the invoice), a boleto
 * for that date and amount keeping the original campo livre (same nosso número, so the bank return still
 * settles this invoice), and a PIX code with the updated amount.
 */
export function secondCopy(v: InvoiceView, payOn: string, calendar: BusinessCalendar, pixAccount: { key: string; merchantName: string; merchantCity: string } | null): SecondCopy {
  const c = lateCharges(Math.max(0, v.outstandingCents), v.dueDate, payOn, v.rules, calendar);
  let slip: SecondCopy['boleto'] = null;
  if (v.boleto && c.totalCents > 0) {
    const original = boleto.parse(v.boleto.barcode, { referenceDate: v.dueDate });
    const dueDate = c.daysLate > 0 ? payOn : v.dueDate;
    slip = { ...boleto.build({ bankCode: v.boleto.bankCode, dueDate, amountCents: c.totalCents, freeField: original.freeField }), dueDate };
  }
  let code: SecondCopy['pix'] = null;
  if (v.pix && pixAccount && c.totalCents > 0) {
    code = { txid: v.pix.txid, brCode: v.pix.kind === 'static' ? pix.build({ key: pixAccount.key, merchantName: pixAccount.merchantName, merchantCity: pixAccount.merchantCity, amountCents: c.totalCents, txid: v.pix.txid }) : v.pix.brCode };
  }
  return {
    invoiceId: v.id, payOn, outstandingCents: Math.max(0, v.outstandingCents), fineCents: c.fineCents, interestCents: c.interestCents, discountCents: c.discountCents,
    totalCents: c.totalCents, daysLate: c.daysLate, boleto: slip, pix: code,
  };
}
