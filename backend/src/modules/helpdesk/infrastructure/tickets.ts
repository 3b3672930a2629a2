import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../../platform/database/tokens.js';
import { EventSourced } from '../../../platform/eventsourcing/event-sourced.js';
import { ticketDecider, ticketStreamId, type TicketCommand, type TicketState } from '../domain/ticket.decider.js';
import type { TicketEvent } from '../domain/ticket.events.js';

@Injectable()
export class TicketAggregates {
  readonly tickets: EventSourced<TicketState, TicketCommand, TicketEvent>;

  constructor(@Inject(EVENT_STORE) readonly store: EventStore) {
    this.tickets = new EventSourced(store, ticketDecider, ticketStreamId);
  }
}
