import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import type { PlanEvent } from '../../domain/plan.events.js';

/** The catalogue read model, written in the append transaction (a plan created is listed at once). */
export const planCatalogueProjection: InlineProjection = {
  name: 'plans-catalogue',
  eventTypes: ['PlanCreated', 'PlanVersionPublished', 'PlanRenamed', 'PlanActivated', 'PlanDeactivated'],
  async handle(events: readonly RecordedEvent[], tx: Transaction) {
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as PlanEvent;
      const at = recorded.recordedAt.toISOString();
      switch (e.type) {
        case 'PlanCreated':
          await tx.query(
            `INSERT INTO plans_catalogue (id, company_id, name, active, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)`,
            [e.data.planId, recorded.metadata.companyId, e.data.name, e.data.active, at],
          );
          break;
        case 'PlanVersionPublished':
          await tx.query(
            `UPDATE plans_catalogue SET version = $2, terms = $3::jsonb, versions = versions || jsonb_build_array($4::jsonb), updated_at = $5 WHERE id = $1`,
            [e.data.planId, e.data.version, JSON.stringify(e.data.terms), JSON.stringify({ version: e.data.version, terms: e.data.terms, publishedAt: e.data.at }), at],
          );
          break;
        case 'PlanRenamed':
          await tx.query('UPDATE plans_catalogue SET name = $2, updated_at = $3 WHERE id = $1', [e.data.planId, e.data.name, at]);
          break;
        case 'PlanActivated':
        case 'PlanDeactivated':
          await tx.query('UPDATE plans_catalogue SET active = $2, updated_at = $3 WHERE id = $1', [e.data.planId, e.type === 'PlanActivated', at]);
          break;
        default: {
          const unreachable: never = e;
          throw new Error(`unhandled ${(unreachable as { type: string }).type}`);
        }
      }
    }
  },
};
