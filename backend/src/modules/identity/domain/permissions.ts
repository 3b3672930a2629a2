/**
 * The permission catalogue of the whole system. Every route declares one of these (or `public`,
 * `authenticated`, `portal`, `mfa-enrolment`); roles are sets of them. Modules that land later use the
 * strings defined here rather than inventing their own, so the role table in docs/security.md stays whole.
 */
export const PERMISSIONS = [
  'customers:read', 'customers:write', 'customers:erase',
  'plans:read', 'plans:write',
  'contracts:read', 'contracts:write',
  'invoices:read', 'invoices:write',
  'payments:read', 'payments:write',
  'billing-runs:read', 'billing-runs:run', 'billing-runs:approve',
  'collection-accounts:read', 'collection-accounts:write',
  'collections:read', 'collections:write',
  'agreements:read', 'agreements:write',
  'write-offs:read', 'write-offs:write',
  'finance:read', 'finance:write',
  'network:read', 'network:write',
  'inventory:read', 'inventory:write',
  'service-orders:read', 'service-orders:write',
  'tickets:read', 'tickets:write',
  'reports:read',
  'users:read', 'users:manage',
  'roles:read', 'roles:manage',
  'companies:read', 'companies:manage',
  'audit:read',
  'settings:read', 'settings:manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const CATALOGUE: ReadonlySet<string> = new Set(PERMISSIONS);

export function isPermission(p: string): p is Permission {
  return CATALOGUE.has(p);
}

const all = (filter: (p: Permission) => boolean = () => true): Permission[] => PERMISSIONS.filter(filter);
const reads = all((p) => p.endsWith(':read'));

export const BUILT_IN_ROLE_NAMES = ['admin', 'gerente', 'financeiro', 'atendente', 'tecnico', 'estoquista'] as const;
export type BuiltInRoleName = (typeof BUILT_IN_ROLE_NAMES)[number];

export interface RoleDefinition {
  /** What users reference in `roles`: the built-in name, or a custom role's id. */
  key: string;
  name: string;
  description: string;
  permissions: readonly Permission[];
  /** Users holding a role with this flag must enrol a second factor before using the system. */
  mfaRequired: boolean;
  builtIn: boolean;
}

/** The built-in roles. Custom roles (event-sourced) add to these; built-in ones cannot be changed. */
export const BUILT_IN_ROLES: Record<BuiltInRoleName, RoleDefinition> = {
  admin: {
    key: 'admin', name: 'admin', builtIn: true, mfaRequired: true,
    description: 'Everything, including users, roles, settings and erasure of personal data.',
    permissions: all(),
  },
  gerente: {
    key: 'gerente', name: 'gerente', builtIn: true, mfaRequired: false,
    description: 'Reads everything and approves billing runs.',
    permissions: [...reads, 'billing-runs:approve'],
  },
  financeiro: {
    key: 'financeiro', name: 'financeiro', builtIn: true, mfaRequired: true,
    description: 'Billing, payments, collections and finance.',
    permissions: [
      'customers:read', 'plans:read', 'contracts:read',
      'invoices:read', 'invoices:write', 'payments:read', 'payments:write',
      'billing-runs:read', 'billing-runs:run',
      'collection-accounts:read', 'collection-accounts:write', 'collections:read', 'collections:write',
      'agreements:read', 'agreements:write', 'write-offs:read', 'write-offs:write',
      'finance:read', 'finance:write', 'reports:read',
    ],
  },
  atendente: {
    key: 'atendente', name: 'atendente', builtIn: true, mfaRequired: false,
    description: 'Customer service: customers, contracts, tickets, service orders.',
    permissions: [
      'customers:read', 'customers:write', 'plans:read', 'contracts:read', 'contracts:write',
      'invoices:read', 'payments:read', 'collections:read', 'agreements:read', 'agreements:write',
      'tickets:read', 'tickets:write', 'service-orders:read', 'service-orders:write', 'network:read',
    ],
  },
  tecnico: {
    key: 'tecnico', name: 'tecnico', builtIn: true, mfaRequired: false,
    description: 'Field technician: service orders, network, equipment.',
    permissions: [
      'customers:read', 'contracts:read', 'service-orders:read', 'service-orders:write',
      'network:read', 'network:write', 'inventory:read', 'tickets:read',
    ],
  },
  estoquista: {
    key: 'estoquista', name: 'estoquista', builtIn: true, mfaRequired: false,
    description: 'Stock: equipment and materials.',
    permissions: ['inventory:read', 'inventory:write', 'service-orders:read'],
  },
};

export function isBuiltInRole(key: string): key is BuiltInRoleName {
  return (BUILT_IN_ROLE_NAMES as readonly string[]).includes(key);
}

/** Union of the permissions of the given roles (unknown keys contribute nothing: deny by default). */
export function permissionsOf(roleKeys: readonly string[], custom: ReadonlyMap<string, RoleDefinition> = new Map()): Set<Permission> {
  const out = new Set<Permission>();
  for (const key of roleKeys) {
    const role = isBuiltInRole(key) ? BUILT_IN_ROLES[key] : custom.get(key);
    for (const p of role?.permissions ?? []) out.add(p);
  }
  return out;
}

export function mfaRequiredFor(roleKeys: readonly string[], custom: ReadonlyMap<string, RoleDefinition> = new Map()): boolean {
  return roleKeys.some((key) => (isBuiltInRole(key) ? BUILT_IN_ROLES[key] : custom.get(key))?.mfaRequired ?? false);
}
