import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { TICKET_CATEGORIES } from '../../domain/ticket.events.js';
import type { TicketListItem } from './tickets.reader.js';
import type { TicketView } from './ticket.view.js';

/* Response schemas of the ticket routes (documentation only, see ZodResponse); each checked against its view. */

export const TicketListItemSchema = z.object({
  id: z.string(),
  protocol: z.string().describe('YYYYMMDD-NNNNNN'),
  customerId: z.string(),
  contractId: z.string().nullable(),
  category: z.string(),
  channel: z.string(),
  status: z.string(),
  subject: z.string(),
  openedAt: z.string(),
}).meta({ id: 'TicketListItem' });
export const TicketListSchema = z.object({ items: z.array(TicketListItemSchema) }).meta({ id: 'TicketList' });
export const StaffTicketListItemSchema = TicketListItemSchema.extend({ customerName: z.string().nullable() }).meta({ id: 'StaffTicketListItem' });
export const StaffTicketListSchema = z.object({ items: z.array(StaffTicketListItemSchema) }).meta({ id: 'StaffTicketList' });

export const TicketReplySchema = z.object({ author: z.enum(['staff', 'subscriber']), message: z.string(), at: z.string() }).meta({ id: 'TicketReply' });
export const TicketViewSchema = z.object({
  id: z.string(),
  protocol: z.string(),
  status: z.enum(['open', 'closed', 'none']),
  customerId: z.string(),
  contractId: z.string().nullable(),
  category: z.enum(TICKET_CATEGORIES).nullable(),
  channel: z.enum(['portal', 'staff']).nullable(),
  subject: z.string(),
  message: z.string(),
  openedAt: z.string().nullable(),
  replies: z.array(TicketReplySchema).describe('the conversation after the opening message, oldest first'),
  closedAt: z.string().nullable(),
  closingNote: z.string().nullable(),
}).meta({ id: 'TicketView' });

responseMatches<SameShape<z.infer<typeof TicketListItemSchema>, TicketListItem>>();
responseMatches<SameShape<z.infer<typeof StaffTicketListItemSchema>, TicketListItem & { customerName: string | null }>>();
responseMatches<SameShape<z.infer<typeof TicketViewSchema>, TicketView>>();
