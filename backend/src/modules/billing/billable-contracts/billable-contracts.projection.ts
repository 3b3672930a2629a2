import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import { splitSuspendedDaysCredit, suspendedDaysCreditLines, type SuspendedDaysCreditLine } from '../../collections/public-api.js';
import { addDays } from '../../../shared-kernel/business-date.js';
import { installationInstalments, monthlyServiceCents } from '../domain/monthly-invoice.js';
import { BILLABLE_COLUMNS, toBillable, type BillableRow } from './billable-contract.row.js';

/*
 * billing_contracts: what billing needs of each contract, kept from the contracts context's events (their
 * `facts` and lifecycle data; never its tables). When contracts and billing run as separate services, the
 * same fold is fed by the `contracts.*` integration events instead.
 */

interface Facts {
  contractId: string;
  planId: string;
  customerId: string;
  downloadMbps: number;
  uploadMbps: number;
  priceCents: number;
  addOns?: Array<{ addOnId: string; priceCents: number }>;
  dueDay: number;
}
interface Data {
  facts?: Facts;
  [k: string]: unknown;
}

const STATUS: Record<string, string> = {
  ContractDrafted: 'draft',
  ContractAccepted: 'awaiting_installation',
  ContractActivated: 'active',
  ContractSuspended: 'suspended',
  ContractReactivated: 'active',
  ContractCancelled: 'cancelled',
};

export const BILLABLE_CONTRACT_EVENT_TYPES = [
  'ContractDrafted', 'ContractAccepted', 'ContractActivated', 'ContractSuspended', 'ContractReactivated', 'ContractPlanChanged',
  'ContractOwnershipTransferred', 'ContractCancelled', 'ContractPriceAdjusted', 'ContractAddOnAdded', 'ContractAddOnRemoved',
] as const;

const planName = (down: number, up: number) => `Internet ${down} Mbps / ${up} Mbps`;
const addOns = (list: Array<{ addOnId: string; priceCents: number; name?: string }> = []) =>
  JSON.stringify(list.map((a) => ({ addOnId: a.addOnId, name: a.name ?? 'Serviço adicional (SVA)', priceCents: a.priceCents })));

async function appendAdjustment(tx: Transaction, contractId: string, adj: { id: string; description: string; amountCents: number; fromCompetence?: string }): Promise<void> {
  if (adj.amountCents === 0) return;
  await tx.query(
    `UPDATE billing_contracts SET pending_adjustments = pending_adjustments || $2::jsonb
      WHERE contract_id = $1 AND NOT pending_adjustments @> jsonb_build_array(jsonb_build_object('id', $3::text))`,
    [contractId, JSON.stringify([adj]), adj.id],
  );
}

async function creditEnabled(tx: Transaction, companyId: string | undefined): Promise<boolean> {
  const setting = await tx.query<{ enabled: boolean }>('SELECT credit_delinquency_suspended_days AS enabled FROM billing_settings WHERE company_id = $1', [companyId]);
  return !setting.rows[0] || setting.rows[0].enabled;
}

/** Records a suspended-days credit line as customer credit balance to grant (`GrantSuspendedDaysCredit` appends the event). */
async function decideCreditGrant(tx: Transaction, e: RecordedEvent, customerId: string, contractId: string, line: SuspendedDaysCreditLine, on: string): Promise<void> {
  await tx.query(
    `INSERT INTO billing_credit_grants (id, company_id, customer_id, contract_id, source_event_id, amount_cents, description, decided_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
    [line.id, e.metadata.companyId, customerId, contractId, e.id, -line.amountCents, line.description, on],
  );
}

async function apply(e: RecordedEvent, tx: Transaction): Promise<void> {
  const d = e.data as Data;
  const at = e.recordedAt.toISOString();
  const contractId = e.streamId.slice('contract-'.length);
  if (e.type === 'ContractDrafted') {
    const plan = d.plan as { planId: string; downloadMbps: number; uploadMbps: number; priceCents: number };
    const combo = d.combo as { comboId: string; addOnIds: string[]; discountCents: number } | undefined;
    await tx.query(
      `INSERT INTO billing_contracts (contract_id, company_id, customer_id, status, due_day, plan_name, price_cents, add_ons, promotion, updated_at, plan_id, combo, installation)
       VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (contract_id) DO NOTHING`,
      [contractId, e.metadata.companyId, d.customerId, d.dueDay, planName(plan.downloadMbps, plan.uploadMbps), plan.priceCents,
        addOns(d.addOns as []), d.promotion ? JSON.stringify(d.promotion) : null, at, plan.planId,
        combo ? JSON.stringify({ comboId: combo.comboId, planId: plan.planId, addOnIds: combo.addOnIds, discountCents: combo.discountCents }) : null,
        d.installation ? JSON.stringify(d.installation) : null],
    );
    return;
  }
  const f = d.facts;
  if (f) {
    await tx.query(
      `UPDATE billing_contracts SET customer_id = $2, due_day = $3, plan_name = $4, price_cents = $5, add_ons = $6, updated_at = $7, plan_id = $8 WHERE contract_id = $1`,
      [contractId, f.customerId, f.dueDay, planName(f.downloadMbps, f.uploadMbps), f.priceCents, addOns(f.addOns), at, f.planId],
    );
  }
  const status = STATUS[e.type];
  if (status) await tx.query(`UPDATE billing_contracts SET status = $2, updated_at = $3 WHERE contract_id = $1`, [contractId, status, at]);
  switch (e.type) {
    case 'ContractSuspended':
      await tx.query(`UPDATE billing_contracts SET suspended_since = $2, suspension_reason = $3 WHERE contract_id = $1`, [contractId, d.startsOn, d.reason]);
      break;
    case 'ContractActivated': {
      await tx.query(`UPDATE billing_contracts SET billing_starts_on = $2, promotion = COALESCE($3::jsonb, promotion) WHERE contract_id = $1`, [
        contractId, d.billingStartsOn, d.promotion ? JSON.stringify(d.promotion) : null,
      ]);
      const row = await tx.query<{ installation: { feeCents: number; instalments: number } | null }>('SELECT installation FROM billing_contracts WHERE contract_id = $1', [contractId]);
      const inst = row.rows[0]?.installation;
      if (inst && inst.feeCents > 0) {
        for (const a of installationInstalments(inst.feeCents, inst.instalments, String(d.billingStartsOn).slice(0, 7))) await appendAdjustment(tx, contractId, { ...a, id: `${e.id}:installation:${a.id}` });
      }
      break;
    }
    case 'ContractOwnershipTransferred':
      await tx.query(`UPDATE billing_contracts SET customer_id = $2 WHERE contract_id = $1`, [contractId, d.toCustomerId]);
      break;
    case 'ContractPlanChanged': {
      const pr = d.proRata as { netCents: number; remainingDays: number; cycleDays: number };
      await appendAdjustment(tx, contractId, {
        id: `${e.id}:pro-rata`,
        description: `Ajuste pró-rata da troca de plano em ${String(d.effectiveOn).split('-').reverse().join('/')} (${pr.remainingDays}/${pr.cycleDays} dias)`,
        amountCents: pr.netCents,
      });
      await appendAdjustment(tx, contractId, { id: `${e.id}:fee`, description: 'Taxa de troca de plano na fidelidade', amountCents: Number(d.downgradeFeeCents ?? 0) });
      break;
    }
    case 'ContractReactivated': {
      await tx.query(`UPDATE billing_contracts SET suspended_since = NULL, suspension_reason = NULL WHERE contract_id = $1`, [contractId]);
      // No charge for days suspended for delinquency (Anatel RGC): credit lines on the next invoice, one per
      // month of the suspension, ids from this event (never added twice). A company may turn it off. The lines
      // one invoice cannot absorb (a whole month) become customer credit balance instead (splitSuspendedDaysCredit).
      if (d.suspensionReason !== 'delinquency' || !(Number(d.suspendedDays) > 0)) break;
      if (!(await creditEnabled(tx, e.metadata.companyId))) break;
      const row = await tx.query<BillableRow>(`SELECT ${BILLABLE_COLUMNS} FROM billing_contracts WHERE contract_id = $1`, [contractId]);
      if (!row.rows[0]) break;
      const contract = toBillable(row.rows[0]);
      const on = String(d.on);
      const lines = suspendedDaysCreditLines(e.id, addDays(on, -Number(d.suspendedDays)), on, (c) => monthlyServiceCents(contract, c));
      const { onInvoice, toBalance } = splitSuspendedDaysCredit(lines, contract.pendingAdjustments, monthlyServiceCents(contract, on.slice(0, 7)));
      for (const line of onInvoice) await appendAdjustment(tx, contractId, { id: line.id, description: line.description, amountCents: line.amountCents });
      for (const line of toBalance) await decideCreditGrant(tx, e, contract.customerId, contractId, line, on);
      break;
    }
    case 'ContractCancelled': {
      const suspension = await tx.query<{ since: string | null; reason: string | null }>(
        `SELECT suspended_since::text AS since, suspension_reason AS reason FROM billing_contracts WHERE contract_id = $1`, [contractId],
      );
      await tx.query(`UPDATE billing_contracts SET cancelled_on = $2, suspended_since = NULL, suspension_reason = NULL WHERE contract_id = $1`, [contractId, d.cancelledOn]);
      // Cancelled while suspended for delinquency: the suspended days already charged (months with an issued
      // invoice) are credited to the customer's balance (refundable), since no later invoice will carry them.
      const s = suspension.rows[0];
      if (d.previousStatus === 'suspended' && s?.reason === 'delinquency' && s.since && (await creditEnabled(tx, e.metadata.companyId))) {
        const row = await tx.query<BillableRow>(`SELECT ${BILLABLE_COLUMNS} FROM billing_contracts WHERE contract_id = $1`, [contractId]);
        const charged = await tx.query<{ competence: string }>(
          `SELECT DISTINCT competence FROM billing_invoices WHERE contract_id = $1 AND competence IS NOT NULL AND status <> 'cancelled'`, [contractId],
        );
        const billed = new Set(charged.rows.map((x) => x.competence));
        if (row.rows[0]) {
          const contract = toBillable(row.rows[0]);
          const cancelledOn = String(d.cancelledOn);
          for (const line of suspendedDaysCreditLines(e.id, s.since, cancelledOn, (c) => monthlyServiceCents(contract, c))) {
            if (billed.has(line.competence)) await decideCreditGrant(tx, e, contract.customerId, contractId, line, cancelledOn);
          }
        }
      }
      const penalty = d.penalty as { amountCents: number } | null;
      if (penalty) await appendAdjustment(tx, contractId, { id: `${e.id}:penalty`, description: 'Multa por quebra de fidelidade (proporcional)', amountCents: penalty.amountCents });
      break;
    }
  }
}

export function billableContractsProjection(): InlineProjection {
  return {
    name: 'billing-contracts',
    eventTypes: BILLABLE_CONTRACT_EVENT_TYPES,
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      for (const e of events) if (e.streamId.startsWith('contract-')) await apply(e, tx);
    },
  };
}
