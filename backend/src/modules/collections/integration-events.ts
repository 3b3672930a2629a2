import type { RecordedEvent } from '@netprovider/event-store';
import { integrationEventFrom } from '../../platform/messaging/integration-event.js';
import type { IntegrationEventMapper } from '../../platform/messaging/outbox.js';
import type { DunningStepApplied, ServiceRestored } from './domain/dunning.events.js';

/**
 * What collections tells the network module (RADIUS / CoA, a later issue) and other services: versioned
 * integration events on `<prefix>.collections`, keyed by the dunning stream (`dunning-<contractId>`), so a
 * contract's changes arrive in order. No personal data: ids, the PPPoE login (a network identifier), dates.
 *
 * - `collections.ServiceThrottled` / `ServiceRedirected` / `ServiceBlocked` v1: apply the restriction
 *   (`ServiceBlocked` with reason `delinquency-cancellation` when the ladder reached its cancel step: keep it
 *   blocked while the contract is cancelled).
 * - `collections.ServiceRestored` v1: lift any restriction (`reason` payment or trust; `until` for trust).
 */
export interface ServiceRestrictionV1 {
  contractId: string;
  customerId: string;
  pppoeLogin: string | null;
  reason: 'delinquency' | 'delinquency-cancellation';
  stepId: string;
  invoiceIds: string[];
  on: string;
}

export interface ServiceRestoredV1 {
  contractId: string;
  customerId: string;
  pppoeLogin: string | null;
  reason: 'payment' | 'trust';
  invoiceIds: string[];
  on: string;
  until: string | null;
}

const SOURCE = 'collections';
const TYPES = { throttle: 'collections.ServiceThrottled', redirect: 'collections.ServiceRedirected', block: 'collections.ServiceBlocked', cancel: 'collections.ServiceBlocked' } as const;

export const collectionsIntegrationEvents: IntegrationEventMapper[] = [
  {
    eventType: 'DunningStepApplied',
    map: (e: RecordedEvent) => {
      const d = e.data as DunningStepApplied['data'];
      if (!(d.action in TYPES)) return null;
      const data: ServiceRestrictionV1 = {
        contractId: d.contractId, customerId: d.customerId, pppoeLogin: d.pppoeLogin, reason: d.action === 'cancel' ? 'delinquency-cancellation' : 'delinquency',
        stepId: d.stepId, invoiceIds: d.invoiceIds, on: d.on,
      };
      return integrationEventFrom(e, { type: TYPES[d.action as keyof typeof TYPES], version: 1, source: SOURCE, data });
    },
  },
  {
    eventType: 'ServiceRestored',
    map: (e: RecordedEvent) => {
      const d = e.data as ServiceRestored['data'];
      const data: ServiceRestoredV1 = { contractId: d.contractId, customerId: d.customerId, pppoeLogin: d.pppoeLogin, reason: d.reason, invoiceIds: d.invoiceIds, on: d.on, until: d.until };
      return integrationEventFrom(e, { type: 'collections.ServiceRestored', version: 1, source: SOURCE, data });
    },
  },
];
