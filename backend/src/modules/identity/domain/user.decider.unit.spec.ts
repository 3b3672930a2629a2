import { describe, expect, it } from 'vitest';
import { decideUser, evolveUser, initialUserState, type UserCommand } from './user.decider.js';
import type { UserEvent } from './user.events.js';
import { DomainError } from './errors.js';

const now = '2025-01-01T00:00:00.000Z';
const userId = 'u-1';
const created: UserEvent = { type: 'UserCreated', data: { userId, email: 'ana@provedor.test', name: 'Ana', roles: ['atendente'], companyIds: ['c-1'], at: now } };

/** Given events, when a command, then events (or the error code). */
function given(events: UserEvent[]) {
  const state = events.reduce(evolveUser, initialUserState());
  return {
    when: (command: UserCommand) => ({
      then: (expected: UserEvent[]) => expect(decideUser(command, state)).toEqual(expected),
      thenFails: (code: string) => {
        try {
          decideUser(command, state);
        } catch (err) {
          expect(err).toBeInstanceOf(DomainError);
          expect((err as DomainError).code).toBe(code);
          return;
        }
        throw new Error(`expected ${code}`);
      },
    }),
  };
}

describe('user decider', () => {
  it('creates a user, lowercasing the e-mail and dropping duplicate roles', () => {
    given([]).when({ type: 'CreateUser', data: { userId, email: 'Ana@Provedor.test', name: 'Ana', roles: ['atendente', 'atendente'], companyIds: ['c-1'], now } }).then([created]);
  });
  it('refuses a second creation, a user without roles or companies', () => {
    given([created]).when({ type: 'CreateUser', data: { userId, email: 'x@y.z', name: 'X', roles: ['admin'], companyIds: ['c-1'], now } }).thenFails('user.already-exists');
    given([]).when({ type: 'CreateUser', data: { userId, email: 'x@y.z', name: 'X', roles: [], companyIds: ['c-1'], now } }).thenFails('user.needs-a-role');
    given([]).when({ type: 'CreateUser', data: { userId, email: 'x@y.z', name: 'X', roles: ['admin'], companyIds: [], now } }).thenFails('user.needs-a-company');
  });
  it('updates only what changed', () => {
    given([created]).when({ type: 'UpdateUser', data: { name: 'Ana Maria', email: 'ana@provedor.test', roles: ['atendente'], now } })
      .then([{ type: 'UserDetailsChanged', data: { userId, name: 'Ana Maria', at: now } }]);
    given([created]).when({ type: 'UpdateUser', data: { roles: ['tecnico', 'atendente'], companyIds: ['c-1', 'c-2'], now } }).then([
      { type: 'UserRolesChanged', data: { userId, roles: ['tecnico', 'atendente'], at: now } },
      { type: 'UserCompaniesChanged', data: { userId, companyIds: ['c-1', 'c-2'], at: now } },
    ]);
    given([created]).when({ type: 'UpdateUser', data: { roles: [], now } }).thenFails('user.needs-a-role');
  });
  it('commands on a user that does not exist fail', () => {
    given([]).when({ type: 'DisableUser', data: { actorId: 'other', now } }).thenFails('user.not-found');
  });
  it('disables (once), never oneself; enables back', () => {
    given([created]).when({ type: 'DisableUser', data: { actorId: 'admin', now } }).then([{ type: 'UserDisabled', data: { userId, at: now } }]);
    given([created, { type: 'UserDisabled', data: { userId, at: now } }]).when({ type: 'DisableUser', data: { actorId: 'admin', now } }).then([]);
    given([created]).when({ type: 'DisableUser', data: { actorId: userId, now } }).thenFails('user.cannot-disable-self');
    given([created, { type: 'UserDisabled', data: { userId, at: now } }]).when({ type: 'EnableUser', data: { now } }).then([{ type: 'UserEnabled', data: { userId, at: now } }]);
    given([created]).when({ type: 'EnableUser', data: { now } }).then([]);
  });
  it('a disabled user cannot get a new password or enrol MFA', () => {
    const disabled = [created, { type: 'UserDisabled', data: { userId, at: now } } as UserEvent];
    given(disabled).when({ type: 'SetPassword', data: { via: 'reset', now } }).thenFails('user.disabled');
    given(disabled).when({ type: 'ConfirmMfaEnrolment', data: { now } }).thenFails('user.disabled');
  });
  it('enrols MFA once; reset clears it; reset without enrolment is a no-op', () => {
    const enrolled = [created, { type: 'UserMfaEnrolled', data: { userId, at: now } } as UserEvent];
    given([created]).when({ type: 'ConfirmMfaEnrolment', data: { now } }).then([{ type: 'UserMfaEnrolled', data: { userId, at: now } }]);
    given(enrolled).when({ type: 'ConfirmMfaEnrolment', data: { now } }).thenFails('user.mfa-already-enrolled');
    given(enrolled).when({ type: 'ResetMfa', data: { now } }).then([{ type: 'UserMfaReset', data: { userId, at: now } }]);
    given([created]).when({ type: 'ResetMfa', data: { now } }).then([]);
  });
  it('evolves the state', () => {
    const state = [created, { type: 'UserPasswordSet', data: { userId, via: 'admin', at: now } } as UserEvent, { type: 'UserMfaEnrolled', data: { userId, at: now } } as UserEvent]
      .reduce(evolveUser, initialUserState());
    expect(state).toMatchObject({ exists: true, email: 'ana@provedor.test', status: 'active', hasPassword: true, mfaEnrolled: true, roles: ['atendente'] });
  });
});
