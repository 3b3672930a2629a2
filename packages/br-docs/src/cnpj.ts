import { BrDocsError } from './errors.js';
import { randomInt, type RandomSource } from './random.js';

/*
 * CNPJ, numeric (14 digits) and alphanumeric (Receita Federal, new registrations from July 2026):
 * 12 characters [0-9A-Z] (8 of "raiz" + 4 of "ordem") followed by 2 numeric check digits.
 * Each character is worth its ASCII code − 48 ('0'..'9' → 0..9, 'A' → 17 ... 'Z' → 42), so for a numeric
 * CNPJ the algorithm is exactly the historic one. Weights: 5,4,3,2,9,8,7,6,5,4,3,2 for the first digit and
 * 6,5,4,3,2,9,8,7,6,5,4,3,2 for the second; sum mod 11; remainder < 2 → 0, else 11 − remainder.
 * Official example: 12.ABC.345/01DE-35.
 */

const WEIGHTS_1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] as const;
const WEIGHTS_2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] as const;
const BASE_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Removes the mask and spaces and upper-cases letters (`12.abc.345/01de-35` → `12ABC34501DE35`). */
export function normalize(input: string): string {
  return input.replace(/[.\-/\s]/g, '').toUpperCase();
}

function weightedDigit(chars: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) sum += (chars.charCodeAt(i) - 48) * weights[i]!;
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** The two check digits of a 12-character base (numeric or alphanumeric, upper case). */
export function checkDigits(base12: string): string {
  if (!/^[0-9A-Z]{12}$/.test(base12)) throw new BrDocsError('cnpj', 'length', 'a CNPJ base has 12 characters [0-9A-Z]');
  const d1 = weightedDigit(base12, WEIGHTS_1);
  const d2 = weightedDigit(base12 + d1, WEIGHTS_2);
  return `${d1}${d2}`;
}

/** True when the (normalized) CNPJ has a letter: the alphanumeric format. */
export function isAlphanumeric(input: string): boolean {
  return /[A-Z]/.test(normalize(input).slice(0, 12));
}

/** Why the value is not a valid CNPJ, or null when it is. */
export function validate(input: string): BrDocsError | null {
  const v = normalize(input);
  if (v === '') return new BrDocsError('cnpj', 'empty', 'CNPJ is empty');
  if (!/^[0-9A-Z]+$/.test(v)) return new BrDocsError('cnpj', 'invalid-characters', 'a CNPJ has only digits and letters A-Z');
  if (v.length !== 14) return new BrDocsError('cnpj', 'length', 'a CNPJ has 14 characters');
  if (!/^\d{2}$/.test(v.slice(12))) return new BrDocsError('cnpj', 'invalid-characters', 'the last 2 characters of a CNPJ are digits');
  if (/^(.)\1{13}$/.test(v)) return new BrDocsError('cnpj', 'repeated-digits', 'a CNPJ cannot repeat one digit 14 times');
  if (checkDigits(v.slice(0, 12)) !== v.slice(12)) return new BrDocsError('cnpj', 'check-digit', 'CNPJ check digits do not match');
  return null;
}

export function isValid(input: string): boolean {
  return validate(input) === null;
}

/** `11222333000181` → `11.222.333/0001-81`; `12abc34501de35` → `12.ABC.345/01DE-35`. Throws when invalid. */
export function format(input: string): string {
  const error = validate(input);
  if (error) throw error;
  const v = normalize(input);
  return `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}/${v.slice(8, 12)}-${v.slice(12)}`;
}

export interface GenerateOptions {
  /** Alphanumeric CNPJ: the root has at least one letter (default false: the historic numeric CNPJ). */
  alphanumeric?: boolean;
  /** Branch number ("ordem"), default `0001` (the head office). */
  branch?: string;
}

/** A valid, unformatted CNPJ for tests and demo data. Pass `seededRandom(n)` for a reproducible one. */
export function generate(random: RandomSource = Math.random, options: GenerateOptions = {}): string {
  const alphabet = options.alphanumeric ? BASE_CHARS : BASE_CHARS.slice(0, 10);
  const branch = options.branch?.toUpperCase();
  if (branch !== undefined && !/^[0-9A-Z]{4}$/.test(branch)) throw new BrDocsError('cnpj', 'length', 'a CNPJ branch has 4 characters');
  const chars: string[] = [];
  for (let i = 0; i < 8; i++) chars.push(alphabet[randomInt(random, alphabet.length)]!);
  // never loop on a degenerate source: force a letter / break a repeated base deterministically
  if (options.alphanumeric && !chars.some((c) => c >= 'A')) chars[randomInt(random, 8)] = BASE_CHARS[10 + randomInt(random, 26)]!;
  let base = chars.join('') + (branch ?? '0001');
  if (/^(.)\1{11}$/.test(base)) base = base.slice(0, 7) + (base[7] === '1' ? '2' : '1') + base.slice(8);
  return base + checkDigits(base);
}
