import type { UF } from '@netprovider/br-docs';

/*
 * Promotions: a discount on the plan price for the first N billed months of a contract, for eligible
 * sales between startsOn and endsOn (inclusive business dates, America/Sao_Paulo).
 */
export type Discount = { kind: 'percentage'; basisPoints: number } | { kind: 'fixed'; amountCents: number };

export type Region = { uf: UF } | { ibgeCityCode: string };

export interface Eligibility {
  /** Only customers without a previous contract (the handler knows; the command says). */
  newCustomersOnly: boolean;
  /** Empty = every plan. */
  planIds: string[];
  /** Empty = everywhere; a city matches by IBGE code, a state by UF. */
  regions: Region[];
}

export type PromotionCreated = {
  type: 'PromotionCreated';
  data: { promotionId: string; name: string; discount: Discount; months: number; eligibility: Eligibility; startsOn: string; endsOn?: string; at: string };
};
/** The promotion stops being offered from the day after `endsOn`; contracts that got it keep it. */
export type PromotionEnded = { type: 'PromotionEnded'; data: { promotionId: string; endsOn: string; at: string } };

export type PromotionEvent = PromotionCreated | PromotionEnded;
