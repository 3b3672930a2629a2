import { DomainError } from './errors.js';
import type { SubscriberAccountEvent } from './subscriber-account.events.js';

export interface SubscriberAccountState {
  exists: boolean;
  accountId: string;
  customerId: string;
  status: 'invited' | 'active' | 'disabled';
}

export const initialSubscriberAccountState = (): SubscriberAccountState => ({ exists: false, accountId: '', customerId: '', status: 'invited' });

export type SubscriberAccountCommand =
  | { type: 'InviteSubscriber'; data: { accountId: string; customerId: string; documentIndex: string; documentKind: 'cpf' | 'cnpj'; email: string | null; now: string } }
  | { type: 'SetSubscriberPassword'; data: { via: 'first-access' | 'reset'; now: string } }
  | { type: 'DisableSubscriberAccount'; data: { now: string } };

export function decideSubscriberAccount(command: SubscriberAccountCommand, state: SubscriberAccountState): SubscriberAccountEvent[] {
  switch (command.type) {
    case 'InviteSubscriber':
      if (state.exists) throw new DomainError('subscriber-account.already-exists');
      {
        const { now, ...data } = command.data;
        return [{ type: 'SubscriberAccountInvited', data: { ...data, at: now } }];
      }
    case 'SetSubscriberPassword':
      if (!state.exists) throw new DomainError('subscriber-account.not-found');
      if (state.status === 'disabled') throw new DomainError('subscriber-account.disabled');
      return [{ type: 'SubscriberPasswordSet', data: { accountId: state.accountId, via: command.data.via, at: command.data.now } }];
    case 'DisableSubscriberAccount':
      if (!state.exists) throw new DomainError('subscriber-account.not-found');
      if (state.status === 'disabled') return [];
      return [{ type: 'SubscriberAccountDisabled', data: { accountId: state.accountId, at: command.data.now } }];
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

export function evolveSubscriberAccount(state: SubscriberAccountState, event: SubscriberAccountEvent): SubscriberAccountState {
  switch (event.type) {
    case 'SubscriberAccountInvited':
      return { exists: true, accountId: event.data.accountId, customerId: event.data.customerId, status: 'invited' };
    case 'SubscriberPasswordSet':
      return { ...state, status: state.status === 'disabled' ? 'disabled' : 'active' };
    case 'SubscriberAccountDisabled':
      return { ...state, status: 'disabled' };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
