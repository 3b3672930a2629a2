import { z } from 'zod';
import { TICKET_CATEGORIES } from '../../domain/ticket.events.js';

/** A support request from the customer area. */
export const OpenTicketBody = z.object({
  category: z.enum(TICKET_CATEGORIES),
  subject: z.string().trim().min(3, { error: 'must have at least 3 characters' }).max(120, { error: 'must have at most 120 characters' }),
  message: z.string().trim().min(10, { error: 'must have at least 10 characters' }).max(4000, { error: 'must have at most 4000 characters' }),
  contractId: z.string().min(1).max(64).optional(),
});
export type OpenTicketInput = z.infer<typeof OpenTicketBody>;

/** A ticket opened by staff on behalf of a customer (phone call, counter, WhatsApp). */
export const StaffOpenTicketBody = OpenTicketBody.extend({
  customerId: z.uuid({ error: 'a customer id' }),
});
export type StaffOpenTicketInput = z.infer<typeof StaffOpenTicketBody>;
