import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cep, cnpj, cpf, document, formatBRL, parseBRL, phone } from './index.js';

// Tier: unit (no I/O). Properties over generated documents.

/** A RandomSource fed by fast-check, so shrinking and replay work. */
const randomSource = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 64, maxLength: 64 }).map((xs) => {
  let i = 0;
  return () => xs[i++ % xs.length]!;
  // generate() must terminate and stay valid even on a constant source (tested below)
});

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Replaces the character at `index` with a different one from `alphabet`. */
function mutate(value: string, index: number, shift: number, alphabet: string): string {
  const i = index % value.length;
  const pos = alphabet.indexOf(value[i]!);
  const replacement = alphabet[(pos + 1 + (shift % (alphabet.length - 1))) % alphabet.length]!;
  return value.slice(0, i) + replacement + value.slice(i + 1);
}

describe('cpf properties', () => {
  it('generate → isValid', () => {
    fc.assert(fc.property(randomSource, (r) => cpf.isValid(cpf.generate(r))));
  });

  it('generate terminates with a degenerate (constant) source', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (x) => cpf.isValid(cpf.generate(() => x))));
  });

  it('any single-digit change → invalid, except when the first check digit is 0 (remainder 0 or 1)', () => {
    fc.assert(
      fc.property(randomSource, fc.nat(), fc.nat(), (r, index, shift) => {
        const v = cpf.generate(r);
        const changed = mutate(v, index, shift, '0123456789');
        // Weights 2..10 never cancel a change of ±1..9 mod 11; only the 0/1 → 0 collapse of the first
        // check digit can hide it (the second check digit ignores position 0: weight 11 ≡ 0).
        if (cpf.isValid(changed)) expect(v[9]).toBe('0');
        if (index % 11 >= 9 || v[9] !== '0') expect(cpf.isValid(changed)).toBe(false);
      }),
    );
  });

  it('format → normalize round trip', () => {
    fc.assert(
      fc.property(randomSource, (r) => {
        const v = cpf.generate(r);
        expect(cpf.normalize(cpf.format(v))).toBe(v);
        expect(document.parse(cpf.format(v))).toEqual({ kind: 'CPF', value: v, formatted: cpf.format(v) });
      }),
    );
  });
});

describe('cnpj properties', () => {
  const alphanumeric = fc.boolean();

  it('generate → isValid (numeric and alphanumeric)', () => {
    fc.assert(fc.property(randomSource, alphanumeric, (r, alpha) => cnpj.isValid(cnpj.generate(r, { alphanumeric: alpha }))));
  });

  it('generate terminates with a degenerate (constant) source', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), alphanumeric, (x, alpha) => {
        const v = cnpj.generate(() => x, { alphanumeric: alpha });
        expect(cnpj.isValid(v)).toBe(true);
        expect(cnpj.isAlphanumeric(v)).toBe(alpha);
      }),
    );
  });

  it('any single-character change → invalid unless the values differ by a multiple of 11', () => {
    fc.assert(
      fc.property(randomSource, alphanumeric, fc.nat(), fc.nat(), (r, alpha, index, shift) => {
        const v = cnpj.generate(r, { alphanumeric: alpha });
        const i = index % 14;
        const changed = mutate(v, i, shift, i < 12 ? ALNUM : '0123456789');
        const delta = changed.charCodeAt(i) - v.charCodeAt(i);
        // Limits of the published algorithm: values that differ by a multiple of 11 (e.g. '6'↔'A', 'A'↔'L')
        // keep both remainders; otherwise only the 0/1 → 0 collapse of both check digits can hide a change.
        if (cnpj.isValid(changed)) expect(delta % 11 === 0 || v.endsWith('00')).toBe(true);
        if (delta % 11 !== 0 && !v.endsWith('00')) expect(cnpj.isValid(changed)).toBe(false);
      }),
    );
  });

  it('any single-digit change of a numeric CNPJ → invalid unless its check digits are 00', () => {
    fc.assert(
      fc.property(randomSource, fc.nat(), fc.nat(), (r, index, shift) => {
        const v = cnpj.generate(r);
        const changed = mutate(v, index, shift, '0123456789');
        // weights 2..9 never cancel a change of ±1..9 mod 11: only check digits "00" (collapse) can hide it
        if (cnpj.isValid(changed)) expect(v.endsWith('00')).toBe(true);
        if (index % 14 >= 12 || !v.endsWith('00')) expect(cnpj.isValid(changed)).toBe(false);
      }),
    );
  });

  it('format → normalize round trip, case-insensitive input', () => {
    fc.assert(
      fc.property(randomSource, alphanumeric, (r, alpha) => {
        const v = cnpj.generate(r, { alphanumeric: alpha });
        expect(cnpj.normalize(cnpj.format(v))).toBe(v);
        expect(cnpj.normalize(cnpj.format(v).toLowerCase())).toBe(v);
        expect(document.parse(v.toLowerCase()).value).toBe(v);
      }),
    );
  });
});

describe('cep, phone and money properties', () => {
  it('cep format → normalize round trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 99_999_999 }), (n) => {
        const v = String(n).padStart(8, '0');
        expect(cep.normalize(cep.format(v))).toBe(v);
      }),
    );
  });

  it('phone formatted → parse round trip', () => {
    const ddds = Object.keys(phone.AREA_CODES);
    fc.assert(
      fc.property(fc.constantFrom(...ddds), fc.boolean(), fc.integer({ min: 0, max: 99_999_999 }), (ddd, mobile, n) => {
        const number = mobile ? '9' + String(n).padStart(8, '0') : String(2 + (n % 4)) + String(n).padStart(8, '0').slice(1);
        const parsed = phone.parse(ddd + number);
        expect(phone.parse(parsed.formatted)).toEqual(parsed);
        expect(phone.parse(parsed.e164)).toEqual(parsed);
      }),
    );
  });

  it('formatBRL → parseBRL round trip over all safe integers', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (cents) => parseBRL(formatBRL(cents)) === cents));
  });
});
