import { describe, expect, it } from 'vitest';
import { decide, evolve, initialState, type TicketCommand } from './ticket.decider.js';
import type { TicketEvent } from './ticket.events.js';

// Tier: unit (no I/O). Given (events) / When (command) / Then (events or DomainError).

const AT = '2026-11-28T12:00:00.000Z';
const given = (...events: TicketEvent[]) => events.reduce(evolve, initialState());
const open = (over: Partial<Extract<TicketCommand, { type: 'OpenTicket' }>['data']> = {}): TicketCommand => ({
  type: 'OpenTicket',
  data: { ticketId: 't1', protocol: '20261128-000001', customerId: 'c1', category: 'suporte-tecnico', subject: ' Sem conexão ', message: 'A internet caiu desde ontem à noite.', channel: 'portal', at: AT, ...over },
});
const opened: TicketEvent = {
  type: 'TicketOpened',
  data: { ticketId: 't1', protocol: '20261128-000001', customerId: 'c1', category: 'suporte-tecnico', subject: 'Sem conexão', message: 'A internet caiu desde ontem à noite.', channel: 'portal', at: AT },
};

describe('ticket decider', () => {
  it('given nothing, when OpenTicket, then TicketOpened with trimmed text and status open', () => {
    const events = decide(open(), given());
    expect(events).toEqual([opened]);
    expect(given(...events)).toMatchObject({ status: 'open', protocol: '20261128-000001', contractId: null });
  });

  it('keeps the optional contract', () => {
    expect(decide(open({ contractId: 'k1' }), given())[0]!.data).toMatchObject({ contractId: 'k1' });
  });

  it('refuses an unknown category, a short subject and a short message naming the field', () => {
    for (const [over, field] of [[{ category: 'outro' }, 'category'], [{ subject: ' a ' }, 'subject'], [{ message: 'curta' }, 'message']] as const) {
      expect(() => decide(open(over), given())).toThrow(expect.objectContaining({ name: 'DomainError', details: expect.objectContaining({ field }) }));
    }
  });

  it('given TicketOpened, when the same open is retried, then nothing; a different protocol is refused', () => {
    expect(decide(open(), given(opened))).toEqual([]);
    expect(() => decide(open({ protocol: '20261128-000002' }), given(opened))).toThrow(expect.objectContaining({ code: 'ticket.already-open' }));
  });

  it('refuses a malformed protocol', () => {
    expect(() => decide(open({ protocol: '123' }), given())).toThrow(expect.objectContaining({ code: 'ticket.invalid-protocol' }));
  });

  it('given an open ticket, when staff reply, then TicketReplied keyed to the customer; a blank reply names the field', () => {
    const events = decide({ type: 'ReplyToTicket', data: { author: 'staff', message: ' Reiniciamos a sua porta na OLT. ', at: AT } }, given(opened));
    expect(events).toEqual([{ type: 'TicketReplied', data: { ticketId: 't1', customerId: 'c1', author: 'staff', message: 'Reiniciamos a sua porta na OLT.', at: AT } }]);
    expect(given(opened, ...events).replies).toEqual([{ author: 'staff', message: 'Reiniciamos a sua porta na OLT.', at: AT }]);
    expect(() => decide({ type: 'ReplyToTicket', data: { author: 'staff', message: ' ', at: AT } }, given(opened))).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'message' }) }));
  });

  it('given an open ticket, when closed, then TicketClosed with the note; closing again is a no-op; a closed ticket takes no reply', () => {
    const closed = decide({ type: 'CloseTicket', data: { note: ' Resolvido. ', at: AT } }, given(opened));
    expect(closed).toEqual([{ type: 'TicketClosed', data: { ticketId: 't1', customerId: 'c1', note: 'Resolvido.', at: AT } }]);
    const state = given(opened, ...closed);
    expect(state).toMatchObject({ status: 'closed', closedAt: AT, closingNote: 'Resolvido.' });
    expect(decide({ type: 'CloseTicket', data: { at: AT } }, state)).toEqual([]);
    expect(() => decide({ type: 'ReplyToTicket', data: { author: 'staff', message: 'Mais uma coisa', at: AT } }, state)).toThrow(expect.objectContaining({ code: 'ticket.closed' }));
  });

  it('refuses a reply or a close on a ticket that does not exist', () => {
    expect(() => decide({ type: 'ReplyToTicket', data: { author: 'staff', message: 'Olá, tudo bem?', at: AT } }, given())).toThrow(expect.objectContaining({ code: 'ticket.not-found' }));
    expect(() => decide({ type: 'CloseTicket', data: { at: AT } }, given())).toThrow(expect.objectContaining({ code: 'ticket.not-found' }));
  });
});
