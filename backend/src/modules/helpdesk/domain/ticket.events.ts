/* Events of the helpdesk context (stream `ticket-<ticketId>`). Subject and message are personal data. */

export const TICKET_CATEGORIES = ['financeiro', 'suporte-tecnico', 'comercial', 'cancelamento'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];
export type TicketChannel = 'portal' | 'staff';
export type TicketStatus = 'open';

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

export type TicketEvent = TicketOpened;
export type TicketEventType = TicketEvent['type'];
