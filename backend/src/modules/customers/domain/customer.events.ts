import type { UF } from '@netprovider/br-docs';

/*
 * Events of the customers context (stream `customer-<customerId>`). Names are past tense and stable: a
 * breaking change of a payload gets a new schemaVersion and an upcaster in the event store, never an edit.
 * Values are normalized before they get here: documents without mask (CNPJ upper case), phones in E.164,
 * CEP with 8 digits, e-mails with lower-case domain. Personal fields are listed in customer.personal-data.ts.
 */

export type CustomerKind = 'PF' | 'PJ';
export type AddressType = 'installation' | 'billing' | 'fiscal';

export interface Phone {
  /** E.164, e.g. `+5511987654321`. */
  number: string;
  whatsapp: boolean;
}

export interface Address {
  /** Stable within the customer (`a1`, `a2`...): assigned by the decider in order of addition. */
  id: string;
  type: AddressType;
  /** 8 digits. */
  zipCode: string;
  street: string;
  number: string;
  complement?: string;
  district: string;
  city: string;
  /** 7-digit IBGE code of the city (needed on NFCom). */
  cityIbgeCode?: string;
  state: UF;
  lat?: number;
  lng?: number;
}

export type AddressInput = Omit<Address, 'id'>;

export interface Guarantor {
  name: string;
  /** CPF or CNPJ, normalized. */
  document: string;
  phone?: string;
  email?: string;
}

/** What the data subject consents to (LGPD art. 7 I / art. 8). Contract performance needs no consent. */
export type ConsentPurpose = 'marketing' | 'whatsapp-messages' | 'sms-messages' | 'credit-analysis' | 'data-sharing-partners' | 'usage-analytics';
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = ['marketing', 'whatsapp-messages', 'sms-messages', 'credit-analysis', 'data-sharing-partners', 'usage-analytics'];

export type ConsentChannel = 'portal' | 'app' | 'whatsapp' | 'phone' | 'e-mail' | 'in-person' | 'contract';
export const CONSENT_CHANNELS: readonly ConsentChannel[] = ['portal', 'app', 'whatsapp', 'phone', 'e-mail', 'in-person', 'contract'];

/** `rg` and `cnh` (2026-11) are kinds of identity document; `identity` stays for events recorded before. */
export type CustomerDocumentKind = 'identity' | 'rg' | 'cnh' | 'proof-of-address' | 'articles-of-association' | 'signed-contract' | 'other';

export type CustomerRegistered = {
  type: 'CustomerRegistered';
  data: {
    customerId: string;
    kind: CustomerKind;
    /** PF: full name; PJ: razão social. */
    name: string;
    /** PJ only: nome fantasia. */
    tradeName?: string;
    /** CPF (PF) or CNPJ (PJ, numeric or alphanumeric), normalized. */
    document: string;
    /** Inscrição estadual (digits) or `isento`. */
    stateRegistration?: string;
    /** PF: YYYY-MM-DD. */
    birthDate?: string;
    /** PJ: YYYY-MM-DD. */
    foundationDate?: string;
    emails: string[];
    phones: Phone[];
    addresses: Address[];
    registeredAt: string;
  };
};

export type CustomerDetailsUpdated = {
  type: 'CustomerDetailsUpdated';
  data: {
    customerId: string;
    name: string;
    tradeName?: string;
    stateRegistration?: string;
    birthDate?: string;
    foundationDate?: string;
    updatedAt: string;
  };
};

export type CustomerContactUpdated = {
  type: 'CustomerContactUpdated';
  data: { customerId: string; emails: string[]; phones: Phone[]; updatedAt: string };
};

export type CustomerAddressAdded = { type: 'CustomerAddressAdded'; data: { customerId: string; address: Address; at: string } };
export type CustomerAddressChanged = { type: 'CustomerAddressChanged'; data: { customerId: string; address: Address; at: string } };
export type CustomerAddressRemoved = { type: 'CustomerAddressRemoved'; data: { customerId: string; addressId: string; at: string } };

export type CustomerTagged = { type: 'CustomerTagged'; data: { customerId: string; tag: string; at: string } };
export type CustomerUntagged = { type: 'CustomerUntagged'; data: { customerId: string; tag: string; at: string } };

export type CustomerNoteAdded = {
  type: 'CustomerNoteAdded';
  data: { customerId: string; noteId: string; text: string; authorId: string; at: string };
};

export type GuarantorSet = { type: 'GuarantorSet'; data: { customerId: string; guarantor: Guarantor; at: string } };
export type GuarantorRemoved = { type: 'GuarantorRemoved'; data: { customerId: string; at: string } };

export type ConsentGranted = {
  type: 'ConsentGranted';
  data: { customerId: string; purpose: ConsentPurpose; channel: ConsentChannel; evidence: string; at: string };
};
export type ConsentRevoked = {
  type: 'ConsentRevoked';
  data: { customerId: string; purpose: ConsentPurpose; channel: ConsentChannel; evidence?: string; at: string };
};

export type CustomerDocumentAttached = {
  type: 'CustomerDocumentAttached';
  data: {
    customerId: string;
    documentId: string;
    kind: CustomerDocumentKind;
    fileName: string;
    /** Where the file lives in object storage; the file itself is never in an event. */
    storageKey: string;
    /** Of the file as uploaded (before its encryption at rest). */
    sha256: string;
    /** Detected from the file's bytes (added 2026-11; absent on older events). */
    contentType?: string;
    size?: number;
    /** The contract the document belongs to (a signed contract), when given. */
    contractId?: string;
    at: string;
  };
};

export type CustomerErasureRequested = {
  type: 'CustomerErasureRequested';
  data: { customerId: string; channel: ConsentChannel; requestedBy: string; at: string };
};

/**
 * LGPD art. 18 II: the data subject asked for a copy of their personal data (who, when, through which
 * channel, and the protocol number given to them). The export itself is generated on demand from the events.
 */
export type PersonalDataExportRequested = {
  type: 'PersonalDataExportRequested';
  data: { customerId: string; protocol: string; channel: ConsentChannel; requestedBy: string; at: string };
};

/**
 * After this event the handler destroys the subject key (crypto-shredding): every personal field of every
 * event of this customer reads as null from then on. `pseudonym` is what screens show instead of the name.
 */
export type CustomerErased = { type: 'CustomerErased'; data: { customerId: string; pseudonym: string; at: string } };

export type CustomerEvent =
  | CustomerRegistered
  | CustomerDetailsUpdated
  | CustomerContactUpdated
  | CustomerAddressAdded
  | CustomerAddressChanged
  | CustomerAddressRemoved
  | CustomerTagged
  | CustomerUntagged
  | CustomerNoteAdded
  | GuarantorSet
  | GuarantorRemoved
  | ConsentGranted
  | ConsentRevoked
  | CustomerDocumentAttached
  | CustomerErasureRequested
  | PersonalDataExportRequested
  | CustomerErased;

export type CustomerEventType = CustomerEvent['type'];
