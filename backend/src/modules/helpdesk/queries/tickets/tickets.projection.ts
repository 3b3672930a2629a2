import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import type { TicketOpened } from '../../domain/ticket.events.js';
import type { TicketCrypto } from '../../infrastructure/ticket-crypto.js';

/**
 * The tickets read model, written inside the append (the subscriber sees the protocol at once). The unique
 * index (company_id, protocol) makes a duplicated protocol fail the whole append.
 */
export function ticketsProjection(crypto: TicketCrypto): InlineProjection {
  return {
    name: 'helpdesk-tickets',
    eventTypes: ['TicketOpened'],
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      for (const e of events) {
        const d = e.data as TicketOpened['data'];
        await tx.query(
          `INSERT INTO helpdesk_tickets (id, company_id, protocol, customer_id, contract_id, category, channel, status, subject_enc, opened_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $9, $10)`,
          [d.ticketId, e.metadata.companyId, d.protocol, d.customerId, d.contractId ?? null, d.category, d.channel, crypto.encrypt(d.subject), d.at, e.streamVersion],
        );
      }
    },
  };
}
