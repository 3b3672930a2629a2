import { describe, expect, it } from 'vitest';
import { BusinessCalendar, easterSunday, nationalBankHolidays } from './business-calendar.js';
import { divRoundHalfUp, lateCharges, DEFAULT_LATE_CHARGE_RULES, assertLateChargeRules } from './late-charges.js';
import { dueDateIn, installationInstalments, monthlyInvoice, monthlyServiceCents, type BillableContract } from './monthly-invoice.js';
import { deterministicId } from './deterministic-id.js';

const cal = new BusinessCalendar();

describe('business calendar', () => {
  it('computes Easter and the movable bank holidays', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    const h = nationalBankHolidays(2026).map((x) => x.date);
    expect(h).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-17', '2026-04-03', '2026-06-04', '2026-11-20', '2026-12-25']));
    expect(nationalBankHolidays(2023).map((x) => x.date)).not.toContain('2023-11-20');
  });

  it('moves a due date on a weekend or holiday to the next business day', () => {
    expect(cal.nextBusinessDay('2026-12-25')).toBe('2026-12-28'); // Friday holiday → Monday
    expect(cal.nextBusinessDay('2026-11-28')).toBe('2026-11-30'); // Saturday
    expect(cal.nextBusinessDay('2026-12-10')).toBe('2026-12-10');
    expect(new BusinessCalendar(['2026-12-08']).nextBusinessDay('2026-12-08')).toBe('2026-12-09'); // local holiday
  });
});

describe('late charges', () => {
  it('is the worked example: R$ 100,00 paid 10 days late = 2,00 + 0,33', () => {
    expect(lateCharges(10000, '2026-12-10', '2026-12-20', DEFAULT_LATE_CHARGE_RULES, cal)).toEqual({ daysLate: 10, fineCents: 200, interestCents: 33, discountCents: 0, totalCents: 10233 });
  });

  it('charges nothing up to the next business day after a due date on a weekend or holiday, and within grace days', () => {
    expect(lateCharges(10000, '2026-11-28', '2026-11-30', DEFAULT_LATE_CHARGE_RULES, cal).totalCents).toBe(10000);
    expect(lateCharges(10000, '2026-11-28', '2026-12-01', DEFAULT_LATE_CHARGE_RULES, cal)).toMatchObject({ daysLate: 3, fineCents: 200, interestCents: 10 });
    expect(lateCharges(10000, '2026-12-10', '2026-12-13', { ...DEFAULT_LATE_CHARGE_RULES, graceDays: 3 }, cal).totalCents).toBe(10000);
    expect(lateCharges(10000, '2026-12-10', '2026-12-14', { ...DEFAULT_LATE_CHARGE_RULES, graceDays: 3 }, cal).daysLate).toBe(4);
  });

  it('gives the early-payment discount only up to its day', () => {
    const rules = { ...DEFAULT_LATE_CHARGE_RULES, earlyDiscount: { amountCents: 500, daysBefore: 5 } };
    expect(lateCharges(10000, '2026-12-10', '2026-12-05', rules, cal)).toMatchObject({ discountCents: 500, totalCents: 9500 });
    expect(lateCharges(10000, '2026-12-10', '2026-12-06', rules, cal)).toMatchObject({ discountCents: 0, totalCents: 10000 });
  });

  it('refuses a fine above the legal 2 % cap', () => {
    expect(() => assertLateChargeRules({ ...DEFAULT_LATE_CHARGE_RULES, finePercentBp: 201 })).toThrow(/finePercentBp/);
  });

  it('rounds half up without floats', () => {
    expect(divRoundHalfUp(5, 10)).toBe(1);
    expect(divRoundHalfUp(4, 10)).toBe(0);
    expect(divRoundHalfUp(99_999_999_999 * 100 * 3650, 300_000)).toBe(121666666665);
  });
});

const contract = (over: Partial<BillableContract> = {}): BillableContract => ({
  contractId: 'c1', customerId: 'u1', status: 'active', dueDay: 10, billingStartsOn: '2026-01-01', cancelledOn: null, planName: 'Internet 300 Mbps',
  priceCents: 9990, addOns: [], promotion: null, pendingAdjustments: [], ...over,
});

describe('monthly invoice', () => {
  it('uses the last day of months without the due day', () => {
    expect(dueDateIn('2027-02', 31)).toBe('2027-02-28');
    expect(dueDateIn('2028-02', 30)).toBe('2028-02-29');
    expect(dueDateIn('2026-04', 31)).toBe('2026-04-30');
  });

  it('bills a full month: plan + add-ons', () => {
    const d = monthlyInvoice(contract({ addOns: [{ addOnId: 'a', name: 'IP fixo', priceCents: 2000 }] }), '2026-12');
    expect(d).toMatchObject({ dueDate: '2026-12-10', totalCents: 11990, items: [{ kind: 'plan', amountCents: 9990 }, { kind: 'add-on', amountCents: 2000 }] });
  });

  it('bills a partial first month pro rata, rounded down, due in the next month when service starts after the due day', () => {
    const d = monthlyInvoice(contract({ billingStartsOn: '2026-12-17' }), '2026-12');
    // 15 of 31 days: floor(9990 × 15 / 31) = 4833
    expect(d).toMatchObject({ totalCents: 4833, dueDate: '2027-01-10' });
  });

  it('bills the last month up to the cancellation with the loyalty penalty adjustment, then nothing', () => {
    const c = contract({ status: 'cancelled', cancelledOn: '2026-12-15', pendingAdjustments: [{ id: 'p', description: 'Multa', amountCents: 12000 }] });
    expect(monthlyInvoice(c, '2026-12')).toMatchObject({ totalCents: Math.floor((9990 * 15) / 31) + 12000, adjustmentIds: ['p'] });
    expect(monthlyInvoice({ ...c, pendingAdjustments: [] }, '2027-01')).toEqual({ skip: 'ended' });
  });

  it('applies a promotion during its first N months of billing, and a combo discount while the combo holds', () => {
    const promo = contract({ billingStartsOn: '2026-11-01', promotion: { promotionId: 'p', discount: { kind: 'percentage', basisPoints: 5000 }, months: 2 } });
    expect(monthlyInvoice(promo, '2026-12')).toMatchObject({ totalCents: 9990 - 4995 });
    expect(monthlyInvoice(promo, '2027-01')).toMatchObject({ totalCents: 9990 });
    const combo = contract({ planId: 'pl', addOns: [{ addOnId: 'tv', name: 'TV', priceCents: 3000 }], combo: { comboId: 'k', planId: 'pl', addOnIds: ['tv'], discountCents: 1000 } });
    expect(monthlyInvoice(combo, '2026-12')).toMatchObject({ totalCents: 9990 + 3000 - 1000 });
    expect(monthlyInvoice({ ...combo, addOns: [] }, '2026-12')).toMatchObject({ totalCents: 9990 });
  });

  it('splits the installation fee in monthly instalments, the remainder on the first, each billed from its month', () => {
    const parts = installationInstalments(10000, 3, '2026-12');
    expect(parts.map((p) => [p.amountCents, p.fromCompetence])).toEqual([[3334, '2026-12'], [3333, '2027-01'], [3333, '2027-02']]);
    const c = contract({ pendingAdjustments: parts.map((p) => ({ ...p, id: `e:installation:${p.id}` })) });
    const dec = monthlyInvoice(c, '2026-12');
    expect(dec).toMatchObject({ totalCents: 9990 + 3334, adjustmentIds: ['e:installation:1'] });
    expect('items' in dec && dec.items[1]).toMatchObject({ kind: 'installation', description: 'Taxa de instalação (parcela 1/3)' });
  });

  it('skips drafts, contracts not yet billing and zero totals', () => {
    expect(monthlyInvoice(contract({ status: 'draft' }), '2026-12')).toEqual({ skip: 'not-billable' });
    expect(monthlyInvoice(contract({ billingStartsOn: '2027-01-01' }), '2026-12')).toEqual({ skip: 'not-started' });
    expect(monthlyInvoice(contract({ pendingAdjustments: [{ id: 'x', description: 'crédito', amountCents: -20000 }] }), '2026-12')).toEqual({ skip: 'zero-total' });
  });

  it('credits days suspended for delinquency as credit lines while the invoice stays payable; one that would zero it waits whole', () => {
    const credit = (id: string, amountCents: number) => ({ id: `ev-${id}:suspended-days:${id}`, description: `Crédito ${id}`, amountCents });
    const d = monthlyInvoice(contract({ pendingAdjustments: [credit('2026-10', -3223), { id: 'fee', description: 'Taxa', amountCents: 500 }, credit('2026-11', -9990)] }), '2026-12');
    expect(d).toMatchObject({ totalCents: 9990 + 500 - 3223, adjustmentIds: ['fee', 'ev-2026-10:suspended-days:2026-10'] });
    expect('items' in d && d.items.filter((i) => i.kind === 'credit')).toEqual([{ kind: 'credit', description: 'Crédito 2026-10', amountCents: -3223, reference: 'ev-2026-10:suspended-days:2026-10' }]);
    // The basis of the credit: a full month net of discounts, without one-off adjustments.
    expect(monthlyServiceCents(contract({ promotion: { promotionId: 'p', discount: { kind: 'percentage', basisPoints: 5000 }, months: 24 }, pendingAdjustments: [credit('x', -100)] }), '2026-12')).toBe(4995);
    expect(monthlyServiceCents(contract({ billingStartsOn: '2027-01-01' }), '2026-12')).toBe(0);
  });
});

describe('deterministic ids', () => {
  it('are stable UUIDs per input', () => {
    const a = deterministicId('invoice', 'c1', '2026-12');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicId('invoice', 'c1', '2026-12')).toBe(a);
    expect(deterministicId('invoice', 'c1', '2027-01')).not.toBe(a);
  });
});
