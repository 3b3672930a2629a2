import { daysBetween } from '../../../shared-kernel/business-date.js';

export type AgingBucket = 'current' | '1-30' | '31-60' | '61-90' | '90+';
export const AGING_BUCKETS: readonly AgingBucket[] = ['current', '1-30', '31-60', '61-90', '90+'];

/** Calendar days past the due date on `asOf` (not yet due or due today: current). */
export function agingBucket(dueDate: string, asOf: string): AgingBucket {
  const late = daysBetween(dueDate, asOf);
  if (late <= 0) return 'current';
  if (late <= 30) return '1-30';
  if (late <= 60) return '31-60';
  if (late <= 90) return '61-90';
  return '90+';
}

export interface Receivable { dueDate: string; outstandingCents: number }

export function aging(receivables: readonly Receivable[], asOf: string): { buckets: Record<AgingBucket, { count: number; amountCents: number }>; totalCents: number } {
  const buckets = Object.fromEntries(AGING_BUCKETS.map((b) => [b, { count: 0, amountCents: 0 }])) as Record<AgingBucket, { count: number; amountCents: number }>;
  let totalCents = 0;
  for (const r of receivables) {
    if (r.outstandingCents <= 0) continue;
    const b = buckets[agingBucket(r.dueDate, asOf)];
    b.count++;
    b.amountCents += r.outstandingCents;
    totalCents += r.outstandingCents;
  }
  return { buckets, totalCents };
}

/** Basis points (10000 = 100 %), rounded half up; 0 when nothing was due. */
export function rateBp(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Number((2n * BigInt(part) * 10_000n + BigInt(whole)) / (2n * BigInt(whole)));
}
