/**
 * Plano de contas. Four kinds feed the DRE (income statement); a few accounts carry a `systemKey` because
 * finance posts to them on its own (revenue from invoices, discounts, cancellations, fines and interest, bank
 * fees, bad debt). Those can be renamed but not removed or moved to another kind; every other account is the
 * company's to add, rename or deactivate.
 */
export type AccountKind = 'revenue' | 'deduction' | 'cost' | 'expense';

export type SystemKey =
  | 'revenue.scm' | 'revenue.sva' | 'revenue.installation' | 'revenue.fines-interest' | 'revenue.other'
  | 'deduction.taxes' | 'deduction.discounts' | 'deduction.cancellations'
  | 'cost.link' | 'cost.network-maintenance' | 'cost.depreciation'
  | 'expense.personnel' | 'expense.administrative' | 'expense.bank-fees' | 'expense.bad-debt';

export interface ChartAccount {
  code: string;
  name: string;
  kind: AccountKind;
  systemKey: SystemKey | null;
}

/** A sensible default for an ISP (SCM licensee that also sells SVA). */
export const DEFAULT_CHART: readonly ChartAccount[] = [
  { code: '3.1.01', name: 'Receita de internet (SCM)', kind: 'revenue', systemKey: 'revenue.scm' },
  { code: '3.1.02', name: 'Receita de serviços de valor adicionado (SVA)', kind: 'revenue', systemKey: 'revenue.sva' },
  { code: '3.1.03', name: 'Receita de instalação', kind: 'revenue', systemKey: 'revenue.installation' },
  { code: '3.1.04', name: 'Multas e juros recebidos', kind: 'revenue', systemKey: 'revenue.fines-interest' },
  { code: '3.1.09', name: 'Outras receitas de serviços', kind: 'revenue', systemKey: 'revenue.other' },
  { code: '3.2.01', name: 'Impostos sobre a receita (ICMS, ISS, PIS, COFINS, Simples)', kind: 'deduction', systemKey: 'deduction.taxes' },
  { code: '3.2.02', name: 'Descontos concedidos', kind: 'deduction', systemKey: 'deduction.discounts' },
  { code: '3.2.03', name: 'Cancelamentos', kind: 'deduction', systemKey: 'deduction.cancellations' },
  { code: '4.1.01', name: 'Link e trânsito IP', kind: 'cost', systemKey: 'cost.link' },
  { code: '4.1.02', name: 'Manutenção de rede', kind: 'cost', systemKey: 'cost.network-maintenance' },
  { code: '4.1.03', name: 'Depreciação de equipamentos', kind: 'cost', systemKey: 'cost.depreciation' },
  { code: '4.2.01', name: 'Pessoal', kind: 'expense', systemKey: 'expense.personnel' },
  { code: '4.2.02', name: 'Despesas administrativas', kind: 'expense', systemKey: 'expense.administrative' },
  { code: '4.2.03', name: 'Tarifas bancárias', kind: 'expense', systemKey: 'expense.bank-fees' },
  { code: '4.2.04', name: 'Perdas com clientes (inadimplência)', kind: 'expense', systemKey: 'expense.bad-debt' },
];

export const ACCOUNT_KINDS: readonly AccountKind[] = ['revenue', 'deduction', 'cost', 'expense'];

/** Where an invoice item's amount is recognised: positive lines are revenue, negative ones are discounts. */
export function revenueKeyOfItem(kind: string, amountCents: number): SystemKey | null {
  if (kind === 'agreement') return null; // debt already recognised on the renegotiated invoices
  if (amountCents < 0) return 'deduction.discounts';
  switch (kind) {
    case 'plan':
    case 'adjustment':
      return 'revenue.scm';
    case 'add-on':
      return 'revenue.sva';
    case 'installation':
      return 'revenue.installation';
    case 'agreement-charges':
      return 'revenue.fines-interest';
    default:
      return 'revenue.other';
  }
}
