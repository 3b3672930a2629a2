import { BrDocsError } from './errors.js';

/*
 * Money is integer centavos everywhere. Formatting and parsing use string and integer arithmetic only:
 * no float ever touches an amount.
 */

function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents)) throw new BrDocsError('money', 'format', `amount must be an integer number of centavos, got ${cents}`);
}

/** 123456 → `R$ 1.234,56`; -5 → `-R$ 0,05`; 0 → `R$ 0,00`. Plain spaces (not U+00A0, unlike Intl). */
export function formatBRL(cents: number): string {
  return (cents < 0 ? '-' : '') + 'R$ ' + formatDecimal(Math.abs(cents));
}

/** 123456 → `1.234,56` (no currency symbol); negative values keep their `-`. */
export function formatDecimal(cents: number): string {
  assertCents(cents);
  const negative = cents < 0;
  const digits = String(Math.abs(cents)).padStart(3, '0');
  const reais = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${reais},${digits.slice(-2)}`;
}

const BRL = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;

/**
 * pt-BR amount → centavos: `1.234,56` → 123456, `R$ 10` → 1000, `-R$ 0,5` → -50, `1234,5` → 123450.
 * Thousands dots must group 3 digits; the decimal comma takes 1 or 2 digits (never rounds). Throws
 * `BrDocsError('money', 'format')` otherwise, e.g. for `1.234.56` or `12,345`.
 */
export function parseBRL(input: string): number {
  let s = input.trim().replace(/\s+/g, '');
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  if (s.startsWith('R$')) s = s.slice(2);
  if (!negative && s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  const m = BRL.exec(s);
  if (!m) throw new BrDocsError('money', 'format', `not a pt-BR amount: "${input}"`);
  const reais = m[1]!.replace(/\./g, '');
  const centavos = (m[2] ?? '').padEnd(2, '0');
  const cents = Number(reais + centavos);
  if (!Number.isSafeInteger(cents)) throw new BrDocsError('money', 'format', `amount too large: "${input}"`);
  return negative && cents !== 0 ? -cents : cents;
}
