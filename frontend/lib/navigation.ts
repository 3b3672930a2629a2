import { messages } from '../messages/pt-BR';

export interface NavItem {
  href: string;
  label: string;
  /** The permission that reading this screen needs (null: every signed-in staff user). */
  permission: string | null;
}

const t = messages.nav;

/** The back office menu, in order. A screen whose API route the user may not read is not offered. */
export const NAV: readonly NavItem[] = [
  { href: '/', label: t.dashboard, permission: null },
  { href: '/clientes', label: t.customers, permission: 'customers:read' },
  { href: '/contratos', label: t.contracts, permission: 'contracts:read' },
  { href: '/planos', label: t.plans, permission: 'plans:read' },
  { href: '/adicionais', label: t.addOns, permission: 'plans:read' },
  { href: '/promocoes', label: t.promotions, permission: 'plans:read' },
  { href: '/faturamento', label: t.billingRuns, permission: 'billing-runs:read' },
  { href: '/faturas', label: t.invoices, permission: 'invoices:read' },
  { href: '/arquivos-bancarios', label: t.bankFiles, permission: 'payments:read' },
  { href: '/conciliacao', label: t.reconciliation, permission: 'payments:read' },
  { href: '/contas-cobranca', label: t.collectionAccounts, permission: 'collection-accounts:read' },
  { href: '/regras-cobranca', label: t.billingSettings, permission: 'collection-accounts:read' },
  { href: '/chamados', label: t.tickets, permission: 'tickets:read' },
  { href: '/usuarios', label: t.users, permission: 'users:read' },
  { href: '/perfis', label: t.roles, permission: 'roles:read' },
];

export function visibleNav(permissions: readonly string[]): NavItem[] {
  const granted = new Set(permissions);
  return NAV.filter((i) => i.permission === null || granted.has(i.permission));
}

/** Whether `pathname` is in the section of `href` (`/clientes/123` is in `/clientes`; `/` only itself). */
export function isActive(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(href + '/');
}
