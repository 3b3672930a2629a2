import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import type { PriceAdjustmentApplier, PriceAdjustmentOutcome } from '../../../plans/public-api.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import { planSnapshotOf } from '../draft-contract/draft-contract.handler.js';

/**
 * The contracts side of a plan's price adjustment (POST /plans/{id}/price-adjustments, registered into the
 * plans module's extension point): every open contract of the plan on an older version — or just the ones
 * named — moves to the new version with its own ContractPriceAdjusted event. Each contract is its own
 * append: one refusal does not undo the others; it is reported as `skipped`.
 */
@Injectable()
export class ApplyPriceAdjustment {
  constructor(private readonly aggregates: ContractAggregates, @Inject(DATABASE) private readonly db: Database) {}

  readonly apply: PriceAdjustmentApplier = async ({ companyId, plan, effectiveOn, contractIds, metadata }) => {
    const rows = (
      await this.db.query<{ id: string; plan_id: string; plan_version: number; status: string }>(
        `SELECT id, plan_id, plan_version, status FROM contracts_directory
         WHERE company_id = $1 AND (($2::text[] IS NULL AND plan_id = $3 AND plan_version < $4 AND status <> 'cancelled') OR id = ANY($2::text[]))
         ORDER BY created_at, id`,
        [companyId, contractIds ?? null, plan.planId, plan.planVersion],
      )
    ).rows;
    const out: PriceAdjustmentOutcome[] = [];
    for (const id of contractIds ?? rows.map((r) => r.id)) {
      const row = rows.find((r) => r.id === id);
      if (!row) out.push({ contractId: id, skipped: 'not-found' });
      else if (row.plan_id !== plan.planId) out.push({ contractId: id, skipped: 'other-plan' });
      else if (row.status === 'cancelled') out.push({ contractId: id, skipped: 'cancelled' });
      else if (Number(row.plan_version) >= plan.planVersion) out.push({ contractId: id, skipped: 'already-on-version' });
      else {
        try {
          const r = await this.aggregates.contracts.handle(id, { type: 'AdjustPrice', data: { plan: planSnapshotOf(plan), effectiveOn, at: new Date().toISOString() } }, metadata);
          const e = r.events[0];
          out.push(e?.type === 'ContractPriceAdjusted' ? { contractId: id, fromVersion: e.data.from.planVersion, fromPriceCents: e.data.from.priceCents } : { contractId: id, skipped: 'already-on-version' });
        } catch (err) {
          out.push({ contractId: id, skipped: (err as { code?: string }).code ?? 'refused' });
        }
      }
    }
    return out;
  };
}
