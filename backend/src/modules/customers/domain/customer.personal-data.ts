import type { CustomerEventType } from './customer.events.js';

/*
 * Which fields of each customer event are personal data (LGPD), for crypto-shredding: the event store
 * encrypts them under the customer's data key, and CustomerErased → destroy the key makes them unreadable
 * for good while the events (and their non-personal fields: ids, kind, dates, tags, consent purposes) stay.
 * Shape matches `PersonalDataPolicy` of @netprovider/event-store (`[]` walks arrays); register with
 * `eventStore.addPersonalDataPolicy(type, policy)` for each entry.
 *
 * A new event type must be added here (the `Record` over every event type makes the compiler insist).
 */
export interface CustomerPersonalDataPolicy {
  subjectId(data: Record<string, unknown>, streamId: string): string | null;
  fields: readonly string[];
}

const bySubject = (fields: readonly string[]): CustomerPersonalDataPolicy => ({
  subjectId: (data) => (typeof data.customerId === 'string' ? data.customerId : null),
  fields,
});

const ADDRESS_FIELDS = ['street', 'number', 'complement', 'lat', 'lng'] as const;

export const customerPersonalData: Record<CustomerEventType, CustomerPersonalDataPolicy> = {
  CustomerRegistered: bySubject([
    'name',
    'tradeName',
    'document',
    'stateRegistration',
    'birthDate',
    'emails',
    'phones',
    ...ADDRESS_FIELDS.map((f) => `addresses[].${f}`),
  ]),
  CustomerDetailsUpdated: bySubject(['name', 'tradeName', 'stateRegistration', 'birthDate']),
  CustomerContactUpdated: bySubject(['emails', 'phones']),
  CustomerAddressAdded: bySubject(ADDRESS_FIELDS.map((f) => `address.${f}`)),
  CustomerAddressChanged: bySubject(ADDRESS_FIELDS.map((f) => `address.${f}`)),
  CustomerAddressRemoved: bySubject([]),
  CustomerTagged: bySubject([]),
  CustomerUntagged: bySubject([]),
  // free text written by staff about the customer: treat as personal
  CustomerNoteAdded: bySubject(['text']),
  // the guarantor's data is erased with the customer it guarantees
  GuarantorSet: bySubject(['guarantor']),
  GuarantorRemoved: bySubject([]),
  ConsentGranted: bySubject(['evidence']),
  ConsentRevoked: bySubject(['evidence']),
  CustomerDocumentAttached: bySubject(['fileName']),
  CustomerErasureRequested: bySubject([]),
  PersonalDataExportRequested: bySubject([]),
  CustomerErased: bySubject([]),
};

/**
 * Kept in clear on purpose: zip code, district, city, IBGE code and state of addresses (needed for coverage,
 * tax and churn-by-region statistics after an erasure; not identifying on their own), the PF/PJ kind,
 * consent purposes and dates (proof that consent existed), foundation date of a company (not a natural person).
 * A PJ's razão social and CNPJ are public data but are shredded too: a sole proprietor's (MEI) CNPJ and name
 * identify a person.
 */
export const KEPT_IN_CLEAR = ['addresses[].zipCode', 'addresses[].district', 'addresses[].city', 'addresses[].cityIbgeCode', 'addresses[].state', 'kind', 'foundationDate'] as const;
