import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import { BUILT_IN_ROLES, isBuiltInRole, mfaRequiredFor, permissionsOf, type Permission, type RoleDefinition } from '../domain/permissions.js';

/** Built-in roles plus the custom ones (read model `identity_roles`), resolved per request. */
@Injectable()
export class RoleCatalogue {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async custom(keys?: readonly string[]): Promise<Map<string, RoleDefinition>> {
    const wanted = keys?.filter((k) => !isBuiltInRole(k));
    if (wanted && wanted.length === 0) return new Map();
    const r = await this.db.query<{ id: string; name: string; description: string; permissions: string[]; mfa_required: boolean }>(
      wanted ? 'SELECT * FROM identity_roles WHERE id = ANY($1::text[])' : 'SELECT * FROM identity_roles ORDER BY lower(name)',
      wanted ? [wanted] : [],
    );
    return new Map(
      r.rows.map((row) => [
        row.id,
        { key: row.id, name: row.name, description: row.description, permissions: row.permissions as Permission[], mfaRequired: row.mfa_required, builtIn: false },
      ]),
    );
  }

  async all(): Promise<RoleDefinition[]> {
    return [...Object.values(BUILT_IN_ROLES), ...(await this.custom()).values()];
  }

  async resolve(roleKeys: readonly string[]): Promise<{ permissions: Set<Permission>; mfaRequired: boolean; unknown: string[] }> {
    const custom = await this.custom(roleKeys);
    return {
      permissions: permissionsOf(roleKeys, custom),
      mfaRequired: mfaRequiredFor(roleKeys, custom),
      unknown: roleKeys.filter((k) => !isBuiltInRole(k) && !custom.has(k)),
    };
  }
}
