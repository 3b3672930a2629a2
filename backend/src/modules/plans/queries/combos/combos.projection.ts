import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import type { ComboEvent } from '../../domain/combo.events.js';

/** Combo read model (in the append transaction). */
export const combosProjection: InlineProjection = {
  name: 'plans-combos',
  eventTypes: ['ComboCreated', 'ComboChanged', 'ComboActivated', 'ComboDeactivated'],
  async handle(events: readonly RecordedEvent[], tx: Transaction) {
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as ComboEvent;
      const at = recorded.recordedAt.toISOString();
      switch (e.type) {
        case 'ComboCreated':
          await tx.query(
            `INSERT INTO plans_combos (id, company_id, name, plan_id, add_on_ids, price_cents, version, active, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $9)`,
            [e.data.comboId, recorded.metadata.companyId, e.data.name, e.data.planId, JSON.stringify(e.data.addOnIds), e.data.priceCents, e.data.version, e.data.active, at],
          );
          break;
        case 'ComboChanged':
          await tx.query('UPDATE plans_combos SET plan_id = $2, add_on_ids = $3::jsonb, price_cents = $4, version = $5, updated_at = $6 WHERE id = $1', [
            e.data.comboId, e.data.planId, JSON.stringify(e.data.addOnIds), e.data.priceCents, e.data.version, at,
          ]);
          break;
        case 'ComboActivated':
        case 'ComboDeactivated':
          await tx.query('UPDATE plans_combos SET active = $2, updated_at = $3 WHERE id = $1', [e.data.comboId, e.type === 'ComboActivated', at]);
          break;
        default: {
          const unreachable: never = e;
          throw new Error(`unhandled ${(unreachable as { type: string }).type}`);
        }
      }
    }
  },
};
