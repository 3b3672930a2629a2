import type { EventStore, InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import { contractDecider, type ContractState } from '../../domain/contract.decider.js';
import type { ContractEvent, ContractEventType } from '../../domain/contract.events.js';

const TYPES: readonly ContractEventType[] = [
  'ContractDrafted', 'ContractAccepted', 'ContractActivated', 'ContractSuspended', 'ContractReactivated', 'ContractPlanChanged',
  'ContractInstallationAddressChanged', 'ContractOwnershipTransferred', 'ContractPppoeCredentialsChanged', 'ContractFixedIpAssigned',
  'ContractFixedIpReleased', 'ContractAddOnAdded', 'ContractAddOnRemoved', 'ContractPriceAdjusted', 'ContractCancelled',
];

/** The contract directory (status, customer, plan, due day), folded per touched stream inside the append. */
export function contractDirectoryProjection(store: EventStore): InlineProjection {
  return {
    name: 'contracts-directory',
    eventTypes: TYPES,
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      const last = new Map<string, RecordedEvent>();
      for (const e of events) if (e.streamId.startsWith('contract-')) last.set(e.streamId, e);
      for (const [streamId, e] of last) {
        const { state: s, version } = await store.aggregateStream<ContractState, RecordedEvent>(
          streamId,
          (st, ev) => contractDecider.evolve(st, { type: ev.type, data: ev.data } as ContractEvent),
          contractDecider.initialState,
          { tx },
        );
        const at = e.recordedAt.toISOString();
        await tx.query(
          `INSERT INTO contracts_directory (id, company_id, customer_id, plan_id, plan_version, price_cents, status, due_day, activated_on, version, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
           ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, plan_id = EXCLUDED.plan_id, plan_version = EXCLUDED.plan_version,
             price_cents = EXCLUDED.price_cents, status = EXCLUDED.status, due_day = EXCLUDED.due_day, activated_on = EXCLUDED.activated_on,
             version = EXCLUDED.version, updated_at = EXCLUDED.updated_at`,
          [s.contractId, e.metadata.companyId, s.customerId, s.plan!.planId, s.plan!.planVersion, s.plan!.priceCents, s.status, s.dueDay, s.activatedOn ?? null, version, at],
        );
      }
    },
  };
}
