import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aging, agingBucket, rateBp } from './aging.js';
import { allocate } from './cash-basis.js';
import { DEFAULT_CHART, revenueKeyOfItem } from './chart-of-accounts.js';
import { buildDre } from './dre.js';

describe('chart of accounts', () => {
  it('has the ISP default with one account per system key and unique codes', () => {
    expect(new Set(DEFAULT_CHART.map((a) => a.code)).size).toBe(DEFAULT_CHART.length);
    expect(new Set(DEFAULT_CHART.map((a) => a.systemKey)).size).toBe(DEFAULT_CHART.length);
    for (const a of DEFAULT_CHART) expect(a.systemKey!.split('.')[0]).toBe(a.kind);
  });

  it('recognises invoice items by kind: negative lines are discounts, agreement debt is not revenue again', () => {
    expect(revenueKeyOfItem('plan', 9990)).toBe('revenue.scm');
    expect(revenueKeyOfItem('adjustment', 500)).toBe('revenue.scm');
    expect(revenueKeyOfItem('add-on', 1990)).toBe('revenue.sva');
    expect(revenueKeyOfItem('installation', 15000)).toBe('revenue.installation');
    expect(revenueKeyOfItem('charge', 5000)).toBe('revenue.other');
    expect(revenueKeyOfItem('agreement-charges', 460)).toBe('revenue.fines-interest');
    expect(revenueKeyOfItem('promotion', -1000)).toBe('deduction.discounts');
    expect(revenueKeyOfItem('adjustment', -300)).toBe('deduction.discounts');
    expect(revenueKeyOfItem('agreement', 4154)).toBeNull();
  });
});

describe('DRE', () => {
  it('receita líquida = bruta − deduções; lucro bruto = líquida − custos; resultado = lucro bruto − despesas', () => {
    const d = buildDre([
      { code: '3.1.01', name: 'SCM', kind: 'revenue', amountCents: 100_000 },
      { code: '3.1.04', name: 'Multas', kind: 'revenue', amountCents: 346 },
      { code: '3.2.01', name: 'Impostos', kind: 'deduction', amountCents: 6_000 },
      { code: '4.1.01', name: 'Link', kind: 'cost', amountCents: 30_000 },
      { code: '4.2.01', name: 'Pessoal', kind: 'expense', amountCents: 50_000 },
      { code: '4.2.04', name: 'Perdas', kind: 'expense', amountCents: 0 },
    ]);
    expect(d).toMatchObject({ receitaLiquidaCents: 94_346, lucroBrutoCents: 64_346, resultadoCents: 14_346 });
    expect(d.receitaBruta).toEqual({ lines: [{ code: '3.1.01', name: 'SCM', amountCents: 100_000 }, { code: '3.1.04', name: 'Multas', amountCents: 346 }], totalCents: 100_346 });
    expect(d.despesas.lines).toHaveLength(2); // zero lines stay, so months compare line by line
  });
});

describe('aging', () => {
  it('buckets by calendar days past due: current, 1–30, 31–60, 61–90, > 90', () => {
    expect(['2027-03-01', '2027-02-28', '2027-01-30', '2027-01-29', '2026-12-31', '2026-12-30', '2026-11-30'].map((d) => agingBucket(d, '2027-03-01')))
      .toEqual(['current', '1-30', '1-30', '31-60', '31-60', '61-90', '90+']);
    const a = aging([{ dueDate: '2027-03-10', outstandingCents: 100 }, { dueDate: '2027-01-01', outstandingCents: 250 }, { dueDate: '2027-01-01', outstandingCents: 0 }], '2027-03-01');
    expect(a).toMatchObject({ totalCents: 350, buckets: { current: { count: 1, amountCents: 100 }, '31-60': { count: 1, amountCents: 250 } } });
  });

  it('rates in basis points, half up, without floats', () => {
    expect(rateBp(25_000, 53_990)).toBe(4630);
    expect(rateBp(1, 3)).toBe(3333);
    expect(rateBp(0, 0)).toBe(0);
  });
});

describe('cash-basis allocation', () => {
  it('splits a payment over the invoice lines in proportion, largest remainders first', () => {
    expect(allocate(28990, { 'revenue.scm': 9990, 'revenue.installation': 15000, 'revenue.other': 5000 })).toEqual({ 'revenue.scm': 9657, 'revenue.installation': 14500, 'revenue.other': 4833 });
    expect(allocate(100, { a: 1, b: 1, c: 1 })).toEqual({ a: 34, b: 33, c: 33 });
    expect(allocate(0, { a: 1 })).toEqual({});
    expect(allocate(500, {})).toEqual({});
  });

  it('property: the parts add up to the amount and never exceed a proportional share by a centavo', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 8 }), (amount, ws) => {
        const weights = Object.fromEntries(ws.map((w, i) => [`k${i}`, w]));
        const parts = allocate(amount, weights);
        expect(Object.values(parts).reduce((s: number, v) => s + (v as number), 0)).toBe(amount);
        const total = ws.reduce((s, w) => s + w, 0);
        for (const [k, v] of Object.entries(parts)) expect(Math.abs((v as number) - (amount * weights[k]!) / total)).toBeLessThan(1);
      }),
      { numRuns: 300 },
    );
  });
});
