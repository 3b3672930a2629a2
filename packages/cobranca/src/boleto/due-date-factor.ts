import { daysToIso, isoToDays, todayIso } from '../util.js';
import { BoletoError } from './errors.js';

/** 1997-10-07: base date of the first factor cycle. */
export const FACTOR_BASE_DATE = '1997-10-07';
/** 2025-02-22: the day the factor restarted at 1000 (FEBRABAN reset). */
export const FACTOR_RESET_DATE = '2025-02-22';
/** Validity window (FEBRABAN): 3000 factors before and 5500 after the reference date. */
export const WINDOW_PAST_DAYS = 3000;
export const WINDOW_FUTURE_DAYS = 5500;

const BASE = isoToDays(FACTOR_BASE_DATE);
const CYCLE = 9000;

/** Encode an ISO date as a due-date factor (4 digits). `null` → 0 (no due date). */
export function dateToFactor(date: string | null): number {
  if (date === null) return 0;
  const d = isoToDays(date);
  if (Number.isNaN(d)) throw new BoletoError('due-date', `invalid due date "${date}" (expected YYYY-MM-DD)`);
  const days = d - BASE;
  if (days < 1) throw new BoletoError('due-date', `due date ${date} is before the factor base date`);
  if (days <= 9999) return days;
  return 1000 + ((days - 10000) % CYCLE);
}

/** All dates a factor can denote (one per cycle) between the base date and `maxYear`. */
export function factorCandidates(factor: number, maxYear = 2200): string[] {
  if (!Number.isInteger(factor) || factor < 1 || factor > 9999) return [];
  const out: string[] = [];
  const limit = isoToDays(`${maxYear}-12-31`);
  for (let k = 0; ; k++) {
    if (k > 0 && factor < 1000) break; // factors below 1000 only existed in the first cycle (1997-2000)
    const d = BASE + factor + CYCLE * k;
    if (d > limit) break;
    out.push(daysToIso(d));
  }
  return out;
}

/**
 * Decode a factor using FEBRABAN's window: the candidate in [ref − 3000, ref + 5500] days wins.
 * Outside any window (impossible for a valid boleto) the candidate closest to the reference date is returned.
 * Factor 0 → null (boleto without due date).
 */
export function factorToDate(factor: number, referenceDate: string = todayIso()): string | null {
  if (factor === 0) return null;
  const ref = isoToDays(referenceDate);
  if (Number.isNaN(ref)) throw new BoletoError('due-date', `invalid referenceDate "${referenceDate}"`);
  const cands = factorCandidates(factor, Math.max(2200, Number(referenceDate.slice(0, 4)) + 100));
  if (cands.length === 0) throw new BoletoError('due-date', `invalid factor ${factor}`);
  let best = cands[0] as string;
  let bestDist = Infinity;
  for (const c of cands) {
    const delta = isoToDays(c) - ref;
    if (delta >= -WINDOW_PAST_DAYS && delta <= WINDOW_FUTURE_DAYS) return c;
    const dist = Math.abs(delta);
    if (dist < bestDist) {
      bestDist = dist;
      best = c;
    }
  }
  return best;
}
