import type { TicketState } from '../../domain/ticket.decider.js';

/** A ticket as the API shows it (folded from its stream: the message is decrypted there). */
export function ticketView(s: TicketState) {
  return {
    id: s.ticketId,
    protocol: s.protocol,
    status: s.status,
    customerId: s.customerId,
    contractId: s.contractId,
    category: s.category,
    channel: s.channel,
    subject: s.subject,
    message: s.message,
    openedAt: s.openedAt,
    /** The conversation after the opening message, oldest first. */
    replies: s.replies.map((r) => ({ author: r.author, message: r.message, at: r.at })),
    closedAt: s.closedAt,
    closingNote: s.closingNote,
  };
}
export type TicketView = ReturnType<typeof ticketView>;
