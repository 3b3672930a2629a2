import { messages } from '../messages/pt-BR';

export interface NavItem {
  href: string;
  label: string;
  /** The permission that reading this screen needs (null: every signed-in staff user). */
  permission: string | null;
  /** The menu section heading it sits under (none: the top of the menu). */
  group?: string;
}

const t = messages.nav;
const g = messages.nav.groups;

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
  { href: '/cobranca/inadimplentes', label: t.overdue, permission: 'collections:read', group: g.collections },
  { href: '/cobranca/reguas', label: t.ladders, permission: 'collections:read', group: g.collections },
  { href: '/cobranca/mensagens', label: t.dunningMessages, permission: 'collections:read', group: g.collections },
  { href: '/acordos', label: t.agreements, permission: 'agreements:read', group: g.collections },
  { href: '/financeiro/contas-pagar', label: t.payables, permission: 'finance:read', group: g.finance },
  { href: '/financeiro/fornecedores', label: t.suppliers, permission: 'finance:read', group: g.finance },
  { href: '/financeiro/plano-contas', label: t.chartOfAccounts, permission: 'finance:read', group: g.finance },
  { href: '/financeiro/contas', label: t.bankAccounts, permission: 'finance:read', group: g.finance },
  { href: '/financeiro/recorrentes', label: t.recurringBills, permission: 'finance:read', group: g.finance },
  { href: '/relatorios/dre', label: t.reportDre, permission: 'reports:read', group: g.reports },
  { href: '/relatorios/fluxo-caixa', label: t.reportCashFlow, permission: 'reports:read', group: g.reports },
  { href: '/relatorios/aging', label: t.reportAging, permission: 'reports:read', group: g.reports },
  { href: '/relatorios/inadimplencia', label: t.reportDelinquency, permission: 'reports:read', group: g.reports },
  { href: '/auditoria', label: t.audit, permission: 'audit:read', group: g.admin },
  { href: '/usuarios', label: t.users, permission: 'users:read', group: g.admin },
  { href: '/perfis', label: t.roles, permission: 'roles:read', group: g.admin },
];

/** The permission the screen at `pathname` needs (the menu item whose section holds it), null when none. */
export function permissionFor(pathname: string): string | null {
  const item = [...NAV].filter((i) => i.href !== '/' && isActive(i.href, pathname)).sort((a, b) => b.href.length - a.href.length)[0];
  return item?.permission ?? null;
}

export function visibleNav(permissions: readonly string[]): NavItem[] {
  const granted = new Set(permissions);
  return NAV.filter((i) => i.permission === null || granted.has(i.permission));
}

/** Whether `pathname` is in the section of `href` (`/clientes/123` is in `/clientes`; `/` only itself). */
export function isActive(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(href + '/');
}
