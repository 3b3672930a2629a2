import { describe, expect, it } from 'vitest';
import { decide, discountCents, discountForMonth, evolve, ineligibility, initialState, type PromotionCommand, type SaleContext } from './promotion.decider.js';
import type { PromotionEvent } from './promotion.events.js';

// Tier: unit (no I/O). Given / When / Then, and the pure eligibility / discount rules.

const AT = '2026-03-10T12:00:00.000Z';
const given = (...events: PromotionEvent[]) => events.reduce(evolve, initialState());
const when = (events: PromotionEvent[], command: PromotionCommand) => decide(command, given(...events));
const thenError = (events: PromotionEvent[], command: PromotionCommand, code: string, field?: string) =>
  expect(() => when(events, command)).toThrow(expect.objectContaining({ name: 'DomainError', code, ...(field ? { details: expect.objectContaining({ field }) } : {}) }));

const create = (over: Partial<Extract<PromotionCommand, { type: 'CreatePromotion' }>['data']> = {}): PromotionCommand => ({
  type: 'CreatePromotion',
  data: { promotionId: 'promo', name: 'Black Friday', discount: { kind: 'percentage', basisPoints: 5000 }, months: 3, eligibility: { newCustomersOnly: true, planIds: ['p1'], regions: [{ uf: 'SP' }, { ibgeCityCode: '3304557' }] }, startsOn: '2026-11-20', endsOn: '2026-11-30', at: AT, ...over },
});
const created: PromotionEvent = {
  type: 'PromotionCreated',
  data: { promotionId: 'promo', name: 'Black Friday', discount: { kind: 'percentage', basisPoints: 5000 }, months: 3, eligibility: { newCustomersOnly: true, planIds: ['p1'], regions: [{ uf: 'SP' }, { ibgeCityCode: '3304557' }] }, startsOn: '2026-11-20', endsOn: '2026-11-30', at: AT },
};

describe('CreatePromotion', () => {
  it('creates with eligibility and period', () => {
    expect(when([], create())).toEqual([created]);
  });
  it('defaults eligibility to everyone, everywhere, every plan', () => {
    expect(when([], create({ eligibility: undefined, endsOn: undefined }))[0]).toMatchObject({ data: { eligibility: { newCustomersOnly: false, planIds: [], regions: [] } } });
  });
  it.each([
    [{ name: '' }, 'promotion.invalid-name', 'name'],
    [{ months: 0 }, 'promotion.invalid-months', 'months'],
    [{ discount: { kind: 'percentage' as const, basisPoints: 0 } }, 'promotion.invalid-discount', 'discount.basisPoints'],
    [{ discount: { kind: 'fixed' as const, amountCents: -1 } }, 'promotion.invalid-discount', 'discount.amountCents'],
    [{ startsOn: '2026-02-30' }, 'promotion.invalid-date', 'startsOn'],
    [{ endsOn: '2026-11-01' }, 'promotion.invalid-date', 'endsOn'],
    [{ eligibility: { regions: [{ uf: 'XX' as never }] } }, 'promotion.invalid-region', 'eligibility.regions.0.uf'],
    [{ eligibility: { regions: [{ ibgeCityCode: '99' }] } }, 'promotion.invalid-region', 'eligibility.regions.0.ibgeCityCode'],
  ])('refuses %j', (over, code, field) => {
    thenError([], create(over), code, field);
  });
  it('refuses to create it twice', () => {
    thenError([created], create(), 'promotion.already-exists');
  });
});

describe('EndPromotion', () => {
  it('ends earlier; ending later than already planned is a no-op', () => {
    expect(when([created], { type: 'EndPromotion', data: { endsOn: '2026-11-25', at: AT } })).toEqual([{ type: 'PromotionEnded', data: { promotionId: 'promo', endsOn: '2026-11-25', at: AT } }]);
    expect(when([created], { type: 'EndPromotion', data: { endsOn: '2026-12-25', at: AT } })).toEqual([]);
    thenError([created], { type: 'EndPromotion', data: { endsOn: '2026-11-01', at: AT } }, 'promotion.invalid-date', 'endsOn');
    thenError([], { type: 'EndPromotion', data: { endsOn: '2026-11-25', at: AT } }, 'promotion.not-found');
  });
});

describe('eligibility and discount rules', () => {
  const p = given(created);
  const sale: SaleContext = { on: '2026-11-25', planId: 'p1', isNewCustomer: true, uf: 'SP', ibgeCityCode: '3550308' };
  it.each([
    [{}, null],
    [{ on: '2026-11-19' }, 'not-started'],
    [{ on: '2026-12-01' }, 'ended'],
    [{ isNewCustomer: false }, 'not-new-customer'],
    [{ planId: 'p2' }, 'plan'],
    [{ uf: 'MG', ibgeCityCode: '3106200' }, 'region'],
    [{ uf: 'RJ', ibgeCityCode: '3304557' }, null], // Rio de Janeiro city listed by IBGE code
  ])('sale %j → %s', (over, reason) => {
    expect(ineligibility(p, { ...sale, ...over })).toBe(reason);
  });

  it('percentage discounts round up to the centavo (subscriber favour); fixed ones never exceed the price', () => {
    expect(discountCents({ kind: 'percentage', basisPoints: 5000 }, 9990)).toBe(4995);
    expect(discountCents({ kind: 'percentage', basisPoints: 1500 }, 9999)).toBe(1500); // 1499.85 → 1500
    expect(discountCents({ kind: 'percentage', basisPoints: 10000 }, 9999)).toBe(9999);
    expect(discountCents({ kind: 'fixed', amountCents: 2000 }, 9990)).toBe(2000);
    expect(discountCents({ kind: 'fixed', amountCents: 20000 }, 9990)).toBe(9990);
  });

  it('applies only to the first N billed months', () => {
    expect([0, 1, 2, 3, 4].map((m) => discountForMonth(p, 9990, m))).toEqual([0, 4995, 4995, 4995, 0]);
  });
});
