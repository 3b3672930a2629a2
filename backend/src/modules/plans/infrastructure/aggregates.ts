import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../../platform/database/tokens.js';
import { planDecider, planStreamId, type PlanCommand, type PlanState } from '../domain/plan.decider.js';
import type { PlanEvent } from '../domain/plan.events.js';
import { EventSourced } from '../../../platform/eventsourcing/event-sourced.js';

@Injectable()
export class PlanAggregates {
  readonly plans: EventSourced<PlanState, PlanCommand, PlanEvent>;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.plans = new EventSourced(store, planDecider, planStreamId);
  }
}
