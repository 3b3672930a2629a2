import { addMonths, daysInMonth } from '../../../shared-kernel/business-date.js';
import { DomainError } from '../domain/domain-error.js';
import type { AgreementDebt, AgreementInstalment } from './agreement.events.js';

export interface PlanInput {
  agreementId: string;
  date: string;
  debts: AgreementDebt[];
  chargesWaived: boolean;
  downPaymentCents: number;
  /** Monthly instalments after the down payment. */
  instalments: number;
  dueDay: number;
  /** Instalment invoice ids, in order (down payment first when there is one). */
  invoiceId: (number: number) => string;
}

/** The due date of the k-th monthly instalment: `dueDay` of the k-th month after the agreement (31 → last day). */
export function instalmentDueDate(date: string, dueDay: number, k: number): string {
  const month = addMonths(`${date.slice(0, 7)}-01`, k);
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month.slice(0, 7)}-${String(Math.min(dueDay, daysInMonth(y, m))).padStart(2, '0')}`;
}

/**
 * The agreement's instalments, in integer centavos: total = debt + charges (or debt alone when waived); the
 * down payment is due on the agreement date; the rest is split into equal monthly instalments, the centavos
 * that do not divide going to the first. The fine and interest are carried by the first instalments (the
 * down payment first): a payment settles charges before principal (CC art. 354), the same order a break uses.
 */
export function planAgreement(p: PlanInput): { debtCents: number; chargesCents: number; totalCents: number; instalments: AgreementInstalment[] } {
  if (!p.debts.length) throw new DomainError('agreement.no-invoices', { field: 'invoiceIds', reason: 'at least one overdue invoice' });
  if (!Number.isInteger(p.instalments) || p.instalments < 1 || p.instalments > 60) throw new DomainError('agreement.invalid', { field: 'instalments', reason: 'between 1 and 60' });
  if (!Number.isInteger(p.dueDay) || p.dueDay < 1 || p.dueDay > 31) throw new DomainError('agreement.invalid', { field: 'dueDay', reason: 'between 1 and 31' });
  const debtCents = p.debts.reduce((s, d) => s + d.principalCents, 0);
  const chargesCents = p.chargesWaived ? 0 : p.debts.reduce((s, d) => s + d.fineCents + d.interestCents, 0);
  const totalCents = debtCents + chargesCents;
  if (!Number.isSafeInteger(p.downPaymentCents) || p.downPaymentCents < 0 || p.downPaymentCents >= totalCents) {
    throw new DomainError('agreement.invalid', { field: 'downPaymentCents', reason: `integer centavos from 0 to less than the total (${totalCents})` });
  }
  const rest = totalCents - p.downPaymentCents;
  if (rest < p.instalments) throw new DomainError('agreement.invalid', { field: 'instalments', reason: 'each instalment must be at least one centavo' });
  const amounts: Array<{ number: number; dueDate: string; amountCents: number }> = [];
  if (p.downPaymentCents > 0) amounts.push({ number: 0, dueDate: p.date, amountCents: p.downPaymentCents });
  const each = Math.floor(rest / p.instalments);
  for (let k = 1; k <= p.instalments; k++) {
    amounts.push({ number: k, dueDate: instalmentDueDate(p.date, p.dueDay, k), amountCents: each + (k === 1 ? rest - each * p.instalments : 0) });
  }
  let chargesLeft = chargesCents;
  const instalments = amounts.map((a) => {
    const charges = Math.min(chargesLeft, a.amountCents);
    chargesLeft -= charges;
    return { ...a, invoiceId: p.invoiceId(a.number), debtCents: a.amountCents - charges, chargesCents: charges };
  });
  return { debtCents, chargesCents, totalCents, instalments };
}

/**
 * Breaking an agreement gives the unpaid debt back to the original invoices. What was paid on the agreement
 * is imputed to its fine and interest first (CC art. 354), then to the debt, oldest original invoice first;
 * each original is re-opened by what that did not cover (its own fine and interest run again from its
 * original due date: the agreement's waiver is lost).
 */
export function reopenOnBreak(debts: readonly AgreementDebt[], chargesCents: number, paidCents: number): Array<{ invoiceId: string; amountCents: number }> {
  let toDebt = Math.max(0, paidCents - chargesCents);
  return [...debts]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.invoiceId.localeCompare(b.invoiceId))
    .map((d) => {
      const kept = Math.min(toDebt, d.principalCents);
      toDebt -= kept;
      return { invoiceId: d.invoiceId, amountCents: d.principalCents - kept };
    });
}
