import type { ContractEventType } from './contract.events.js';

/*
 * Personal (or secret) fields of contract events, for crypto-shredding under the customer's data key (same
 * subject as the customers context: erasing a customer makes its contracts' addresses unreadable too).
 * The PPPoE password is a secret rather than personal data; it is encrypted the same way so it never sits
 * in clear in the event store. Zip code, district, city, IBGE code and state stay in clear (coverage,
 * tax and network statistics). Shape matches PersonalDataPolicy of @netprovider/event-store.
 * Subject = the customer holding the contract when the event happened (after a transfer, the new one).
 */
export interface ContractPersonalDataPolicy {
  subjectId(data: Record<string, unknown>, streamId: string): string | null;
  fields: readonly string[];
}

const ADDRESS = ['street', 'number', 'complement', 'lat', 'lng'] as const;
const at = (prefix: string) => ADDRESS.map((f) => `${prefix}.${f}`);

const fromFacts = (fields: readonly string[]): ContractPersonalDataPolicy => ({
  subjectId: (data) => {
    const facts = data.facts as { customerId?: unknown } | undefined;
    const id = facts?.customerId ?? data.customerId;
    return typeof id === 'string' ? id : null;
  },
  fields,
});

const FACTS = [...at('facts.installationAddress'), ...at('facts.billingAddress')];

export const contractPersonalData: Record<ContractEventType, ContractPersonalDataPolicy> = {
  ContractDrafted: fromFacts([...at('installationAddress'), ...at('billingAddress'), 'pppoe.password']),
  ContractAccepted: fromFacts(['evidence', 'electronic.ip', 'electronic.userAgent']),
  ContractActivated: fromFacts(FACTS),
  ContractSuspended: fromFacts(FACTS),
  ContractReactivated: fromFacts(FACTS),
  ContractPlanChanged: fromFacts(FACTS),
  ContractInstallationAddressChanged: fromFacts([...FACTS, ...at('previous')]),
  ContractOwnershipTransferred: fromFacts(FACTS),
  ContractPppoeCredentialsChanged: fromFacts([...FACTS, 'password']),
  ContractFixedIpAssigned: fromFacts(FACTS),
  ContractFixedIpReleased: fromFacts(FACTS),
  ContractAddOnAdded: fromFacts(FACTS),
  ContractAddOnRemoved: fromFacts(FACTS),
  ContractPriceAdjusted: fromFacts(FACTS),
  ContractCancelled: fromFacts(FACTS),
};
