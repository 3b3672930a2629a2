import type { InlineProjection, RecordedEvent } from '@netprovider/event-store';

/*
 * collections_contracts: customer, plan (which ladder applies), PPPoE login (for the network events) and
 * status of each contract, from the contracts context's events (their `facts`; never its tables).
 */

interface Facts { customerId: string; planId: string; pppoeLogin: string }

const STATUS: Record<string, string> = {
  ContractDrafted: 'draft', ContractAccepted: 'awaiting_installation', ContractActivated: 'active', ContractSuspended: 'suspended',
  ContractReactivated: 'active', ContractCancelled: 'cancelled',
};

export const COLLECTIONS_CONTRACT_EVENT_TYPES = [
  'ContractDrafted', 'ContractAccepted', 'ContractActivated', 'ContractSuspended', 'ContractReactivated', 'ContractCancelled', 'ContractPlanChanged',
  'ContractOwnershipTransferred', 'ContractPppoeCredentialsChanged', 'ContractPriceAdjusted',
] as const;

export function collectionsContractsProjection(): InlineProjection {
  return {
    name: 'collections-contracts',
    eventTypes: COLLECTIONS_CONTRACT_EVENT_TYPES,
    async handle(events: readonly RecordedEvent[], tx) {
      for (const e of events) {
        if (!e.streamId.startsWith('contract-')) continue;
        const contractId = e.streamId.slice('contract-'.length);
        const d = e.data as { facts?: Facts; customerId?: string; plan?: { planId: string }; pppoe?: { login: string } };
        const at = e.recordedAt.toISOString();
        if (e.type === 'ContractDrafted') {
          await tx.query(
            `INSERT INTO collections_contracts (contract_id, company_id, customer_id, plan_id, pppoe_login, status, updated_at) VALUES ($1, $2, $3, $4, $5, 'draft', $6)
             ON CONFLICT (contract_id) DO NOTHING`,
            [contractId, e.metadata.companyId, d.customerId, d.plan?.planId ?? null, d.pppoe?.login ?? null, at],
          );
          continue;
        }
        if (d.facts) {
          await tx.query(`UPDATE collections_contracts SET customer_id = $2, plan_id = $3, pppoe_login = $4, updated_at = $5 WHERE contract_id = $1`, [
            contractId, d.facts.customerId, d.facts.planId, d.facts.pppoeLogin ?? null, at,
          ]);
        }
        const status = STATUS[e.type];
        if (status) await tx.query(`UPDATE collections_contracts SET status = $2, updated_at = $3 WHERE contract_id = $1`, [contractId, status, at]);
      }
    },
  };
}
