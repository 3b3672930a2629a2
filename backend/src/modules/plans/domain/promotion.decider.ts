import { uf as brUf } from '@netprovider/br-docs';
import { DomainError } from './domain-error.js';
import type { Discount, Eligibility, PromotionEvent, Region } from './promotion.events.js';

/* Promotion decider (stream `promotion-<promotionId>`) and the pure rules contracts and billing use. */

export type PromotionCommand =
  | {
      type: 'CreatePromotion';
      data: { promotionId: string; name: string; discount: Discount; months: number; eligibility?: Partial<Eligibility>; startsOn: string; endsOn?: string; at: string };
    }
  | { type: 'EndPromotion'; data: { endsOn: string; at: string } };

export interface PromotionState {
  exists: boolean;
  promotionId: string;
  name: string;
  discount: Discount;
  months: number;
  eligibility: Eligibility;
  startsOn: string;
  endsOn?: string;
}

export const initialState = (): PromotionState => ({
  exists: false,
  promotionId: '',
  name: '',
  discount: { kind: 'fixed', amountCents: 0 },
  months: 0,
  eligibility: { newCustomersOnly: false, planIds: [], regions: [] },
  startsOn: '',
});

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string): boolean => ISO.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

function validDiscount(d: Discount): Discount {
  if (d.kind === 'percentage') {
    if (!Number.isInteger(d.basisPoints) || d.basisPoints <= 0 || d.basisPoints > 10_000) throw new DomainError('promotion.invalid-discount', { field: 'discount.basisPoints', reason: '1 to 10000 (100%)' });
    return { kind: 'percentage', basisPoints: d.basisPoints };
  }
  if (d.kind === 'fixed') {
    if (!Number.isSafeInteger(d.amountCents) || d.amountCents <= 0) throw new DomainError('promotion.invalid-discount', { field: 'discount.amountCents' });
    return { kind: 'fixed', amountCents: d.amountCents };
  }
  throw new DomainError('promotion.invalid-discount', { field: 'discount.kind' });
}

function validRegion(r: Region, i: number): Region {
  if ('uf' in r) {
    if (!brUf.isValid(r.uf)) throw new DomainError('promotion.invalid-region', { field: `eligibility.regions.${i}.uf` });
    return { uf: r.uf };
  }
  if (!brUf.fromIbgeCityCode(r.ibgeCityCode)) throw new DomainError('promotion.invalid-region', { field: `eligibility.regions.${i}.ibgeCityCode` });
  return { ibgeCityCode: r.ibgeCityCode };
}

export function decide(command: PromotionCommand, state: PromotionState): PromotionEvent[] {
  switch (command.type) {
    case 'CreatePromotion': {
      if (state.exists) throw new DomainError('promotion.already-exists', { promotionId: state.promotionId });
      const c = command.data;
      const name = (c.name ?? '').trim();
      if (name === '' || name.length > 120) throw new DomainError('promotion.invalid-name', { field: 'name' });
      if (!Number.isInteger(c.months) || c.months < 1 || c.months > 36) throw new DomainError('promotion.invalid-months', { field: 'months', reason: '1 to 36' });
      if (!isDate(c.startsOn)) throw new DomainError('promotion.invalid-date', { field: 'startsOn' });
      if (c.endsOn !== undefined && (!isDate(c.endsOn) || c.endsOn < c.startsOn)) throw new DomainError('promotion.invalid-date', { field: 'endsOn', reason: 'a date on or after startsOn' });
      const eligibility: Eligibility = {
        newCustomersOnly: c.eligibility?.newCustomersOnly ?? false,
        planIds: [...new Set(c.eligibility?.planIds ?? [])],
        regions: (c.eligibility?.regions ?? []).map(validRegion),
      };
      return [
        {
          type: 'PromotionCreated',
          data: { promotionId: c.promotionId, name, discount: validDiscount(c.discount), months: c.months, eligibility, startsOn: c.startsOn, ...(c.endsOn ? { endsOn: c.endsOn } : {}), at: c.at },
        },
      ];
    }
    case 'EndPromotion': {
      if (!state.exists) throw new DomainError('promotion.not-found');
      const { endsOn, at } = command.data;
      if (!isDate(endsOn) || endsOn < state.startsOn) throw new DomainError('promotion.invalid-date', { field: 'endsOn', reason: 'a date on or after startsOn' });
      if (state.endsOn !== undefined && state.endsOn <= endsOn) return []; // already ends by then
      return [{ type: 'PromotionEnded', data: { promotionId: state.promotionId, endsOn, at } }];
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

export function evolve(state: PromotionState, event: PromotionEvent): PromotionState {
  switch (event.type) {
    case 'PromotionCreated': {
      const { at: _at, ...d } = event.data;
      return { ...d, exists: true };
    }
    case 'PromotionEnded':
      return { ...state, endsOn: event.data.endsOn };
    default: {
      const unreachable: never = event;
      throw new Error(`unknown event ${(unreachable as { type: string }).type}`);
    }
  }
}

export const promotionDecider = { decide, evolve, initialState };
export const promotionStreamId = (promotionId: string): string => `promotion-${promotionId}`;

// ------------------------------------------------------------------------------------ pure rules

export interface SaleContext {
  /** Business date of the sale, YYYY-MM-DD. */
  on: string;
  planId: string;
  isNewCustomer: boolean;
  uf: string;
  ibgeCityCode?: string;
}

export type IneligibleReason = 'not-started' | 'ended' | 'not-new-customer' | 'plan' | 'region';

/** Why a sale does not get the promotion, or null when it does. */
export function ineligibility(p: Pick<PromotionState, 'eligibility' | 'startsOn' | 'endsOn'>, sale: SaleContext): IneligibleReason | null {
  if (sale.on < p.startsOn) return 'not-started';
  if (p.endsOn !== undefined && sale.on > p.endsOn) return 'ended';
  if (p.eligibility.newCustomersOnly && !sale.isNewCustomer) return 'not-new-customer';
  if (p.eligibility.planIds.length > 0 && !p.eligibility.planIds.includes(sale.planId)) return 'plan';
  if (p.eligibility.regions.length > 0 && !p.eligibility.regions.some((r) => ('uf' in r ? r.uf === sale.uf : r.ibgeCityCode === sale.ibgeCityCode))) return 'region';
  return null;
}

/**
 * Discount in centavos on one month's price. Percentage rounds up (ceil: in the subscriber's favour);
 * a fixed discount never exceeds the price (no negative invoices).
 */
export function discountCents(discount: Discount, priceCents: number): number {
  switch (discount.kind) {
    case 'percentage':
      return Math.min(priceCents, Math.ceil((priceCents * discount.basisPoints) / 10_000));
    case 'fixed':
      return Math.min(priceCents, discount.amountCents);
    default: {
      const unreachable: never = discount;
      throw new Error(`unknown discount ${(unreachable as { kind: string }).kind}`);
    }
  }
}

/** Discount for the n-th billed month of the contract (1-based): zero after `months`. */
export function discountForMonth(p: Pick<PromotionState, 'discount' | 'months'>, priceCents: number, monthNumber: number): number {
  return monthNumber >= 1 && monthNumber <= p.months ? discountCents(p.discount, priceCents) : 0;
}
