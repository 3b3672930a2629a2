import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToPixAmount, newTxid, pixAmountToCents } from './pix-psp.port.js';

describe('pixAmountToCents / centsToPixAmount', () => {
  it('reads the API money format digit by digit', () => {
    expect(pixAmountToCents('0.00')).toBe(0);
    expect(pixAmountToCents('0.01')).toBe(1);
    expect(pixAmountToCents('123.45')).toBe(12345);
    expect(pixAmountToCents('0000000001.10')).toBe(110);
    expect(pixAmountToCents('9999999999.99')).toBe(999_999_999_999);
  });

  it('writes exactly two decimals with a dot', () => {
    expect(centsToPixAmount(0)).toBe('0.00');
    expect(centsToPixAmount(5)).toBe('0.05');
    expect(centsToPixAmount(200)).toBe('2.00');
    expect(centsToPixAmount(12345)).toBe('123.45');
    expect(centsToPixAmount(999_999_999_999)).toBe('9999999999.99');
  });

  it.each(['', '1', '1.5', '1.234', '-1.00', '+1.00', '1,00', ' 1.00', '1.00 ', '12345678901.00', '1e2.00', '.50', '1.', 'NaN'])(
    'rejects %j',
    (s) => expect(() => pixAmountToCents(s)).toThrow(RangeError),
  );

  it('rejects non-strings', () => {
    expect(() => pixAmountToCents(12.5 as unknown as string)).toThrow(RangeError);
    expect(() => pixAmountToCents(null as unknown as string)).toThrow(RangeError);
  });

  it.each([-1, 0.5, 1_000_000_000_000, Number.NaN, Number.POSITIVE_INFINITY])('centsToPixAmount rejects %d', (c) => {
    expect(() => centsToPixAmount(c)).toThrow(RangeError);
  });

  it('round-trips every amount the format can carry (0 .. 9999999999.99)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999n }).map(Number), (cents) => {
        const s = centsToPixAmount(cents);
        expect(s).toMatch(/^\d{1,10}\.\d{2}$/);
        expect(pixAmountToCents(s)).toBe(cents);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips from the string side too (leading zeros aside)', () => {
    const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
    fc.assert(
      fc.property(digits(1, 10), digits(2, 2), (int, frac) => {
        const s = `${int}.${frac}`;
        expect(centsToPixAmount(pixAmountToCents(s))).toBe(`${String(Number(int))}.${frac}`);
      }),
    );
  });
});

describe('newTxid', () => {
  it('follows the cob/cobv txid pattern [a-zA-Z0-9]{26,35}', () => {
    for (let i = 0; i < 200; i++) expect(newTxid()).toMatch(/^[a-zA-Z0-9]{26,35}$/);
  });

  it('does not repeat', () => {
    const seen = new Set(Array.from({ length: 5000 }, () => newTxid()));
    expect(seen.size).toBe(5000);
  });
});
