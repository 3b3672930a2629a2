import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boleto } from '@netprovider/cobranca';
import { money, vectors } from '../test-support/fixtures.js';
import { BoletoError } from './errors.js';

const ref = (v: Record<string, unknown>): string | undefined => (typeof v.due_date === 'string' ? v.due_date : undefined);

/** Independent, naive general-DV computation used as an oracle in the tests. */
function oracleDv(barcode: string): number {
  const d = barcode.slice(0, 4) + barcode.slice(5);
  let sum = 0;
  for (let i = 0; i < 43; i++) sum += Number(d[42 - i]) * (2 + (i % 8));
  const r = 11 - (sum % 11);
  return r === 0 || r === 10 || r === 11 ? 1 : r;
}

describe('boleto.parse — public vectors', () => {
  const positives = [...vectors('boleto'), ...vectors('boleto_synthetic')];
  it('fixture has vectors', () => expect(positives.length).toBeGreaterThan(30));
  for (const v of positives) {
    it(`${String(v.bank)} ${String(v.barcode)} (${String(v.due_date)})`, () => {
      const opts = ref(v) ? { referenceDate: ref(v) as string } : {};
      for (const code of [v.barcode, v.linha_digitavel, v.linha_formatted] as string[]) {
        const p = boleto.parse(code, opts);
        expect(p.bankCode).toBe(v.bank);
        expect(p.currencyCode).toBe('9');
        expect(p.barcode).toBe(v.barcode);
        expect(p.digitableLine).toBe(v.linha_digitavel);
        expect(p.freeField).toBe(v.campo_livre);
        expect(p.amountCents).toBe(money(v.amount as string));
        expect(p.dueDateFactor).toBe(v.factor);
        expect(p.dueDate).toBe(v.factor === 0 ? null : v.due_date);
      }
      expect(boleto.formatDigitableLine(v.linha_digitavel as string)).toBe(v.linha_formatted);
      // both cycle candidates are what the fixture says
      if (v.factor !== 0) {
        const c = boleto.factorCandidates(v.factor as number);
        if (typeof v.due_date_if_old_cycle === 'string') expect(c).toContain(v.due_date_if_old_cycle);
        if (typeof v.due_date_if_new_cycle === 'string') expect(c).toContain(v.due_date_if_new_cycle);
        // encoding the stated due date gives the same barcode
        const b = boleto.build({ bankCode: v.bank as string, dueDate: v.due_date as string, amountCents: money(v.amount as string), freeField: v.campo_livre as string });
        expect(b.barcode).toBe(v.barcode);
        expect(b.digitableLine).toBe(v.linha_digitavel);
      }
    });
  }

  it('rejects the invalid vectors with the right reason', () => {
    const reasons = vectors('boleto_invalid').map((v) => {
      try {
        boleto.parse(v.linha_digitavel as string);
        return 'accepted';
      } catch (e) {
        expect(e).toBeInstanceOf(BoletoError);
        return (e as BoletoError).reason;
      }
    });
    expect(reasons).toEqual(['field1-check-digit', 'general-check-digit', 'length']);
  });
});

describe('due-date factor and the 2025 reset', () => {
  it('encodes the reset edges', () => {
    expect(boleto.dateToFactor('2000-07-03')).toBe(1000);
    expect(boleto.dateToFactor('2025-02-21')).toBe(9999);
    expect(boleto.dateToFactor('2025-02-22')).toBe(1000);
    expect(boleto.dateToFactor('2025-02-23')).toBe(1001);
    expect(boleto.dateToFactor('2049-10-12')).toBe(9998);
    expect(boleto.dateToFactor('2049-10-13')).toBe(9999);
    expect(boleto.dateToFactor('2049-10-14')).toBe(1000);
    expect(boleto.dateToFactor('2029-05-20')).toBe(2548);
    expect(boleto.dateToFactor(null)).toBe(0);
  });
  it('decodes with the window around the reference date', () => {
    expect(boleto.factorToDate(9999, '2025-02-21')).toBe('2025-02-21');
    expect(boleto.factorToDate(9999, '2026-06-01')).toBe('2025-02-21');
    expect(boleto.factorToDate(9999, '2049-10-01')).toBe('2049-10-13');
    expect(boleto.factorToDate(1000, '2025-02-22')).toBe('2025-02-22');
    expect(boleto.factorToDate(1000, '2003-01-01')).toBe('2000-07-03');
    expect(boleto.factorToDate(0, '2025-01-01')).toBeNull();
  });
  it('factor 8981 is 2022-05-10 or 2046-12-30 depending on the reference date (mrmgomes vector)', () => {
    const code = '10499898100000214032006561000100040099726390';
    expect(boleto.parse(code, { referenceDate: '2022-05-01' }).dueDate).toBe('2022-05-10');
    expect(boleto.parse(code, { referenceDate: '2046-12-01' }).dueDate).toBe('2046-12-30');
    expect(boleto.parse(code, { referenceDate: '2035-01-01' }).dueDate).toBe('2046-12-30');
  });
  it('the Itaú post-reset vector decodes to 2029-05-20 with the default reference (today)', () => {
    const p = boleto.parse('34191.09008 01015.271248 80212.460002 4 25480000675787');
    expect(p.dueDate).toBe('2029-05-20');
    expect(p.amountCents).toBe(675787);
  });
  it('factor 0000 means no due date', () => {
    const p = boleto.parse('23797000000000000004150090019801673500021140');
    expect(p.dueDate).toBeNull();
    expect(p.amountCents).toBe(0);
  });
  it('property: encode → decode is the identity for any date within the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: -3000, max: 5500 }), (refOffset, delta) => {
        const refDay = Date.UTC(2009, 0, 1) / 86_400_000 + refOffset;
        const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
        const due = iso(refDay + delta);
        expect(boleto.factorToDate(boleto.dateToFactor(due), iso(refDay))).toBe(due);
      }),
    );
  });
});

describe('boleto errors', () => {
  const reason = (code: string): string => {
    try {
      boleto.parse(code);
      return 'accepted';
    } catch (e) {
      return (e as BoletoError).reason;
    }
  };
  it('reports length, non-digit and each check digit', () => {
    expect(reason('123')).toBe('length');
    expect(reason('')).toBe('length');
    expect(reason('0019000009012387987797770016818833771000001350A')).toBe('non-digit');
    // field 2 and 3 DVs
    expect(reason('00190000090123879877877700168188337710000013500')).toBe('field2-check-digit');
    expect(reason('00190000090123879877977700168187337710000013500')).toBe('field3-check-digit');
    expect(reason('00193377100000135000000001238798777770016819')).toBe('general-check-digit');
  });
  it('build validates its input', () => {
    expect(() => boleto.build({ bankCode: '1', dueDate: null, amountCents: 1, freeField: '0'.repeat(25) })).toThrow(BoletoError);
    expect(() => boleto.build({ bankCode: '001', dueDate: null, amountCents: -1, freeField: '0'.repeat(25) })).toThrow(BoletoError);
    expect(() => boleto.build({ bankCode: '001', dueDate: null, amountCents: 1.5, freeField: '0'.repeat(25) })).toThrow(BoletoError);
    expect(() => boleto.build({ bankCode: '001', dueDate: null, amountCents: 1, freeField: '1' })).toThrow(BoletoError);
    expect(() => boleto.build({ bankCode: '001', dueDate: '2025-02-30', amountCents: 1, freeField: '0'.repeat(25) })).toThrow(BoletoError);
  });
});

const BANK_CODES = ['001', '033', '104', '237', '341', '748', '756', '077', '085', '422'];
const arbBoleto = fc.record({
  bankCode: fc.constantFrom(...BANK_CODES),
  delta: fc.integer({ min: -3000, max: 5500 }),
  noDueDate: fc.boolean(),
  amountCents: fc.integer({ min: 0, max: 9_999_999_999 }),
  freeField: fc.stringMatching(/^\d{25}$/),
});
const REF = '2026-03-15';
const REF_DAY = Date.UTC(2026, 2, 15) / 86_400_000;

describe('boleto properties', () => {
  it('build → parse round-trips (random bank, due date in window, amount, free field)', () => {
    fc.assert(
      fc.property(arbBoleto, (b) => {
        const dueDate = b.noDueDate ? null : new Date((REF_DAY + b.delta) * 86_400_000).toISOString().slice(0, 10);
        const built = boleto.build({ bankCode: b.bankCode, dueDate, amountCents: b.amountCents, freeField: b.freeField });
        for (const code of [built.barcode, built.digitableLine, boleto.formatDigitableLine(built.digitableLine)]) {
          const p = boleto.parse(code, { referenceDate: REF });
          expect(p).toMatchObject({ bankCode: b.bankCode, currencyCode: '9', dueDate, amountCents: b.amountCents, freeField: b.freeField });
          expect(p.barcode).toBe(built.barcode);
          expect(p.digitableLine).toBe(built.digitableLine);
        }
        expect(Number(built.barcode[4])).toBe(oracleDv(built.barcode));
      }),
    );
  });

  /**
   * A single changed digit is always rejected in the linha's fields 1-3 (mod 10) and in the general DV itself.
   * Elsewhere only the general mod 11 protects the digit and FEBRABAN maps remainders 0, 1 and 10 all to DV 1, so a
   * change that moves the remainder between those values is undetectable by design: the test asserts rejection
   * exactly when the independent oracle says the DV no longer matches, and counts those collisions.
   */
  function checkMutation(code: string, pos: number, digit: string): 'rejected' | 'collision' {
    const mutated = code.slice(0, pos) + digit + code.slice(pos + 1);
    const isLine = code.length === 47;
    const barcode = isLine ? boleto.digitableLineToBarcode(mutated) : mutated;
    const mod10Protected = isLine && pos < 32;
    const dvPosition = isLine ? pos === 32 : pos === 4;
    const collision = !mod10Protected && !dvPosition && oracleDv(barcode) === Number(barcode[4]);
    if (collision) {
      expect(boleto.parse(mutated, { referenceDate: REF }).barcode).toBe(barcode);
      return 'collision';
    }
    expect(() => boleto.parse(mutated, { referenceDate: REF })).toThrow(BoletoError);
    return 'rejected';
  }

  it('exhaustive: every position × every other digit of the public vectors', () => {
    let collisions = 0;
    let rejected = 0;
    for (const v of vectors('boleto').slice(0, 12)) {
      for (const code of [v.barcode as string, v.linha_digitavel as string]) {
        for (let pos = 0; pos < code.length; pos++) {
          for (const d of '0123456789') {
            if (d === code[pos]) continue;
            if (checkMutation(code, pos, d) === 'collision') collisions++;
            else rejected++;
          }
        }
      }
    }
    expect(rejected).toBeGreaterThan(collisions * 10);
  });

  it('property: a single changed digit in the linha fields 1-3 or in any DV is always rejected', () => {
    fc.assert(
      fc.property(arbBoleto, fc.integer({ min: 0, max: 32 }), fc.integer({ min: 1, max: 9 }), (b, pos, inc) => {
        const { digitableLine } = boleto.build({ bankCode: b.bankCode, dueDate: null, amountCents: b.amountCents, freeField: b.freeField });
        const d = String((Number(digitableLine[pos]) + inc) % 10);
        expect(checkMutation(digitableLine, pos, d)).toBe('rejected');
      }),
    );
  });

  it('property: a single changed digit anywhere is rejected unless it is a mod-11 DV collision', () => {
    fc.assert(
      fc.property(arbBoleto, fc.boolean(), fc.nat(), fc.integer({ min: 1, max: 9 }), (b, useLine, p, inc) => {
        const built = boleto.build({ bankCode: b.bankCode, dueDate: null, amountCents: b.amountCents, freeField: b.freeField });
        const code = useLine ? built.digitableLine : built.barcode;
        const pos = p % code.length;
        checkMutation(code, pos, String((Number(code[pos]) + inc) % 10));
      }),
      { numRuns: 2000 },
    );
  });
});
