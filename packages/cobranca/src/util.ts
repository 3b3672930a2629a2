/** Shared helpers: digit-string money, ISO dates, padding. No floats anywhere. */

export const isDigits = (s: string): boolean => /^[0-9]+$/.test(s);

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO `YYYY-MM-DD` date (UTC), or NaN when invalid. */
export function isoToDays(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return Number.NaN;
  return t / DAY_MS;
}

export function daysToIso(days: number): string {
  const dt = new Date(days * DAY_MS);
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + 1;
  const d = dt.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function todayIso(): string {
  const now = new Date();
  return daysToIso(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS);
}

/** Left-pad with zeros; throws via `onError` when the value is longer than `len`. */
export function zeroPad(value: string, len: number): string {
  return value.padStart(len, '0');
}

/** Integer centavos -> "123.45" (no floats). */
export function centsToDecimal(cents: number): string {
  const neg = cents < 0;
  const s = String(Math.abs(cents)).padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/**
 * Parse a decimal money string into integer centavos without floats.
 * Accepts "123", "123.4", "123.45", "-3,34", "1.234,56" (Brazilian thousands) and "1,234.56".
 * Returns null when the text is not a number.
 */
export function decimalToCents(text: string): number | null {
  let s = text.trim().replace(/\s+/g, '');
  if (s === '') return null;
  let sign = 1;
  if (s.startsWith('+')) s = s.slice(1);
  else if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  }
  const decIdx = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  let intPart = s;
  let fracPart = '';
  if (decIdx !== -1) {
    const sep = s[decIdx] as string;
    const other = sep === '.' ? ',' : '.';
    const before = s.slice(0, decIdx);
    if (before.includes(sep)) return null; // "1.234.56": the decimal mark may appear once
    // the other mark may only be a thousands separator: groups of exactly 3 digits
    if (before.includes(other) && !new RegExp(`^\\d{1,3}(\\${other}\\d{3})+$`).test(before)) return null;
    intPart = before.split(other).join('');
    fracPart = s.slice(decIdx + 1);
  }
  if (intPart === '') intPart = '0';
  if (!isDigits(intPart) || (fracPart !== '' && !isDigits(fracPart))) return null;
  if (fracPart.length > 2) {
    // more than 2 decimals: only allowed when the extra digits are zeros (never round silently)
    if (!/^0*$/.test(fracPart.slice(2))) return null;
    fracPart = fracPart.slice(0, 2);
  }
  const cents = Number(intPart) * 100 + Number(fracPart.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return sign * cents === 0 ? 0 : sign * cents;
}
