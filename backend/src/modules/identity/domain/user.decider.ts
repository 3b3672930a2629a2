import { DomainError } from './errors.js';
import type { UserEvent } from './user.events.js';

export interface UserState {
  exists: boolean;
  userId: string;
  email: string;
  name: string;
  status: 'active' | 'disabled';
  roles: string[];
  companyIds: string[];
  mfaEnrolled: boolean;
  hasPassword: boolean;
}

export const initialUserState = (): UserState => ({
  exists: false, userId: '', email: '', name: '', status: 'active', roles: [], companyIds: [], mfaEnrolled: false, hasPassword: false,
});

/**
 * Checks that need data outside the stream (does the role exist, is the e-mail free, may the actor grant
 * these roles) are done by the handler before `decide`; the decider guards the user's own lifecycle.
 */
export type UserCommand =
  | { type: 'CreateUser'; data: { userId: string; email: string; name: string; roles: string[]; companyIds: string[]; now: string } }
  | { type: 'UpdateUser'; data: { email?: string; name?: string; roles?: string[]; companyIds?: string[]; now: string } }
  | { type: 'DisableUser'; data: { actorId: string; now: string } }
  | { type: 'EnableUser'; data: { now: string } }
  | { type: 'SetPassword'; data: { via: 'admin' | 'reset' | 'first-access' | 'bootstrap' | 'seed'; now: string } }
  | { type: 'ConfirmMfaEnrolment'; data: { now: string } }
  | { type: 'ResetMfa'; data: { now: string } };

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export function decideUser(command: UserCommand, state: UserState): UserEvent[] {
  if (command.type !== 'CreateUser' && !state.exists) throw new DomainError('user.not-found');
  const userId = state.userId;
  switch (command.type) {
    case 'CreateUser': {
      if (state.exists) throw new DomainError('user.already-exists');
      const d = command.data;
      if (d.roles.length === 0) throw new DomainError('user.needs-a-role');
      if (d.companyIds.length === 0) throw new DomainError('user.needs-a-company');
      return [{ type: 'UserCreated', data: { userId: d.userId, email: d.email.toLowerCase(), name: d.name, roles: unique(d.roles), companyIds: unique(d.companyIds), at: d.now } }];
    }
    case 'UpdateUser': {
      const d = command.data;
      const events: UserEvent[] = [];
      const email = d.email?.toLowerCase();
      const details: { email?: string; name?: string } = {};
      if (email !== undefined && email !== state.email) details.email = email;
      if (d.name !== undefined && d.name !== state.name) details.name = d.name;
      if (Object.keys(details).length) events.push({ type: 'UserDetailsChanged', data: { userId, ...details, at: d.now } });
      if (d.roles !== undefined) {
        if (d.roles.length === 0) throw new DomainError('user.needs-a-role');
        if (!sameSet(unique(d.roles), state.roles)) events.push({ type: 'UserRolesChanged', data: { userId, roles: unique(d.roles), at: d.now } });
      }
      if (d.companyIds !== undefined) {
        if (d.companyIds.length === 0) throw new DomainError('user.needs-a-company');
        if (!sameSet(unique(d.companyIds), state.companyIds)) events.push({ type: 'UserCompaniesChanged', data: { userId, companyIds: unique(d.companyIds), at: d.now } });
      }
      return events;
    }
    case 'DisableUser':
      if (command.data.actorId === userId) throw new DomainError('user.cannot-disable-self');
      if (state.status === 'disabled') return [];
      return [{ type: 'UserDisabled', data: { userId, at: command.data.now } }];
    case 'EnableUser':
      if (state.status === 'active') return [];
      return [{ type: 'UserEnabled', data: { userId, at: command.data.now } }];
    case 'SetPassword':
      if (state.status === 'disabled') throw new DomainError('user.disabled');
      return [{ type: 'UserPasswordSet', data: { userId, via: command.data.via, at: command.data.now } }];
    case 'ConfirmMfaEnrolment':
      if (state.status === 'disabled') throw new DomainError('user.disabled');
      if (state.mfaEnrolled) throw new DomainError('user.mfa-already-enrolled');
      return [{ type: 'UserMfaEnrolled', data: { userId, at: command.data.now } }];
    case 'ResetMfa':
      if (!state.mfaEnrolled) return [];
      return [{ type: 'UserMfaReset', data: { userId, at: command.data.now } }];
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

export function evolveUser(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserCreated':
      return { ...state, exists: true, userId: event.data.userId, email: event.data.email, name: event.data.name, roles: event.data.roles, companyIds: event.data.companyIds, status: 'active' };
    case 'UserDetailsChanged':
      return { ...state, email: event.data.email ?? state.email, name: event.data.name ?? state.name };
    case 'UserRolesChanged':
      return { ...state, roles: event.data.roles };
    case 'UserCompaniesChanged':
      return { ...state, companyIds: event.data.companyIds };
    case 'UserDisabled':
      return { ...state, status: 'disabled' };
    case 'UserEnabled':
      return { ...state, status: 'active' };
    case 'UserPasswordSet':
      return { ...state, hasPassword: true };
    case 'UserMfaEnrolled':
      return { ...state, mfaEnrolled: true };
    case 'UserMfaReset':
      return { ...state, mfaEnrolled: false };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
