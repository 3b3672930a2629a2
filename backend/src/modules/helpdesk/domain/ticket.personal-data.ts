import type { TicketEventType } from './ticket.events.js';

/**
 * Personal fields of ticket events, encrypted under the customer's data key (same subject as the customers
 * context: erasing the customer makes every ticket's subject and message unreadable). Shape matches
 * PersonalDataPolicy of @netprovider/event-store.
 */
export const ticketPersonalData: Record<TicketEventType, { subjectId(data: Record<string, unknown>): string | null; fields: readonly string[] }> = {
  TicketOpened: { subjectId: (d) => (typeof d.customerId === 'string' ? d.customerId : null), fields: ['subject', 'message'] },
};
