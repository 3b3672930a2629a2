import type { TicketEventType } from './ticket.events.js';

/**
 * Personal fields of ticket events, encrypted under the customer's data key (same subject as the customers
 * context: erasing the customer makes every ticket's subject and message unreadable). Shape matches
 * PersonalDataPolicy of @netprovider/event-store.
 */
const customerOf = (d: Record<string, unknown>) => (typeof d.customerId === 'string' ? d.customerId : null);

export const ticketPersonalData: Record<TicketEventType, { subjectId(data: Record<string, unknown>): string | null; fields: readonly string[] }> = {
  TicketOpened: { subjectId: customerOf, fields: ['subject', 'message'] },
  TicketReplied: { subjectId: customerOf, fields: ['message'] },
  TicketClosed: { subjectId: customerOf, fields: ['note'] },
};
