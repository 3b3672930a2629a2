import type { RecordedEvent } from '@netprovider/event-store';
import { integrationEventFrom } from '../../platform/messaging/integration-event.js';
import type { IntegrationEventMapper } from '../../platform/messaging/outbox.js';
import type {
  AddOnSnapshot,
  ContractActivated,
  ContractAddOnAdded,
  ContractFixedIpAssigned,
  ContractOwnershipTransferred,
  ContractPriceAdjusted,
  ContractCancelled,
  ContractFacts,
  ContractPlanChanged,
  ContractPppoeCredentialsChanged,
  ContractReactivated,
  ContractSuspended,
} from './domain/contract.events.js';

/**
 * What the contracts context tells other modules and services (billing, network/RADIUS, dashboards):
 * versioned integration events, their own types, published by the outbox to `<prefix>.contracts` keyed by
 * the contract stream. They carry no personal data and no secrets: no address, no PPPoE password (the
 * network module reads credentials through the contracts query API when it provisions).
 */
export interface ContractIntegrationFacts {
  contractId: string;
  customerId: string;
  planId: string;
  planVersion: number;
  priceCents: number;
  downloadMbps: number;
  uploadMbps: number;
  /** Add-on services with the price version the contract pays (billing issues NFS-e for them). */
  addOns: AddOnSnapshot[];
  dueDay: number;
  pppoeLogin: string;
  fixedIp?: string;
}

const SOURCE = 'contracts';

function publicFacts(f: ContractFacts): ContractIntegrationFacts {
  const out: ContractIntegrationFacts = {
    contractId: f.contractId,
    customerId: f.customerId,
    planId: f.planId,
    planVersion: f.planVersion,
    priceCents: f.priceCents,
    downloadMbps: f.downloadMbps,
    uploadMbps: f.uploadMbps,
    addOns: f.addOns.map((a) => ({ addOnId: a.addOnId, version: a.version, priceCents: a.priceCents })),
    dueDay: f.dueDay,
    pppoeLogin: f.pppoeLogin,
  };
  if (f.fixedIp) out.fixedIp = f.fixedIp;
  return out;
}

function mapper<E extends { data: unknown }>(eventType: string, type: string, data: (d: E['data']) => unknown): IntegrationEventMapper {
  return {
    eventType,
    map: (e: RecordedEvent) => integrationEventFrom(e, { type, version: 1, source: SOURCE, data: data(e.data as E['data']) }),
  };
}

export const contractIntegrationEvents: IntegrationEventMapper[] = [
  mapper<ContractActivated>('ContractActivated', 'contracts.ContractActivated', (d) => ({
    ...publicFacts(d.facts),
    activatedOn: d.activatedOn,
    billingStartsOn: d.billingStartsOn,
  })),
  mapper<ContractSuspended>('ContractSuspended', 'contracts.ContractSuspended', (d) => ({
    ...publicFacts(d.facts),
    reason: d.reason,
    startsOn: d.startsOn,
    endsOn: d.endsOn ?? null,
  })),
  mapper<ContractReactivated>('ContractReactivated', 'contracts.ContractReactivated', (d) => ({
    ...publicFacts(d.facts),
    on: d.on,
    suspensionReason: d.suspensionReason,
    suspendedDays: d.suspendedDays,
  })),
  mapper<ContractCancelled>('ContractCancelled', 'contracts.ContractCancelled', (d) => ({
    ...publicFacts(d.facts),
    reason: d.reason,
    cancelledOn: d.cancelledOn,
    penaltyCents: d.penalty?.amountCents ?? 0,
  })),
  mapper<ContractPlanChanged>('ContractPlanChanged', 'contracts.ContractPlanChanged', (d) => ({
    ...publicFacts(d.facts),
    direction: d.direction,
    effectiveOn: d.effectiveOn,
    fromPlanId: d.from.planId,
    toPlanId: d.to.planId,
  })),
  mapper<ContractPppoeCredentialsChanged>('ContractPppoeCredentialsChanged', 'contracts.PppoeCredentialsChanged', (d) => ({
    ...publicFacts(d.facts),
    previousLogin: d.previousLogin,
  })),
  mapper<{ data: { facts: ContractFacts } }>('ContractInstallationAddressChanged', 'contracts.ContractAddressChanged', (d) => publicFacts(d.facts)),
  mapper<ContractOwnershipTransferred>('ContractOwnershipTransferred', 'contracts.ContractOwnershipTransferred', (d) => ({
    ...publicFacts(d.facts),
    fromCustomerId: d.fromCustomerId,
    toCustomerId: d.toCustomerId,
    on: d.on,
  })),
  mapper<ContractFixedIpAssigned>('ContractFixedIpAssigned', 'contracts.FixedIpChanged', (d) => ({ ...publicFacts(d.facts), change: 'assigned', ip: d.ip })),
  mapper<ContractFixedIpAssigned>('ContractFixedIpReleased', 'contracts.FixedIpChanged', (d) => ({ ...publicFacts(d.facts), change: 'released', ip: d.ip })),
  mapper<ContractPriceAdjusted>('ContractPriceAdjusted', 'contracts.ContractPriceAdjusted', (d) => ({
    ...publicFacts(d.facts),
    fromPlanVersion: d.from.planVersion,
    toPlanVersion: d.to.planVersion,
    fromPriceCents: d.from.priceCents,
    toPriceCents: d.to.priceCents,
    effectiveOn: d.effectiveOn,
  })),
  mapper<ContractAddOnAdded>('ContractAddOnAdded', 'contracts.ContractAddOnsChanged', (d) => ({ ...publicFacts(d.facts), change: 'added', addOnId: d.addOn.addOnId })),
  mapper<ContractAddOnAdded>('ContractAddOnRemoved', 'contracts.ContractAddOnsChanged', (d) => ({ ...publicFacts(d.facts), change: 'removed', addOnId: d.addOn.addOnId })),
];
