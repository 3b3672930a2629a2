import type { BillableContract } from '../domain/monthly-invoice.js';

/** The columns of billing_contracts a monthly invoice needs, and their mapping (one place for every reader). */
export const BILLABLE_COLUMNS = `contract_id, customer_id, status, due_day, billing_starts_on::text AS billing_starts_on, cancelled_on::text AS cancelled_on,
  plan_name, price_cents, add_ons, promotion, pending_adjustments, plan_id, combo`;

export interface BillableRow {
  contract_id: string;
  customer_id: string;
  status: BillableContract['status'];
  due_day: number;
  billing_starts_on: string | null;
  cancelled_on: string | null;
  plan_name: string;
  price_cents: string | number;
  add_ons: BillableContract['addOns'];
  promotion: BillableContract['promotion'];
  pending_adjustments: BillableContract['pendingAdjustments'];
  plan_id: string | null;
  combo: BillableContract['combo'];
}

export const toBillable = (c: BillableRow): BillableContract => ({
  contractId: c.contract_id, customerId: c.customer_id, status: c.status, dueDay: c.due_day, billingStartsOn: c.billing_starts_on, cancelledOn: c.cancelled_on,
  planName: c.plan_name, priceCents: Number(c.price_cents), addOns: c.add_ons, promotion: c.promotion, pendingAdjustments: c.pending_adjustments,
  planId: c.plan_id, combo: c.combo,
});
