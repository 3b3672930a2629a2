import { addMonths, assertBusinessDate, daysBetween, daysInMonth } from './business-date.js';
import type { AddOnSnapshot, ComboSnapshot, PromotionSnapshot } from './contract.events.js';
import { DomainError } from './domain-error.js';

/*
 * Money rules of a contract: integer centavos, integer arithmetic, and one rounding policy: every
 * rounding goes in the subscriber's favour (CDC art. 47: ambiguity is read for the consumer).
 *  - amounts the subscriber pays (pro-rata debit, penalty) round DOWN (floor);
 *  - amounts credited to the subscriber (pro-rata credit) round UP (ceil).
 * Products stay far below 2^53 (a R$ 10 million price × 366 days ≈ 3.7e11).
 */

function assertCents(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new DomainError('contract.invalid-amount', { field, reason: 'a non-negative integer number of centavos' });
}

/**
 * The due date of a month: `dueDay`, or the month's last day when it has no such day
 * (due day 31 in April → 04-30; 29/30/31 in February → 02-28, or 02-29 in a leap year).
 */
export function dueDateFor(year: number, month: number, dueDay: number): string {
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 31) throw new DomainError('contract.invalid-due-day', { field: 'dueDay', reason: '1 to 31' });
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year) || year < 1 || year > 9999) throw new DomainError('contract.invalid-date', { field: 'month' });
  const day = Math.min(dueDay, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface PlanChangeProRataInput {
  oldPriceCents: number;
  newPriceCents: number;
  /** First day of the billing cycle (inclusive). */
  cycleStart: string;
  /** Last day of the billing cycle (inclusive). */
  cycleEnd: string;
  /** First day on the new plan (inclusive); must fall inside the cycle. */
  changeDate: string;
}

export interface ProRata {
  /** Unused part of the old plan, given back: ceil(old × remainingDays / cycleDays). */
  creditCents: number;
  /** Part of the new plan to charge: floor(new × remainingDays / cycleDays). */
  debitCents: number;
  /** debit − credit: positive = the subscriber owes (upgrade), negative = credit on the next invoice (downgrade). */
  netCents: number;
  remainingDays: number;
  cycleDays: number;
}

/**
 * Pro-rata of a plan change inside a billing cycle, by calendar days (remainingDays = changeDate..cycleEnd,
 * both inclusive; cycleDays = cycleStart..cycleEnd, both inclusive).
 */
export function planChangeProRata(input: PlanChangeProRataInput): ProRata {
  assertCents(input.oldPriceCents, 'oldPriceCents');
  assertCents(input.newPriceCents, 'newPriceCents');
  const cycleStart = assertBusinessDate(input.cycleStart, 'cycleStart');
  const cycleEnd = assertBusinessDate(input.cycleEnd, 'cycleEnd');
  const changeDate = assertBusinessDate(input.changeDate, 'changeDate');
  if (cycleEnd < cycleStart) throw new DomainError('contract.invalid-cycle', { field: 'cycleEnd', reason: 'on or after cycleStart' });
  if (changeDate < cycleStart || changeDate > cycleEnd) throw new DomainError('contract.change-date-outside-cycle', { field: 'changeDate', cycleStart, cycleEnd });
  const cycleDays = daysBetween(cycleStart, cycleEnd) + 1;
  const remainingDays = daysBetween(changeDate, cycleEnd) + 1;
  const creditCents = Math.ceil((input.oldPriceCents * remainingDays) / cycleDays);
  const debitCents = Math.floor((input.newPriceCents * remainingDays) / cycleDays);
  return { creditCents, debitCents, netCents: debitCents - creditCents, remainingDays, cycleDays };
}

export interface Loyalty {
  /** First day of the loyalty period (the activation date). */
  startsOn: string;
  /** First day free of loyalty: startsOn + loyaltyMonths (end-of-month clamped). */
  endsOn: string;
  /** Full penalty before proration, from the plan version (PenaltyRule resolved by the plans context). */
  penaltyAmountCents: number;
}

export function loyaltyFor(activatedOn: string, loyaltyMonths: number, penaltyAmountCents: number): Loyalty | null {
  if (loyaltyMonths <= 0) return null;
  return { startsOn: activatedOn, endsOn: addMonths(activatedOn, loyaltyMonths), penaltyAmountCents };
}

export interface LoyaltyPenalty {
  amountCents: number;
  remainingDays: number;
  loyaltyDays: number;
}

/**
 * Early-cancellation penalty, proportional to the remaining loyalty (Anatel RGC):
 * `penalty = penaltyAmount × remainingDays / loyaltyDays`, rounded down to the centavo.
 * loyaltyDays = endsOn − startsOn; remainingDays = endsOn − cancelledOn (0 on or after endsOn; the whole
 * period if cancelled before it started).
 */
export function loyaltyPenalty(loyalty: Loyalty, cancelledOn: string): LoyaltyPenalty {
  assertBusinessDate(cancelledOn, 'cancelledOn');
  assertCents(loyalty.penaltyAmountCents, 'penaltyAmountCents');
  const loyaltyDays = daysBetween(loyalty.startsOn, loyalty.endsOn);
  const remainingDays = Math.max(0, Math.min(loyaltyDays, daysBetween(cancelledOn, loyalty.endsOn)));
  const amountCents = loyaltyDays === 0 ? 0 : Math.floor((loyalty.penaltyAmountCents * remainingDays) / loyaltyDays);
  return { amountCents, remainingDays, loyaltyDays };
}

/** Discount of a promotion on one month's plan price: percentage rounds UP (ceil), never above the price. */
export function promotionDiscountCents(discount: PromotionSnapshot['discount'], priceCents: number): number {
  const d = discount.kind === 'percentage' ? Math.ceil((priceCents * discount.basisPoints) / 10_000) : discount.amountCents;
  return Math.min(priceCents, d);
}

/**
 * Billed months of the promotion still to come, counting the current one. Month n of a contract runs from
 * billingStartsOn + (n − 1) months (end-of-month clamp); before billing starts, all of them remain.
 */
export function promotionMonthsRemaining(promotion: Pick<PromotionSnapshot, 'months'>, billingStartsOn: string | undefined, today: string): number {
  if (!billingStartsOn || today < billingStartsOn) return promotion.months;
  let n = 1;
  while (n <= promotion.months && addMonths(billingStartsOn, n) <= today) n++;
  return Math.max(0, promotion.months - n + 1);
}

export interface MonthlyTotal {
  planCents: number;
  addOnsCents: number;
  comboDiscountCents: number;
  promotionDiscountCents: number;
  totalCents: number;
}

/** What the subscriber pays this month: plan + add-ons − combo discount − promotion discount (on the plan price). */
export function monthlyTotal(s: { plan: { priceCents: number }; addOns: readonly AddOnSnapshot[]; combo?: ComboSnapshot; promotion?: PromotionSnapshot }, promotionMonthsLeft: number): MonthlyTotal {
  const planCents = s.plan.priceCents;
  const addOnsCents = s.addOns.reduce((sum, a) => sum + a.priceCents, 0);
  const comboDiscountCents = Math.min(s.combo?.discountCents ?? 0, planCents + addOnsCents);
  const promo = s.promotion && promotionMonthsLeft > 0 ? promotionDiscountCents(s.promotion.discount, planCents) : 0;
  return { planCents, addOnsCents, comboDiscountCents, promotionDiscountCents: promo, totalCents: Math.max(0, planCents + addOnsCents - comboDiscountCents - promo) };
}
