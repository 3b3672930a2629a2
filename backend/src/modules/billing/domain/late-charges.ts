import { daysBetween } from '../../../shared-kernel/business-date.js';
import type { BusinessCalendar } from './business-calendar.js';
import { DomainError } from './domain-error.js';

/**
 * Fine and interest rules, fixed on the invoice when it is issued (later changes to the company settings
 * never reach invoices already issued). Basis points: 200 = 2,00 %.
 */
export interface LateChargeRules {
  /** Multa moratória, one-off. Consumer relations cap it at 2 % (CDC art. 52 §1º). */
  finePercentBp: number;
  /** Juros de mora per month, charged pro rata die over calendar days (1 % a.m. = 100). */
  interestMonthlyBp: number;
  /** Days after the (business-day adjusted) due date still paid without charges. */
  graceDays: number;
  /** Early-payment discount: this amount off when paid up to `daysBefore` days before the due date. */
  earlyDiscount?: { amountCents: number; daysBefore: number };
}

export const LEGAL_FINE_CAP_BP = 200;

export const DEFAULT_LATE_CHARGE_RULES: LateChargeRules = { finePercentBp: 200, interestMonthlyBp: 100, graceDays: 0 };

export function assertLateChargeRules(r: LateChargeRules): LateChargeRules {
  const int = (v: number, field: string, max: number) => {
    if (!Number.isInteger(v) || v < 0 || v > max) throw new DomainError('billing.invalid-rule', { field, reason: `an integer between 0 and ${max}` });
  };
  int(r.finePercentBp, 'finePercentBp', LEGAL_FINE_CAP_BP);
  int(r.interestMonthlyBp, 'interestMonthlyBp', 100);
  int(r.graceDays, 'graceDays', 60);
  if (r.earlyDiscount) {
    int(r.earlyDiscount.amountCents, 'earlyDiscount.amountCents', 100_000_00);
    int(r.earlyDiscount.daysBefore, 'earlyDiscount.daysBefore', 31);
  }
  return r;
}

/** Integer division rounding half up (non-negative operands): centavos never go through floats. */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  return Number((2n * n + d) / (2n * d));
}

export interface LateCharges {
  /** Days late counted from the original due date (0 when paid on time). */
  daysLate: number;
  fineCents: number;
  interestCents: number;
  discountCents: number;
  /** What the payer owes on `payDate` for `amountCents` of principal. */
  totalCents: number;
}

/**
 * What is owed on `payDate`: on time (up to the next business day after the due date, plus grace days)
 * nothing is added; later, the fine once and interest pro rata die from the original due date (a R$ 100,00
 * invoice paid 10 days late: 2,00 + 0,33 = 102,33). Each component rounds half up to the centavo.
 */
export function lateCharges(amountCents: number, dueDate: string, payDate: string, rules: LateChargeRules, calendar: BusinessCalendar): LateCharges {
  const payableUntil = calendar.nextBusinessDay(dueDate);
  const lateBy = daysBetween(payableUntil, payDate);
  if (lateBy <= rules.graceDays) {
    const early = rules.earlyDiscount && daysBetween(payDate, dueDate) >= rules.earlyDiscount.daysBefore ? Math.min(rules.earlyDiscount.amountCents, amountCents) : 0;
    return { daysLate: 0, fineCents: 0, interestCents: 0, discountCents: early, totalCents: amountCents - early };
  }
  const daysLate = daysBetween(dueDate, payDate);
  const fineCents = divRoundHalfUp(amountCents * rules.finePercentBp, 10_000);
  const interestCents = divRoundHalfUp(amountCents * rules.interestMonthlyBp * daysLate, 30 * 10_000);
  return { daysLate, fineCents, interestCents, discountCents: 0, totalCents: amountCents + fineCents + interestCents };
}
