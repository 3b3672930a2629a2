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

export interface SuspendedDaysCreditLine {
  /** Deterministic per suspension and month, so a credit is never added twice. */
  id: string;
  competence: string;
  days: number;
  description: string;
  /** Negative: a credit on the next invoice. */
  amountCents: number;
}

const br = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

/**
 * The credit lines of one ended delinquency suspension `[from, to)` (`to` = day service was restored): one per
 * calendar month it touches, each pro rata of that month's price (`monthlyCentsOf(competence)`), e.g.
 * "Crédito de 10 dias suspensos por inadimplência (01/03 a 10/03)". `idPrefix` identifies the suspension.
 */
export function suspendedDaysCreditLines(idPrefix: string, from: string, to: string, monthlyCentsOf: (competence: string) => number): SuspendedDaysCreditLine[] {
  const lines: SuspendedDaysCreditLine[] = [];
  if (to <= from) return lines;
  const period: SuspensionPeriod = { from, to, kind: 'total' };
  for (let competence = from.slice(0, 7); `${competence}-01` < to; ) {
    const { days, creditCents } = suspendedDaysCredit(monthlyCentsOf(competence), competence, [period]);
    if (days > 0 && creditCents > 0) {
      const first = from > `${competence}-01` ? from : `${competence}-01`;
      const [y, m] = competence.split('-').map(Number) as [number, number];
      const monthEnd = addDays(`${competence}-01`, daysInMonth(y, m) - 1);
      const lastSuspended = addDays(to, -1) < monthEnd ? addDays(to, -1) : monthEnd;
      lines.push({
        id: `${idPrefix}:suspended-days:${competence}`,
        competence,
        days,
        description: `Crédito de ${days} ${days === 1 ? 'dia suspenso' : 'dias suspensos'} por inadimplência (${br(first)} a ${br(lastSuspended)})`,
        amountCents: -creditCents,
      });
    }
    const [y, m] = competence.split('-').map(Number) as [number, number];
    competence = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return lines;
}

/**
 * Which credit lines of a reactivation go on the next invoice and which become customer credit balance. An
 * invoice must stay payable (> 0) and consumes a credit line whole, so the lines (oldest first) stay on the
 * invoice while the suspended-days credits pending for it (`pending`, already there) plus these stay below
 * one month of service (`monthCents`); a line that would reach it — a whole month suspended, or the rest of a
 * long suspension — goes to the customer's credit balance (applied to the next invoices, refundable), so no
 * credit waits forever nor is lost.
 */
export function splitSuspendedDaysCredit(
  lines: readonly SuspendedDaysCreditLine[], pending: ReadonlyArray<{ id: string; amountCents: number }>, monthCents: number,
): { onInvoice: SuspendedDaysCreditLine[]; toBalance: SuspendedDaysCreditLine[] } {
  let kept = pending.filter((a) => a.id.includes(':suspended-days:')).reduce((sum, a) => sum - a.amountCents, 0);
  const onInvoice: SuspendedDaysCreditLine[] = [];
  const toBalance: SuspendedDaysCreditLine[] = [];
  for (const line of lines) {
    if (kept - line.amountCents < monthCents) {
      kept -= line.amountCents;
      onInvoice.push(line);
    } else toBalance.push(line);
  }
  return { onInvoice, toBalance };
}
