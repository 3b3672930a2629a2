import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import type { PromotionEvent } from '../../domain/promotion.events.js';

/** Promotion read model (in the append transaction). */
export const promotionsProjection: InlineProjection = {
  name: 'plans-promotions',
  eventTypes: ['PromotionCreated', 'PromotionEnded'],
  async handle(events: readonly RecordedEvent[], tx: Transaction) {
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as PromotionEvent;
      const at = recorded.recordedAt.toISOString();
      switch (e.type) {
        case 'PromotionCreated':
          await tx.query(
            `INSERT INTO plans_promotions (id, company_id, name, discount, months, eligibility, starts_on, ends_on, created_at, updated_at)
             VALUES ($1, $2, $3, $4::jsonb, $5, $6::jsonb, $7, $8, $9, $9)`,
            [e.data.promotionId, recorded.metadata.companyId, e.data.name, JSON.stringify(e.data.discount), e.data.months, JSON.stringify(e.data.eligibility), e.data.startsOn, e.data.endsOn ?? null, at],
          );
          break;
        case 'PromotionEnded':
          await tx.query('UPDATE plans_promotions SET ends_on = $2, updated_at = $3 WHERE id = $1', [e.data.promotionId, e.data.endsOn, at]);
          break;
        default: {
          const unreachable: never = e;
          throw new Error(`unhandled ${(unreachable as { type: string }).type}`);
        }
      }
    }
  },
};
