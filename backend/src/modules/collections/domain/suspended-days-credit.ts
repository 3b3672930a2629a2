import { addDays, daysBetween, daysInMonth } from '../../../shared-kernel/business-date.js';

/*
 * No charge for days suspended for delinquency (see docs/collections.md): the next invoice credits the
 * days of the billed month the service was totally suspended, pro rata by calendar days of that month —
 * the same basis billing uses for pro rata charges. A credit rounds UP to the centavo (in the subscriber's
 * favour, as billing's charges round down). Partial suspension (reduced speed) is credited only when the
 * contract says so (`creditPartial`).
 */

export interface SuspensionPeriod {
  /** First suspended day. */
  from: string;
  /** Day service was restored (not suspended); null while still suspended. */
  to: string | null;
  kind: 'total' | 'partial';
}

export interface SuspendedDaysCredit {
  competence: string;
  days: number;
  creditCents: number;
}

/**
 * The credit for one billed month (`YYYY-MM`) of a monthly price: each suspended day of that month is worth
 * price / days-in-month. A period still open counts up to the end of the month.
 */
export function suspendedDaysCredit(monthlyPriceCents: number, competence: string, periods: readonly SuspensionPeriod[], options: { creditPartial?: boolean } = {}): SuspendedDaysCredit {
  const [y, m] = competence.split('-').map(Number) as [number, number];
  const monthDays = daysInMonth(y, m);
  const first = `${competence}-01`;
  const afterLast = addDays(first, monthDays);
  const suspended = new Set<string>();
  for (const p of periods) {
    if (p.kind === 'partial' && !options.creditPartial) continue;
    const from = p.from > first ? p.from : first;
    const to = p.to && p.to < afterLast ? p.to : afterLast;
    for (let d = from; d < to; d = addDays(d, 1)) suspended.add(d);
  }
  const days = suspended.size;
  // ceil(price × days / monthDays) in integers: centavos never go through floats
  const creditCents = days === 0 ? 0 : Math.floor((monthlyPriceCents * days + monthDays - 1) / monthDays);
  return { competence, days, creditCents: Math.min(creditCents, monthlyPriceCents) };
}

/** Suspension periods from a contract's dunning history (service level changes), for `suspendedDaysCredit`. */
export function suspensionPeriods(changes: ReadonlyArray<{ on: string; level: 'none' | 'throttle' | 'redirect' | 'block' | 'cancel' }>): SuspensionPeriod[] {
  const out: SuspensionPeriod[] = [];
  let open: SuspensionPeriod | null = null;
  for (const c of [...changes].sort((a, b) => daysBetween(b.on, a.on))) {
    const kind = c.level === 'none' ? null : c.level === 'throttle' ? 'partial' : 'total';
    if (open && open.kind !== kind) {
      open.to = c.on;
      if (open.to > open.from) out.push(open);
      open = null;
    }
    if (kind && !open) open = { from: c.on, to: null, kind };
  }
  if (open) out.push(open);
  return out;
}
