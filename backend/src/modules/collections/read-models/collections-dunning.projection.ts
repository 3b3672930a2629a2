import type { InlineProjection, RecordedEvent } from '@netprovider/event-store';
import type { DunningStepApplied, ServiceRestored } from '../domain/dunning.events.js';
import { DUNNING_EVENT_TYPES } from '../domain/dunning.events.js';
import { brDate, formatBrl, renderTemplate } from '../domain/ladder.js';

/*
 * collections_dunning (each contract's service level and trust release, for lists and the daily sweep) and
 * collections_messages (the embedded message outbox: every message a step sends, its template filled),
 * folded from the dunning streams in their append transaction. The sender processor
 * (`processors/message-sender.ts`) delivers from the outbox through the channel adapters (e-mail, SMS, WhatsApp)
 * and resolves the recipient through the customers context at send time, so no address or phone number is
 * stored here.
 */
export function collectionsDunningProjection(): InlineProjection {
  return {
    name: 'collections-dunning',
    eventTypes: DUNNING_EVENT_TYPES,
    async handle(events: readonly RecordedEvent[], tx) {
      for (const e of events) {
        if (!e.streamId.startsWith('dunning-')) continue;
        const contractId = e.streamId.slice('dunning-'.length);
        const at = e.recordedAt.toISOString();
        const upsert = (level: string | null, trustUntil: string | null | undefined, step: string | null) =>
          tx.query(
            `INSERT INTO collections_dunning (contract_id, company_id, level, trust_until, last_step, updated_at) VALUES ($1, $2, COALESCE($3, 'none'), $4, $5, $6)
             ON CONFLICT (contract_id) DO UPDATE SET level = COALESCE($3, collections_dunning.level),
               trust_until = CASE WHEN $7::boolean THEN $4::date ELSE collections_dunning.trust_until END,
               last_step = COALESCE($5, collections_dunning.last_step), updated_at = $6`,
            [contractId, e.metadata.companyId, level, trustUntil ?? null, step, at, trustUntil !== undefined],
          );
        switch (e.type) {
          case 'DunningStepApplied': {
            const d = (e as unknown as DunningStepApplied).data;
            const suspending = !['remind', 'notify'].includes(d.action);
            await upsert(suspending ? d.action : null, undefined, d.stepId);
            if (d.channel && d.template) {
              const body = renderTemplate(d.template, {
                valor: formatBrl(d.openCents), vencimento: brDate(d.dueDate), diasAtraso: String(Math.max(0, d.daysOverdue)), faturas: String(d.invoiceIds.length),
                dataSuspensao: d.suspensionFrom ? brDate(d.suspensionFrom) : '', contrato: d.contractId.slice(0, 8),
              });
              await tx.query(
                `INSERT INTO collections_messages (id, company_id, contract_id, customer_id, step_id, action, channel, body, invoice_ids, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
                [e.id, e.metadata.companyId, contractId, d.customerId, d.stepId, d.action, d.channel, body, JSON.stringify(d.invoiceIds), at],
              );
            }
            break;
          }
          case 'ServiceRestored': {
            const d = (e as unknown as ServiceRestored).data;
            await upsert('none', d.reason === 'trust' ? d.until : null, null);
            break;
          }
          case 'TrustPromiseBroken':
          case 'TrustPromiseKept':
            await upsert(null, null, null);
            break;
          default:
            await upsert(null, undefined, null);
        }
      }
    },
  };
}
