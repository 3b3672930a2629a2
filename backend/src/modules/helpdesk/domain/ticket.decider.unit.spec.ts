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
});
