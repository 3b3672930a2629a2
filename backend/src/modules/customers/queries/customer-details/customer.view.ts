import { document as brDocument } from '@netprovider/br-docs';
import type { CustomerState, CustomerStatus } from '../../domain/customer.decider.js';

/** A customer as the API shows it (folded from its events; after erasure only the pseudonym remains). */
export function customerView(state: CustomerState, version: number) {
  const erased = state.status === 'erased';
  const doc = !erased && state.document ? brDocument.safeParse(state.document) : null;
  return {
    id: state.customerId,
    kind: state.kind,
    status: state.status as Exclude<CustomerStatus, 'none'>, // folded from at least its registration
    name: erased ? null : state.name || null,
    pseudonym: erased ? state.name : null,
    tradeName: state.tradeName ?? null,
    document: erased ? null : state.document || null,
    documentFormatted: doc?.ok ? doc.formatted : null,
    stateRegistration: state.stateRegistration ?? null,
    birthDate: state.birthDate ?? null,
    foundationDate: state.foundationDate ?? null,
    emails: state.emails ?? [],
    phones: state.phones ?? [],
    addresses: state.addresses ?? [],
    tags: state.tags,
    guarantor: state.guarantor ?? null,
    consents: state.consents,
    version,
  };
}
export type CustomerView = ReturnType<typeof customerView>;
