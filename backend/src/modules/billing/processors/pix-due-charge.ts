import { createHash } from 'node:crypto';
import type { InvoiceIssued } from '../domain/invoice.events.js';
import type { PixDueChargeInput, PixDueChargeRevision } from '../infrastructure/pix-psp/pix-psp.port.js';
import { LOCAL_ERROR_TYPES, PixPspError } from '../infrastructure/pix-psp/pix-psp.errors.js';

/**
 * The cobv txid of an invoice: 32 hex characters (inside `[a-zA-Z0-9]{26,35}`) hashed from the invoice id.
 * Stable, so a retry after a crash between the PSP's 201 and our event re-PUTs the same charge (the PSP
 * answers the same request with the same charge) instead of creating a second one the payer could pay too.
 * Hashed rather than the id's own hex so it never equals the static BR Code's txid (the id's first 25).
 */
export function cobvTxid(invoiceId: string): string {
  return createHash('sha256').update(`cobv\u001f${invoiceId}`).digest('hex').slice(0, 32);
}

export interface DueChargeFacts {
  invoice: InvoiceIssued['data'];
  /** what is still owed (a customer credit may have paid part of the total at issuance) */
  outstandingCents: number;
  payer: { kind: 'PF' | 'PJ'; name: string; document: string } | null;
  pixKey: string;
  validAfterDueDays: number;
  /** YYYY-MM-DD, São Paulo */
  today: string;
}

/** Why no cobv can be asked for: a permanent local failure, recorded like a PSP refusal. */
export interface ChargeRefusal {
  refused: string;
  property: string;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The cobv for an invoice, from the rules fixed on it when it was issued: multa % (modalidade 2), juros %
 * a.m. in calendar days (modalidade 3), and the early-payment discount as a fixed amount up to a date
 * (modalidade 1) when that date is still ahead. The PSP computes fine and interest on the payment date;
 * grace days have no field in the API Pix (the PSP charges from the day after the due date), but the charge
 * stays payable at least through them: `validadeAposVencimento` = max(setting, the invoice's grace days).
 */
export function dueChargeInput(f: DueChargeFacts): PixDueChargeInput | ChargeRefusal {
  const doc = f.payer?.document.replace(/\D/g, '') ?? '';
  const debtor =
    f.payer?.kind === 'PJ' ? (doc.length === 14 ? { cnpj: doc } : null) : doc.length === 11 ? { cpf: doc } : null;
  // a cobv must name its debtor (CobVSolicitada.devedor is required); an erased customer has no document
  if (!f.payer || !debtor) return { refused: 'the payer has no CPF/CNPJ (a cobv requires the debtor)', property: 'cobv.devedor' };
  const { invoice: inv } = f;
  return {
    txid: cobvTxid(inv.invoiceId),
    validAfterDueDays: Math.max(f.validAfterDueDays, inv.rules.graceDays),
    debtor: { name: (f.payer.name.trim() || 'Cliente').slice(0, 200), ...debtor },
    key: f.pixKey,
    description: `Fatura ${inv.number}${inv.competence ? ` - competência ${inv.competence}` : ''}`,
    ...dueChargeRevision(f),
  };
}

/**
 * Due date and `valor` of an invoice's cobv from the rules fixed on it: what is still owed, multa, juros,
 * and the early-payment discount dated `daysBefore` the invoice's (current) due date — only while that date
 * is still ahead and the discount is less than what is owed. Used to create the charge and to revise it after
 * an alteração de vencimento, so the discount date always follows the due date.
 */
export function dueChargeRevision(f: Pick<DueChargeFacts, 'invoice' | 'outstandingCents' | 'today'>): PixDueChargeRevision {
  const { invoice: inv, outstandingCents } = f;
  const rules = inv.rules;
  const early = rules.earlyDiscount;
  const discountDate = early ? addDays(inv.dueDate, -early.daysBefore) : '';
  return {
    dueDate: inv.dueDate,
    amountCents: outstandingCents,
    ...(rules.finePercentBp > 0 ? { fine: { percentBasisPoints: rules.finePercentBp } } : {}),
    ...(rules.interestMonthlyBp > 0 ? { interest: { monthlyPercentBasisPoints: rules.interestMonthlyBp } } : {}),
    ...(early && early.amountCents > 0 && early.amountCents < outstandingCents && discountDate >= f.today
      ? { discount: { date: discountDate, amountCents: early.amountCents } }
      : {}),
  };
}

/**
 * Worth retrying as is: no answer, timeouts, throttling, the PSP's own errors, and refused credentials
 * (a configuration fix plus restart resolves those for every invoice at once, so the queue waits). Any
 * other 4xx is about this charge and will not change by retrying: it is recorded and the queue moves on.
 */
export function isTransient(e: PixPspError): boolean {
  if (e.type === LOCAL_ERROR_TYPES.token) return true;
  return e.status === 0 || e.status === 401 || e.status === 403 || e.status === 408 || e.status === 429 || e.status >= 500;
}

/** The PSP refused the txid as already used: a charge from an earlier attempt (with other data) exists. */
export function isTxidInUse(e: unknown): e is PixPspError {
  return e instanceof PixPspError && e.status === 400 && e.violations.some((v) => v.property?.endsWith('.txid'));
}
