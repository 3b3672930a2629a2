import { DomainError } from './domain-error.js';
import { TICKET_CATEGORIES, type TicketCategory, type TicketChannel, type TicketEvent, type TicketStatus } from './ticket.events.js';

export interface OpenTicket {
  type: 'OpenTicket';
  data: { ticketId: string; protocol: string; customerId: string; contractId?: string; category: string; subject: string; message: string; channel: TicketChannel; at: string };
}
export type TicketCommand = OpenTicket;

export interface TicketState {
  status: TicketStatus | 'none';
  ticketId: string;
  protocol: string;
  customerId: string;
  contractId: string | null;
  category: TicketCategory | null;
  subject: string;
  message: string;
  channel: TicketChannel | null;
  openedAt: string | null;
}

export const initialState = (): TicketState => ({
  status: 'none', ticketId: '', protocol: '', customerId: '', contractId: null, category: null, subject: '', message: '', channel: null, openedAt: null,
});

export const ticketStreamId = (ticketId: string) => `ticket-${ticketId}`;

const PROTOCOL = /^\d{8}-\d{6,}$/;

function text(value: string, field: string, min: number, max: number): string {
  const v = value.trim();
  if (v.length < min) throw new DomainError('ticket.too-short', { field, reason: `must have at least ${min} characters` });
  if (v.length > max) throw new DomainError('ticket.too-long', { field, reason: `must have at most ${max} characters` });
  return v;
}

export function decide(command: TicketCommand, state: TicketState): TicketEvent[] {
  switch (command.type) {
    case 'OpenTicket': {
      const d = command.data;
      if (state.status !== 'none') {
        // A retried open (same protocol) is a no-op; anything else is a conflict.
        if (state.protocol === d.protocol) return [];
        throw new DomainError('ticket.already-open', { protocol: state.protocol });
      }
      if (!PROTOCOL.test(d.protocol)) throw new DomainError('ticket.invalid-protocol', { protocol: d.protocol });
      if (!(TICKET_CATEGORIES as readonly string[]).includes(d.category)) throw new DomainError('ticket.invalid-category', { field: 'category', reason: `must be one of ${TICKET_CATEGORIES.join(', ')}` });
      return [{
        type: 'TicketOpened',
        data: {
          ticketId: d.ticketId, protocol: d.protocol, customerId: d.customerId, ...(d.contractId ? { contractId: d.contractId } : {}),
          category: d.category as TicketCategory, subject: text(d.subject, 'subject', 3, 120), message: text(d.message, 'message', 10, 4000), channel: d.channel, at: d.at,
        },
      }];
    }
    default: {
      const unreachable: never = command.type;
      throw new Error(`unknown command ${String(unreachable)}`);
    }
  }
}

export function evolve(state: TicketState, event: TicketEvent): TicketState {
  switch (event.type) {
    case 'TicketOpened': {
      const d = event.data;
      return { status: 'open', ticketId: d.ticketId, protocol: d.protocol, customerId: d.customerId, contractId: d.contractId ?? null, category: d.category, subject: d.subject, message: d.message, channel: d.channel, openedAt: d.at };
    }
    default: {
      const unreachable: never = event.type;
      throw new Error(`unknown event ${String(unreachable)}`);
    }
  }
}

export const ticketDecider = { decide, evolve, initialState };
