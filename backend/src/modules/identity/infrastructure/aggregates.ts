import { Inject, Injectable } from '@nestjs/common';
import type { EventMetadata, EventStore, NewEvent, RecordedEvent, Transaction } from '@netprovider/event-store';
import { EVENT_STORE } from '../../../platform/database/tokens.js';
import { decideUser, evolveUser, initialUserState, type UserCommand, type UserState } from '../domain/user.decider.js';
import { userStream, type UserEvent } from '../domain/user.events.js';
import { decideRole, evolveRole, initialRoleState, type RoleCommand, type RoleState } from '../domain/role.decider.js';
import { roleStream, type RoleEvent } from '../domain/role.events.js';
import {
  decideSubscriberAccount, evolveSubscriberAccount, initialSubscriberAccountState, type SubscriberAccountCommand, type SubscriberAccountState,
} from '../domain/subscriber-account.decider.js';
import { subscriberAccountStream, type SubscriberAccountEvent } from '../domain/subscriber-account.events.js';

interface Decider<S, C, E> {
  stream(id: string): string;
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initial(): S;
}

/**
 * Load → decide → append with the version read (optimistic concurrency: a concurrent change makes the
 * append fail with a 409 instead of silently overwriting). Pass `tx` to commit the events together with
 * other writes (a credential change, a consumed token).
 */
class EventSourced<S, C, E extends { type: string; data: unknown }> {
  constructor(
    private readonly store: EventStore,
    private readonly decider: Decider<S, C, E>,
  ) {}

  async load(id: string, tx?: Transaction): Promise<{ state: S; version: number }> {
    return this.store.aggregateStream<S, RecordedEvent>(
      this.decider.stream(id),
      (s, e) => this.decider.evolve(s, { type: e.type, data: e.data } as E),
      this.decider.initial,
      { tx },
    );
  }

  async handle(id: string, command: C, metadata: EventMetadata, tx?: Transaction): Promise<{ state: S; events: E[] }> {
    const { state, version } = await this.load(id, tx);
    const events = this.decider.decide(command, state);
    if (events.length) {
      await this.store.append(this.decider.stream(id), events as unknown as NewEvent[], {
        expectedVersion: version === 0 ? 'no_stream' : version,
        metadata,
        tx,
      });
    }
    return { state: events.reduce(this.decider.evolve, state), events };
  }
}

@Injectable()
export class IdentityAggregates {
  readonly users: EventSourced<UserState, UserCommand, UserEvent>;
  readonly roles: EventSourced<RoleState, RoleCommand, RoleEvent>;
  readonly subscriberAccounts: EventSourced<SubscriberAccountState, SubscriberAccountCommand, SubscriberAccountEvent>;

  constructor(@Inject(EVENT_STORE) readonly store: EventStore) {
    this.users = new EventSourced(store, { stream: userStream, decide: decideUser, evolve: evolveUser, initial: initialUserState });
    this.roles = new EventSourced(store, { stream: roleStream, decide: decideRole, evolve: evolveRole, initial: initialRoleState });
    this.subscriberAccounts = new EventSourced(store, {
      stream: subscriberAccountStream, decide: decideSubscriberAccount, evolve: evolveSubscriberAccount, initial: initialSubscriberAccountState,
    });
  }
}
