import { isoToDays, daysToIso } from '../util.js';
import { CnabError } from './errors.js';

/** Remove accents and anything outside printable ASCII, upper-case (CNAB text fields). */
export function cnabText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, ' ').toUpperCase();
}

export const onlyDigits = (s: string): string => (s ?? '').replace(/\D/g, '');

/** Fixed-width record builder, positions 1-based inclusive; unset positions are blanks. */
export class RecordBuilder {
  private readonly chars: string[];
  constructor(
    readonly width: number,
    private readonly context: string,
  ) {
    this.chars = Array.from({ length: width }, () => ' ');
  }

  private put(start: number, end: number, value: string): this {
    const len = end - start + 1;
    if (value.length !== len) throw new Error(`internal: ${this.context} ${start}-${end} got ${value.length} chars`);
    for (let i = 0; i < len; i++) this.chars[start - 1 + i] = value[i] as string;
    return this;
  }

  /** numeric, right-aligned, zero-filled; throws when it does not fit */
  num(start: number, end: number, value: number | string, field: string): this {
    const len = end - start + 1;
    const s = typeof value === 'number' ? (Number.isSafeInteger(value) && value >= 0 ? String(value) : 'x') : onlyDigits(value);
    if (s === 'x' || (typeof value === 'string' && /[^\d\s.\-/]/.test(value))) {
      throw new CnabError(0, `${this.context}.${field}`, `expected a non-negative integer or digits, got "${value}"`);
    }
    if (s.length > len) throw new CnabError(0, `${this.context}.${field}`, `"${value}" does not fit in ${len} digits`);
    return this.put(start, end, s.padStart(len, '0'));
  }

  /** alphanumeric, left-aligned, blank-filled, truncated */
  alpha(start: number, end: number, value: string, _field?: string): this {
    const len = end - start + 1;
    return this.put(start, end, cnabText(value ?? '').slice(0, len).padEnd(len, ' '));
  }

  /** DDMMAAAA (null/undefined → zeros) */
  date8(start: number, end: number, iso: string | null | undefined, field: string): this {
    if (!iso) return this.put(start, end, '00000000');
    const [y, m, d] = checkIso(iso, `${this.context}.${field}`).split('-') as [string, string, string];
    return this.put(start, end, `${d}${m}${y}`);
  }

  /** DDMMAA (null/undefined → zeros) */
  date6(start: number, end: number, iso: string | null | undefined, field: string): this {
    if (!iso) return this.put(start, end, '000000');
    const [y, m, d] = checkIso(iso, `${this.context}.${field}`).split('-') as [string, string, string];
    return this.put(start, end, `${d}${m}${y.slice(2)}`);
  }

  toString(): string {
    return this.chars.join('');
  }
}

export function checkIso(iso: string, field: string): string {
  const d = iso.slice(0, 10);
  if (Number.isNaN(isoToDays(d))) throw new CnabError(0, field, `invalid date "${iso}" (expected YYYY-MM-DD)`);
  return d;
}

export function addDays(iso: string, n: number): string {
  return daysToIso(isoToDays(iso) + n);
}

/** '1' CPF / '2' CNPJ from a document's digit count. */
export function documentType(doc: string, field: string): '1' | '2' {
  const d = onlyDigits(doc);
  if (d.length === 11) return '1';
  if (d.length === 14) return '2';
  throw new CnabError(0, field, `document must be a CPF (11 digits) or CNPJ (14 digits), got "${doc}"`);
}

/** One day of interest from a monthly rate (hundredths of % a.m.), pro rata die (/30), rounded half-up, integer math. */
export function dailyInterestCents(amountCents: number, monthlyHundredths: number): number {
  return Math.floor((amountCents * monthlyHundredths * 2 + 300_000) / 600_000);
}

/** HHMMSS from an ISO date-time (000000 when only a date is given). */
export function timeOf(iso: string): string {
  const m = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso);
  return m ? `${m[1]}${m[2]}${m[3] ?? '00'}` : '000000';
}
