import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import type { TicketClosed, TicketOpened, TicketReplied } from '../../domain/ticket.events.js';
import type { TicketCrypto } from '../../infrastructure/ticket-crypto.js';

/**
 * The tickets read model (status follows TicketClosed; replies only bump the version), written inside the append (the subscriber sees the protocol at once). The unique
 * index (company_id, protocol) makes a duplicated protocol fail the whole append.
 */
export function ticketsProjection(crypto: TicketCrypto): InlineProjection {
  return {
    name: 'helpdesk-tickets',
    eventTypes: ['TicketOpened', 'TicketReplied', 'TicketClosed'],
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      for (const e of events) {
        if (e.type === 'TicketClosed') {
          await tx.query(`UPDATE helpdesk_tickets SET status = 'closed', version = $3 WHERE id = $1 AND company_id = $2`, [(e.data as TicketClosed['data']).ticketId, e.metadata.companyId, e.streamVersion]);
          continue;
        }
        if (e.type === 'TicketReplied') {
          await tx.query('UPDATE helpdesk_tickets SET version = $3 WHERE id = $1 AND company_id = $2', [(e.data as TicketReplied['data']).ticketId, e.metadata.companyId, e.streamVersion]);
          continue;
        }
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
