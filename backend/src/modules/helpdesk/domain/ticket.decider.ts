import { DomainError } from './domain-error.js';
import { TICKET_CATEGORIES, type TicketAuthor, type TicketCategory, type TicketChannel, type TicketEvent, type TicketStatus } from './ticket.events.js';

export interface OpenTicket {
  type: 'OpenTicket';
  data: { ticketId: string; protocol: string; customerId: string; contractId?: string; category: string; subject: string; message: string; channel: TicketChannel; at: string };
}
export interface ReplyToTicket {
  type: 'ReplyToTicket';
  data: { author: TicketAuthor; message: string; at: string };
}
export interface CloseTicket {
  type: 'CloseTicket';
  data: { note?: string; at: string };
}
export type TicketCommand = OpenTicket | ReplyToTicket | CloseTicket;

export interface TicketReply {
  author: TicketAuthor;
  message: string;
  at: string;
}

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
  replies: TicketReply[];
  closedAt: string | null;
  closingNote: string | null;
}

export const initialState = (): TicketState => ({
  status: 'none', ticketId: '', protocol: '', customerId: '', contractId: null, category: null, subject: '', message: '', channel: null, openedAt: null, replies: [], closedAt: null, closingNote: null,
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
    case 'ReplyToTicket': {
      if (state.status === 'none') throw new DomainError('ticket.not-found');
      if (state.status === 'closed') throw new DomainError('ticket.closed', { protocol: state.protocol });
      const d = command.data;
      return [{ type: 'TicketReplied', data: { ticketId: state.ticketId, customerId: state.customerId, author: d.author, message: text(d.message, 'message', 2, 4000), at: d.at } }];
    }
    case 'CloseTicket': {
      if (state.status === 'none') throw new DomainError('ticket.not-found');
      // closing twice is a no-op (a retried click)
      if (state.status === 'closed') return [];
      const note = command.data.note?.trim();
      if (note && note.length > 4000) throw new DomainError('ticket.too-long', { field: 'note', reason: 'must have at most 4000 characters' });
      return [{ type: 'TicketClosed', data: { ticketId: state.ticketId, customerId: state.customerId, ...(note ? { note } : {}), at: command.data.at } }];
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${String((unreachable as { type: string }).type)}`);
    }
  }
}

export function evolve(state: TicketState, event: TicketEvent): TicketState {
  switch (event.type) {
    case 'TicketOpened': {
      const d = event.data;
      return { ...state, status: 'open', ticketId: d.ticketId, protocol: d.protocol, customerId: d.customerId, contractId: d.contractId ?? null, category: d.category, subject: d.subject, message: d.message, channel: d.channel, openedAt: d.at };
    }
    case 'TicketReplied':
      return { ...state, replies: [...state.replies, { author: event.data.author, message: event.data.message, at: event.data.at }] };
    case 'TicketClosed':
      return { ...state, status: 'closed', closedAt: event.data.at, closingNote: event.data.note ?? null };
    default: {
      const unreachable: never = event;
      throw new Error(`unknown event ${String((unreachable as { type: string }).type)}`);
    }
  }
}

export const ticketDecider = { decide, evolve, initialState };
