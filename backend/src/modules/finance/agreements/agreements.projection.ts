import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import { AGREEMENT_EVENT_TYPES, type AgreementEvent } from './agreement.events.js';

/** finance_agreements, folded in the append transaction (the evaluation reads active agreements from it). */
export function agreementsProjection(): InlineProjection {
  return {
    name: 'finance-agreements',
    eventTypes: AGREEMENT_EVENT_TYPES,
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      for (const raw of events) {
        if (!raw.streamId.startsWith('agreement-')) continue;
        const e = raw as unknown as AgreementEvent;
        const id = raw.streamId.slice('agreement-'.length);
        const at = raw.recordedAt.toISOString();
        if (e.type === 'AgreementMade') {
          await tx.query(
            `INSERT INTO finance_agreements (id, company_id, customer_id, date, status, total_cents, terms, version, updated_at)
             VALUES ($1, $2, $3, $4, 'active', $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
            [id, raw.metadata.companyId, e.data.customerId, e.data.date, e.data.totalCents, JSON.stringify(e.data), raw.streamVersion, at],
          );
        } else {
          await tx.query(`UPDATE finance_agreements SET status = $2, outcome = $3, version = $4, updated_at = $5 WHERE id = $1`, [
            id, e.type === 'AgreementBroken' ? 'broken' : 'completed', JSON.stringify(e.data), raw.streamVersion, at,
          ]);
        }
      }
    },
  };
}
