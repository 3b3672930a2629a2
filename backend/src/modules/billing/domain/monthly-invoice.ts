import { daysBetween, daysInMonth } from '../../../shared-kernel/business-date.js';
import type { InvoiceItem } from './invoice.events.js';

/**
 * What billing knows about a contract (fed by the contracts context's events, never its tables): enough to
 * compute the monthly invoice. Prices in centavos.
 */
export interface BillableContract {
  contractId: string;
  customerId: string;
  status: 'draft' | 'awaiting_installation' | 'active' | 'suspended' | 'cancelled';
  dueDay: number;
  billingStartsOn: string | null;
  cancelledOn: string | null;
  planName: string;
  priceCents: number;
  addOns: Array<{ addOnId: string; name: string; priceCents: number }>;
  /** Plan id of the current version (the combo discount holds while the plan and the combo's add-ons stay). */
  planId?: string | null;
  /** A combo's discount fixed at sale: (plan + add-ons) − combo price. */
  combo?: { comboId: string; planId: string; addOnIds: string[]; discountCents: number } | null;
  promotion: { promotionId: string; discount: { kind: 'percentage'; basisPoints: number } | { kind: 'fixed'; amountCents: number }; months: number } | null;
  /** One-off amounts waiting for the next invoice: plan-change pro rata, downgrade fee, loyalty penalty. */
  pendingAdjustments: Array<{ id: string; description: string; amountCents: number; /** Not before this competence (instalments). */ fromCompetence?: string }>;
}

export interface MonthlyInvoiceDraft {
  contractId: string;
  customerId: string;
  competence: string;
  dueDate: string;
  items: InvoiceItem[];
  totalCents: number;
  /** Adjustment ids consumed by this invoice. */
  adjustmentIds: string[];
}

export type SkipReason = 'not-billable' | 'not-started' | 'ended' | 'zero-total';

const pad = (n: number) => String(n).padStart(2, '0');

export function competenceBounds(competence: string): { year: number; month: number; first: string; last: string; days: number } {
  const [year, month] = competence.split('-').map(Number) as [number, number];
  const days = daysInMonth(year, month);
  return { year, month, first: `${competence}-01`, last: `${competence}-${pad(days)}`, days };
}

export function isCompetence(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= 2000 && Number(m[1]) <= 2100;
}

/** Due day 1–31 in a month; months without that day use their last day (31 → 30/04, 28/02 or 29/02). */
export function dueDateIn(competence: string, dueDay: number): string {
  const { days } = competenceBounds(competence);
  return `${competence}-${pad(Math.min(dueDay, days))}`;
}

export function nextCompetence(competence: string, months = 1): string {
  const [y, m] = competence.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

const monthIndex = (competence: string) => {
  const [y, m] = competence.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
};

const brl = (cents: number) => {
  const abs = Math.abs(cents);
  const reais = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${cents < 0 ? '-' : ''}R$ ${reais},${pad(abs % 100)}`;
};

/**
 * The invoice of a contract for a competence (the calendar month of service, due on the contract's due day
 * of that month). A month the contract only partly covers (billing starts or the contract ends inside it) is
 * charged pro rata by calendar days, rounded down (in the subscriber's favour); a promotion applies during its
 * first N months of billing; pending adjustments go on the first invoice after them.
 */
export function monthlyInvoice(contract: BillableContract, competence: string): MonthlyInvoiceDraft | { skip: SkipReason } {
  if (contract.status !== 'active' && contract.status !== 'suspended' && contract.status !== 'cancelled') return { skip: 'not-billable' };
  if (!contract.billingStartsOn) return { skip: 'not-started' };
  const { first, last, days } = competenceBounds(competence);
  if (contract.billingStartsOn > last) return { skip: 'not-started' };
  const from = contract.billingStartsOn > first ? contract.billingStartsOn : first;
  const endsOn = contract.cancelledOn ? contract.cancelledOn : null;
  if (endsOn !== null && endsOn < first && !contract.pendingAdjustments.some((a) => !a.fromCompetence || a.fromCompetence <= competence)) return { skip: 'ended' };
  const to = endsOn !== null && endsOn < last ? endsOn : last;
  const serviceDays = endsOn !== null && endsOn < first ? 0 : daysBetween(from, to) + 1;
  const partial = serviceDays < days;
  const prorate = (cents: number) => (partial ? Math.floor((cents * serviceDays) / days) : cents);
  const period = partial ? ` (${serviceDays}/${days} dias)` : '';

  const items: InvoiceItem[] = [];
  if (serviceDays > 0) {
    const plan = prorate(contract.priceCents);
    items.push({ kind: 'plan', description: `${contract.planName} — ${competence.slice(5)}/${competence.slice(0, 4)}${period}`, amountCents: plan });
    for (const a of contract.addOns) items.push({ kind: 'add-on', description: `${a.name}${period}`, amountCents: prorate(a.priceCents), reference: a.addOnId });
    const combo = contract.combo;
    if (combo && combo.discountCents > 0 && (!contract.planId || contract.planId === combo.planId) && combo.addOnIds.every((id) => contract.addOns.some((a) => a.addOnId === id))) {
      const gross = plan + items.filter((i) => i.kind === 'add-on').reduce((sum, i) => sum + i.amountCents, 0);
      const off = Math.min(gross, partial ? Math.ceil((combo.discountCents * serviceDays) / days) : combo.discountCents);
      if (off > 0) items.push({ kind: 'promotion', description: 'Desconto do combo', amountCents: -off, reference: combo.comboId });
    }
    const promo = contract.promotion;
    if (promo && monthIndex(competence) - monthIndex(contract.billingStartsOn.slice(0, 7)) < promo.months) {
      const off = promo.discount.kind === 'percentage'
        ? Math.ceil((plan * promo.discount.basisPoints) / 10_000)
        : Math.min(plan, partial ? Math.ceil((promo.discount.amountCents * serviceDays) / days) : promo.discount.amountCents);
      if (off > 0) items.push({ kind: 'promotion', description: `Desconto promocional (${promo.discount.kind === 'percentage' ? `${promo.discount.basisPoints / 100}%` : brl(promo.discount.amountCents)})`, amountCents: -off, reference: promo.promotionId });
    }
  }
  const ready = contract.pendingAdjustments.filter((a) => !a.fromCompetence || a.fromCompetence <= competence);
  // Credits for days suspended for delinquency go on this invoice while it stays payable (> 0): one that
  // would zero it waits, whole, for the next invoice (oldest first), so a credit is never lost nor split.
  const due = ready.filter((a) => !isSuspendedDaysCredit(a.id));
  let running = items.reduce((s, i) => s + i.amountCents, 0) + due.reduce((s, a) => s + a.amountCents, 0);
  for (const credit of ready.filter((a) => isSuspendedDaysCredit(a.id))) {
    if (running + credit.amountCents <= 0) break;
    running += credit.amountCents;
    due.push(credit);
  }
  for (const adj of due) items.push({ kind: itemKindOfAdjustment(adj.id), description: adj.description, amountCents: adj.amountCents, reference: adj.id });
  const totalCents = items.reduce((s, i) => s + i.amountCents, 0);
  if (totalCents <= 0) return { skip: 'zero-total' };
  let dueDate = dueDateIn(competence, contract.dueDay);
  // Service that starts after the month's due date is billed with the next month's due date.
  if (dueDate < contract.billingStartsOn) dueDate = dueDateIn(nextCompetence(competence), contract.dueDay);
  return { contractId: contract.contractId, customerId: contract.customerId, competence, dueDate, items, totalCents, adjustmentIds: due.map((a) => a.id) };
}

const isSuspendedDaysCredit = (adjustmentId: string) => adjustmentId.includes(':suspended-days:');
const itemKindOfAdjustment = (adjustmentId: string): InvoiceItem['kind'] =>
  adjustmentId.includes(':installation:') ? 'installation' : isSuspendedDaysCredit(adjustmentId) ? 'credit' : 'adjustment';

/**
 * What a full month of service costs the subscriber in a competence (plan + add-ons − combo and promotion
 * discounts, as the monthly invoice computes them, without one-off adjustments): the basis of the credit for
 * days suspended for delinquency. 0 when the month is not billed.
 */
export function monthlyServiceCents(contract: BillableContract, competence: string): number {
  const draft = monthlyInvoice({ ...contract, status: 'active', cancelledOn: null, pendingAdjustments: [] }, competence);
  return 'skip' in draft ? 0 : draft.totalCents;
}

/** The installation fee in equal monthly instalments from `firstCompetence` (the remainder on the first). */
export function installationInstalments(feeCents: number, instalments: number, firstCompetence: string): Array<{ id: string; description: string; amountCents: number; fromCompetence: string }> {
  const base = Math.floor(feeCents / instalments);
  return Array.from({ length: instalments }, (_, i) => ({
    id: String(i + 1),
    description: instalments === 1 ? 'Taxa de instalação' : `Taxa de instalação (parcela ${i + 1}/${instalments})`,
    amountCents: base + (i === 0 ? feeCents - base * instalments : 0),
    fromCompetence: nextCompetence(firstCompetence, i),
  }));
}

export { brl as formatBrl };
