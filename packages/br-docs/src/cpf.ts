import { BrDocsError } from './errors.js';
import { randomInt, type RandomSource } from './random.js';

/** Removes the mask and spaces (`529.982.247-25` → `52998224725`); other characters are kept so validation can refuse them. */
export function normalize(input: string): string {
  return input.replace(/[.\-\s]/g, '');
}

/** The two check digits of a 9-digit CPF base (mod 11, weights 10..2 then 11..2). */
export function checkDigits(base9: string): string {
  if (!/^\d{9}$/.test(base9)) throw new BrDocsError('cpf', 'length', 'a CPF base has 9 digits');
  const dv = (digits: string): number => {
    const firstWeight = digits.length + 1;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (firstWeight - i);
    const rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  const d1 = dv(base9);
  const d2 = dv(base9 + d1);
  return `${d1}${d2}`;
}

/** Why the value is not a valid CPF, or null when it is. */
export function validate(input: string): BrDocsError | null {
  const v = normalize(input);
  if (v === '') return new BrDocsError('cpf', 'empty', 'CPF is empty');
  if (!/^\d+$/.test(v)) return new BrDocsError('cpf', 'invalid-characters', 'a CPF has only digits');
  if (v.length !== 11) return new BrDocsError('cpf', 'length', 'a CPF has 11 digits');
  if (/^(\d)\1{10}$/.test(v)) return new BrDocsError('cpf', 'repeated-digits', 'a CPF cannot repeat one digit 11 times');
  if (checkDigits(v.slice(0, 9)) !== v.slice(9)) return new BrDocsError('cpf', 'check-digit', 'CPF check digits do not match');
  return null;
}

export function isValid(input: string): boolean {
  return validate(input) === null;
}

/** `52998224725` → `529.982.247-25`. Throws when the value is not a valid CPF. */
export function format(input: string): string {
  const error = validate(input);
  if (error) throw error;
  const v = normalize(input);
  return `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`;
}

/** A valid, unformatted CPF for tests and demo data. Pass `seededRandom(n)` for a reproducible one. */
export function generate(random: RandomSource = Math.random): string {
  let base = '';
  for (let i = 0; i < 9; i++) base += String(randomInt(random, 10));
  // never loop on a degenerate source: nudge the last digit of a repeated base
  if (/^(\d)\1{8}$/.test(base)) base = base.slice(0, 8) + String((Number(base[8]) + 1) % 10);
  return base + checkDigits(base);
}
