import type { Permission } from './permissions.js';

/** Events of a custom role (stream `role-<uuid>`); built-in roles are code, not events. */
export type RoleEvent =
  | { type: 'RoleCreated'; data: { roleId: string; name: string; description: string; permissions: Permission[]; mfaRequired: boolean; at: string } }
  | { type: 'RoleChanged'; data: { roleId: string; name?: string; description?: string; permissions?: Permission[]; mfaRequired?: boolean; at: string } };

export const ROLE_EVENT_TYPES = ['RoleCreated', 'RoleChanged'] as const;
export const roleStream = (roleId: string) => `role-${roleId}`;
