/* Events of the helpdesk context (stream `ticket-<ticketId>`). Subject and message are personal data. */

export const TICKET_CATEGORIES = ['financeiro', 'suporte-tecnico', 'comercial', 'cancelamento'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];
export type TicketChannel = 'portal' | 'staff';
export type TicketStatus = 'open' | 'closed';
/** Who wrote a reply: staff in the back office, or the subscriber in the customer area. */
export type TicketAuthor = 'staff' | 'subscriber';

export type TicketOpened = {
  type: 'TicketOpened';
  data: {
    ticketId: string;
    /** Human-friendly, unique per company: `YYYYMMDD-NNNNNN` (São Paulo date of opening). */
    protocol: string;
    customerId: string;
    contractId?: string;
    category: TicketCategory;
    subject: string;
    message: string;
    channel: TicketChannel;
    at: string;
  };
};

/** A reply in the ticket's conversation (`customerId` keys the encryption of `message`). */
export type TicketReplied = {
  type: 'TicketReplied';
  data: { ticketId: string; customerId: string; author: TicketAuthor; message: string; at: string };
};

/** The ticket is done; `note` is an optional closing remark shown to the subscriber. */
export type TicketClosed = {
  type: 'TicketClosed';
  data: { ticketId: string; customerId: string; note?: string; at: string };
};

export type TicketEvent = TicketOpened | TicketReplied | TicketClosed;
export type TicketEventType = TicketEvent['type'];
