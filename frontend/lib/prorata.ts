/*
 * What a contract change will cost, shown before the attendant confirms. The API has no preview route yet,
 * so this mirrors the contracts module's rules exactly (contract.money.ts, change-plan.ts cycleOf):
 * integer centavos, calendar days, every rounding in the subscriber's favour (debits floor, credits ceil).
 */

const DAY = 86_400_000;
const toUtc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const fromUtc = (t: number) => new Date(t).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) => Math.round((toUtc(to) - toUtc(from)) / DAY);
export const addDays = (d: string, n: number) => fromUtc(toUtc(d) + n * DAY);
export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Adds months keeping the day, clamped to the month's last day (01-31 + 1 month → 02-28). */
export function addMonths(d: string, n: number): string {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7)) - 1 + n;
  const ny = y + Math.floor(m / 12);
  const nm = ((m % 12) + 12) % 12 + 1;
  const day = Math.min(Number(d.slice(8, 10)), daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The due date of a month: dueDay, or the month's last day when it has no such day. */
export function dueDateFor(year: number, month: number, dueDay: number): string {
  const day = Math.min(dueDay, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The billing cycle containing `day`: from the last due date on or before it to the day before the next. */
export function cycleOf(day: string, dueDay: number): { cycleStart: string; cycleEnd: string } {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const thisMonth = dueDateFor(y, m, dueDay);
  let start = thisMonth;
  if (thisMonth > day) {
    const p = addMonths(`${day.slice(0, 7)}-01`, -1);
    start = dueDateFor(Number(p.slice(0, 4)), Number(p.slice(5, 7)), dueDay);
  }
  const n = addMonths(`${start.slice(0, 7)}-01`, 1);
  return { cycleStart: start, cycleEnd: addDays(dueDateFor(Number(n.slice(0, 4)), Number(n.slice(5, 7)), dueDay), -1) };
}

export interface PlanChangePreview {
  cycleStart: string;
  cycleEnd: string;
  cycleDays: number;
  remainingDays: number;
  /** Unused part of the old plan, given back (rounded up). */
  creditCents: number;
  /** Part of the new plan charged for the rest of the cycle (rounded down). */
  debitCents: number;
  /** debit − credit: > 0 the subscriber owes it on the next invoice, < 0 it is credited. */
  netCents: number;
  /** The new plan is cheaper and the contract is still inside its loyalty period (the API refuses it unless a fee is set). */
  downgradeDuringLoyalty: boolean;
}

export function previewPlanChange(input: {
  oldPriceCents: number;
  newPriceCents: number;
  dueDay: number;
  changeOn: string;
  loyaltyEndsOn?: string | null;
}): PlanChangePreview {
  const { cycleStart, cycleEnd } = cycleOf(input.changeOn, input.dueDay || 1);
  const cycleDays = daysBetween(cycleStart, cycleEnd) + 1;
  const remainingDays = daysBetween(input.changeOn, cycleEnd) + 1;
  const creditCents = Math.ceil((input.oldPriceCents * remainingDays) / cycleDays);
  const debitCents = Math.floor((input.newPriceCents * remainingDays) / cycleDays);
  return {
    cycleStart,
    cycleEnd,
    cycleDays,
    remainingDays,
    creditCents,
    debitCents,
    netCents: debitCents - creditCents,
    downgradeDuringLoyalty: input.newPriceCents < input.oldPriceCents && !!input.loyaltyEndsOn && input.changeOn < input.loyaltyEndsOn,
  };
}

/** Cancellation reasons that owe the loyalty penalty (the others are not the subscriber's choice, RGC). */
export const PENALTY_REASONS = ['customer_request', 'delinquency'] as const;

export interface PenaltyPreview {
  amountCents: number;
  remainingDays: number;
  loyaltyDays: number;
  applies: boolean;
}

/** Early-cancellation penalty proportional to the loyalty days left, rounded down (Anatel RGC). */
export function previewLoyaltyPenalty(
  loyalty: { startsOn: string; endsOn: string; penaltyAmountCents: number } | null,
  cancelledOn: string,
  reason: string,
  waived = false,
): PenaltyPreview {
  if (!loyalty) return { amountCents: 0, remainingDays: 0, loyaltyDays: 0, applies: false };
  const loyaltyDays = daysBetween(loyalty.startsOn, loyalty.endsOn);
  const remainingDays = Math.max(0, Math.min(loyaltyDays, daysBetween(cancelledOn, loyalty.endsOn)));
  const applies = !waived && (PENALTY_REASONS as readonly string[]).includes(reason);
  const amountCents = !applies || loyaltyDays === 0 ? 0 : Math.floor((loyalty.penaltyAmountCents * remainingDays) / loyaltyDays);
  return { amountCents, remainingDays, loyaltyDays, applies };
}
