import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import type { AddOnEvent } from '../../domain/add-on.events.js';

/** Add-on catalogue read model (in the append transaction). */
export const addOnsProjection: InlineProjection = {
  name: 'plans-add-ons',
  eventTypes: ['AddOnCreated', 'AddOnPriceChanged', 'AddOnRenamed', 'AddOnActivated', 'AddOnDeactivated'],
  async handle(events: readonly RecordedEvent[], tx: Transaction) {
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as AddOnEvent;
      const at = recorded.recordedAt.toISOString();
      switch (e.type) {
        case 'AddOnCreated':
          await tx.query(
            `INSERT INTO plans_add_ons (id, company_id, name, category, price_cents, version, active, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
            [e.data.addOnId, recorded.metadata.companyId, e.data.name, e.data.category, e.data.priceCents, e.data.version, e.data.active, at],
          );
          break;
        case 'AddOnPriceChanged':
          await tx.query('UPDATE plans_add_ons SET price_cents = $2, version = $3, updated_at = $4 WHERE id = $1', [e.data.addOnId, e.data.priceCents, e.data.version, at]);
          break;
        case 'AddOnRenamed':
          await tx.query('UPDATE plans_add_ons SET name = $2, updated_at = $3 WHERE id = $1', [e.data.addOnId, e.data.name, at]);
          break;
        case 'AddOnActivated':
        case 'AddOnDeactivated':
          await tx.query('UPDATE plans_add_ons SET active = $2, updated_at = $3 WHERE id = $1', [e.data.addOnId, e.type === 'AddOnActivated', at]);
          break;
        default: {
          const unreachable: never = e;
          throw new Error(`unhandled ${(unreachable as { type: string }).type}`);
        }
      }
    }
  },
};
