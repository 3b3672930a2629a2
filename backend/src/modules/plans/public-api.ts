import { Injectable } from '@nestjs/common';
import { penaltyAmountCents } from './domain/plan.decider.js';
import { PlanCatalogueReader } from './queries/plan-catalogue/plan-catalogue.reader.js';

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
}

/** What other modules may ask the plans context (they never read its tables). */
@Injectable()
export class PlansPublicApi {
  constructor(private readonly reader: PlanCatalogueReader) {}

  async planForSale(companyId: string, planId: string): Promise<PlanForSale | null> {
    const p = await this.reader.get(companyId, planId);
    if (!p) return null;
    return {
      planId: p.id,
      name: p.name,
      active: p.active,
      planVersion: p.version,
      downloadMbps: p.terms.downloadMbps,
      uploadMbps: p.terms.uploadMbps,
      priceCents: p.terms.priceCents,
      loyaltyMonths: p.terms.loyaltyMonths,
      penaltyAmountCents: penaltyAmountCents(p.terms),
    };
  }
}
