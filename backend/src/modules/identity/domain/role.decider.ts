import { DomainError } from './errors.js';
import { isBuiltInRole, isPermission, type Permission } from './permissions.js';
import type { RoleEvent } from './role.events.js';

export interface RoleState {
  exists: boolean;
  roleId: string;
  name: string;
  description: string;
  permissions: Permission[];
  mfaRequired: boolean;
}

export const initialRoleState = (): RoleState => ({ exists: false, roleId: '', name: '', description: '', permissions: [], mfaRequired: false });

export type RoleCommand =
  | { type: 'CreateRole'; data: { roleId: string; name: string; description: string; permissions: string[]; mfaRequired: boolean; now: string } }
  | { type: 'ChangeRole'; data: { name?: string; description?: string; permissions?: string[]; mfaRequired?: boolean; now: string } };

function checkName(name: string): void {
  if (isBuiltInRole(name.toLowerCase())) throw new DomainError('role.name-reserved', `"${name}" is a built-in role`);
}

function checkPermissions(list: readonly string[]): Permission[] {
  const unknown = list.filter((p) => !isPermission(p));
  if (unknown.length) throw new DomainError('role.unknown-permission', `unknown permissions: ${unknown.join(', ')}`, { unknown });
  if (list.length === 0) throw new DomainError('role.needs-a-permission');
  return [...new Set(list)] as Permission[];
}

export function decideRole(command: RoleCommand, state: RoleState): RoleEvent[] {
  switch (command.type) {
    case 'CreateRole': {
      if (state.exists) throw new DomainError('role.already-exists');
      const d = command.data;
      checkName(d.name);
      return [{ type: 'RoleCreated', data: { roleId: d.roleId, name: d.name, description: d.description, permissions: checkPermissions(d.permissions), mfaRequired: d.mfaRequired, at: d.now } }];
    }
    case 'ChangeRole': {
      if (!state.exists) throw new DomainError('role.not-found');
      const d = command.data;
      const change: Omit<Extract<RoleEvent, { type: 'RoleChanged' }>['data'], 'roleId' | 'at'> = {};
      if (d.name !== undefined && d.name !== state.name) {
        checkName(d.name);
        change.name = d.name;
      }
      if (d.description !== undefined && d.description !== state.description) change.description = d.description;
      if (d.permissions !== undefined) {
        const next = checkPermissions(d.permissions);
        if ([...next].sort().join() !== [...state.permissions].sort().join()) change.permissions = next;
      }
      if (d.mfaRequired !== undefined && d.mfaRequired !== state.mfaRequired) change.mfaRequired = d.mfaRequired;
      if (Object.keys(change).length === 0) return [];
      return [{ type: 'RoleChanged', data: { roleId: state.roleId, ...change, at: d.now } }];
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

export function evolveRole(state: RoleState, event: RoleEvent): RoleState {
  switch (event.type) {
    case 'RoleCreated':
      return { exists: true, roleId: event.data.roleId, name: event.data.name, description: event.data.description, permissions: event.data.permissions, mfaRequired: event.data.mfaRequired };
    case 'RoleChanged':
      return {
        ...state,
        name: event.data.name ?? state.name,
        description: event.data.description ?? state.description,
        permissions: event.data.permissions ?? state.permissions,
        mfaRequired: event.data.mfaRequired ?? state.mfaRequired,
      };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
