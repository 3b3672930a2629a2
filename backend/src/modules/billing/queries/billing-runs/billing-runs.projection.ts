import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import type { BillingRunEvent } from '../../domain/billing-run.decider.js';

/** billing_runs: status and who/when of each step (progress counters are written by the issuing worker). */
export function billingRunsProjection(): InlineProjection {
  return {
    name: 'billing-runs',
    eventTypes: ['BillingRunRequested', 'BillingRunPreviewed', 'BillingRunApproved', 'BillingRunCompleted', 'BillingRunDiscarded'],
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      for (const raw of events) {
        if (!raw.streamId.startsWith('billing-run-')) continue;
        const e = raw as unknown as BillingRunEvent;
        const id = raw.streamId.slice('billing-run-'.length);
        const at = raw.recordedAt.toISOString();
        switch (e.type) {
          case 'BillingRunRequested':
            await tx.query(
              `INSERT INTO billing_runs (id, company_id, competence, due_day_from, due_day_to, status, requested_by, requested_at)
               VALUES ($1, $2, $3, $4, $5, 'previewing', $6, $7) ON CONFLICT (id) DO NOTHING`,
              [id, raw.metadata.companyId, e.data.competence, e.data.dueDayFrom, e.data.dueDayTo, raw.metadata.actorId ?? 'system', at],
            );
            break;
          case 'BillingRunPreviewed':
            await tx.query(`UPDATE billing_runs SET status = 'awaiting_approval', total = $2, total_cents = $3, warnings = $4 WHERE id = $1`, [
              id, e.data.invoices, e.data.totalCents, JSON.stringify(e.data.warnings),
            ]);
            break;
          case 'BillingRunApproved':
            await tx.query(`UPDATE billing_runs SET status = 'issuing', approved_by = $2, approved_at = $3 WHERE id = $1`, [id, raw.metadata.actorId ?? 'system', at]);
            break;
          case 'BillingRunCompleted':
            await tx.query(`UPDATE billing_runs SET status = 'completed', finished_at = $2 WHERE id = $1`, [id, at]);
            break;
          case 'BillingRunDiscarded':
            await tx.query(`UPDATE billing_runs SET status = 'discarded', finished_at = $2 WHERE id = $1`, [id, at]);
            break;
        }
      }
    },
  };
}
