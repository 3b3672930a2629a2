import { describe, expect, it } from 'vitest';
import { decideRole, evolveRole, initialRoleState, type RoleCommand } from './role.decider.js';
import type { RoleEvent } from './role.events.js';
import { DomainError } from './errors.js';

const now = '2025-01-01T00:00:00.000Z';
const roleId = 'r-1';
const created: RoleEvent = { type: 'RoleCreated', data: { roleId, name: 'NOC', description: '', permissions: ['network:read'], mfaRequired: false, at: now } };

function given(events: RoleEvent[]) {
  const state = events.reduce(evolveRole, initialRoleState());
  return {
    when: (command: RoleCommand) => ({
      then: (expected: RoleEvent[]) => expect(decideRole(command, state)).toEqual(expected),
      thenFails: (code: string) => {
        let error: unknown;
        try {
          decideRole(command, state);
        } catch (err) {
          error = err;
        }
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe(code);
      },
    }),
  };
}

describe('role decider', () => {
  it('creates a custom role from catalogue permissions', () => {
    given([]).when({ type: 'CreateRole', data: { roleId, name: 'NOC', description: '', permissions: ['network:read', 'network:read'], mfaRequired: false, now } }).then([created]);
  });
  it('refuses unknown permissions, an empty set and built-in names', () => {
    given([]).when({ type: 'CreateRole', data: { roleId, name: 'X', description: '', permissions: ['rockets:launch'], mfaRequired: false, now } }).thenFails('role.unknown-permission');
    given([]).when({ type: 'CreateRole', data: { roleId, name: 'X', description: '', permissions: [], mfaRequired: false, now } }).thenFails('role.needs-a-permission');
    given([]).when({ type: 'CreateRole', data: { roleId, name: 'Gerente', description: '', permissions: ['network:read'], mfaRequired: false, now } }).thenFails('role.name-reserved');
    given([created]).when({ type: 'CreateRole', data: { roleId, name: 'Y', description: '', permissions: ['network:read'], mfaRequired: false, now } }).thenFails('role.already-exists');
  });
  it('changes only what differs; nothing when nothing differs', () => {
    given([created]).when({ type: 'ChangeRole', data: { permissions: ['network:write', 'network:read'], mfaRequired: true, name: 'NOC', now } })
      .then([{ type: 'RoleChanged', data: { roleId, permissions: ['network:write', 'network:read'], mfaRequired: true, at: now } }]);
    given([created]).when({ type: 'ChangeRole', data: { permissions: ['network:read'], now } }).then([]);
    given([]).when({ type: 'ChangeRole', data: { name: 'Z', now } }).thenFails('role.not-found');
    given([created]).when({ type: 'ChangeRole', data: { name: 'admin', now } }).thenFails('role.name-reserved');
  });
  it('evolves', () => {
    const s = [created, { type: 'RoleChanged', data: { roleId, name: 'NOC 2', at: now } } as RoleEvent].reduce(evolveRole, initialRoleState());
    expect(s).toMatchObject({ exists: true, name: 'NOC 2', permissions: ['network:read'] });
  });
});
