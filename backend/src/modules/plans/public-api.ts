import { Inject, Injectable } from '@nestjs/common';
import type { Database, EventMetadata } from '@netprovider/event-store';
import { DATABASE } from '../../platform/database/tokens.js';
import { penaltyAmountCents } from './domain/plan.decider.js';
import { ineligibility, type IneligibleReason, type SaleContext } from './domain/promotion.decider.js';
import type { Discount, Eligibility } from './domain/promotion.events.js';
import { findAddOn } from './queries/add-ons/add-ons.http.controller.js';
import { findCombo } from './queries/combos/combos.http.controller.js';
import { findPromotion } from './queries/promotions/promotions.http.controller.js';
import { PlanCatalogueReader, type PlanView } from './queries/plan-catalogue/plan-catalogue.reader.js';

export type { IneligibleReason, SaleContext };

/** The current version of a plan as a contract pins it when sold. */
export interface PlanForSale {
  planId: string;
  name: string;
  active: boolean;
  planVersion: number;
  downloadMbps: number;
  uploadMbps: number;
  priceCents: number;
  loyaltyMonths: number;
  /** Full early-cancellation penalty before proration; 0 = none. */
  penaltyAmountCents: number;
  /** One-off installation fee of the plan version (0 = free installation). */
  installationFeeCents: number;
}

export interface AddOnForSale { addOnId: string; name: string; active: boolean; version: number; priceCents: number }
export interface ComboForSale { comboId: string; name: string; active: boolean; version: number; planId: string; addOnIds: string[]; priceCents: number }
export interface PromotionForSale { promotionId: string; name: string; discount: Discount; months: number; eligibility: Eligibility; startsOn: string; endsOn?: string }

/** One contract moved (or not) to the adjusted plan version. */
export interface PriceAdjustmentOutcome {
  contractId: string;
  fromVersion?: number;
  fromPriceCents?: number;
  /** Why it was not adjusted: not on this plan, cancelled, already on the version, not found. */
  skipped?: string;
}

/**
 * Applies a plan version to the contracts sold on older ones (registered by the contracts module, which
 * plans does not import).
 */
export type PriceAdjustmentApplier = (input: { companyId: string; plan: PlanForSale; effectiveOn: string; contractIds?: string[]; metadata: EventMetadata }) => Promise<PriceAdjustmentOutcome[]>;

/** Extension points other modules register into at module init. */
@Injectable()
export class PlanExtensions {
  priceAdjustmentApplier: PriceAdjustmentApplier | null = null;
}

export function planForSaleOf(p: PlanView, version = p.version): PlanForSale {
  const terms = p.versions.find((v) => v.version === version)?.terms ?? p.terms;
  return {
    planId: p.id,
    name: p.name,
    active: p.active,
    planVersion: version,
    downloadMbps: terms.downloadMbps,
    uploadMbps: terms.uploadMbps,
    priceCents: terms.priceCents,
    loyaltyMonths: terms.loyaltyMonths,
    penaltyAmountCents: penaltyAmountCents(terms),
    installationFeeCents: terms.installationFeeCents ?? 0,
  };
}

/** What other modules may ask the plans context (they never read its tables). */
@Injectable()
export class PlansPublicApi {
  constructor(
    private readonly reader: PlanCatalogueReader,
    @Inject(DATABASE) private readonly db: Database,
    readonly extensions: PlanExtensions,
  ) {}

  async planForSale(companyId: string, planId: string): Promise<PlanForSale | null> {
    const p = await this.reader.get(companyId, planId);
    return p ? planForSaleOf(p) : null;
  }

  /** The plan's name (contract documents show it; the snapshot pins the terms, not the name). */
  async planName(companyId: string, planId: string): Promise<string | null> {
    return (await this.reader.get(companyId, planId))?.name ?? null;
  }

  /** Name and technology of a plan as a given version published it (the customer area shows what was sold). */
  async planVersionSummary(companyId: string, planId: string, version: number): Promise<{ name: string; technology: string } | null> {
    const p = await this.reader.get(companyId, planId);
    if (!p) return null;
    const v = p.versions.find((x) => x.version === version);
    return { name: p.name, technology: (v?.terms ?? p.terms).technology };
  }

  async addOnForSale(companyId: string, addOnId: string): Promise<AddOnForSale | null> {
    const a = (await findAddOn(this.db, companyId, addOnId)) as { id: string; name: string; active: boolean; version: number; priceCents: number } | null;
    return a ? { addOnId: a.id, name: a.name, active: a.active, version: Number(a.version), priceCents: a.priceCents } : null;
  }

  async comboForSale(companyId: string, comboId: string): Promise<ComboForSale | null> {
    const c = await findCombo(this.db, companyId, comboId);
    return c ? { comboId: c.id, name: c.name, active: c.active, version: c.version, planId: c.planId, addOnIds: c.addOnIds, priceCents: c.priceCents } : null;
  }

  /** The promotion and why this sale is not eligible (null = eligible). */
  async promotionForSale(companyId: string, promotionId: string, sale: SaleContext): Promise<{ promotion: PromotionForSale; ineligible: IneligibleReason | null } | null> {
    const p = (await findPromotion(this.db, companyId, promotionId)) as (Omit<PromotionForSale, 'promotionId' | 'endsOn'> & { id: string; endsOn: string | null }) | null;
    if (!p) return null;
    const promotion: PromotionForSale = { promotionId: p.id, name: p.name, discount: p.discount, months: Number(p.months), eligibility: p.eligibility, startsOn: p.startsOn, ...(p.endsOn ? { endsOn: p.endsOn } : {}) };
    return { promotion, ineligible: ineligibility(promotion, sale) };
  }
}
