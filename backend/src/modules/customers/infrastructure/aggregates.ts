import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../../platform/database/tokens.js';
import { customerDecider, customerStreamId, type CustomerCommand, type CustomerState } from '../domain/customer.decider.js';
import type { CustomerEvent } from '../domain/customer.events.js';
import { EventSourced } from '../../../platform/eventsourcing/event-sourced.js';

@Injectable()
export class CustomerAggregates {
  readonly customers: EventSourced<CustomerState, CustomerCommand, CustomerEvent>;

  constructor(@Inject(EVENT_STORE) readonly store: EventStore) {
    this.customers = new EventSourced(store, customerDecider, customerStreamId);
  }
}
