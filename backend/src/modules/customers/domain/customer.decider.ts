import { cep, document as brDocument, email as brEmail, phone as brPhone, uf } from '@netprovider/br-docs';
import { DomainError } from './domain-error.js';
import {
  CONSENT_CHANNELS,
  CONSENT_PURPOSES,
  type Address,
  type AddressInput,
  type ConsentChannel,
  type ConsentPurpose,
  type CustomerDocumentKind,
  type CustomerEvent,
  type CustomerKind,
  type Guarantor,
  type Phone,
} from './customer.events.js';

/*
 * Customer decider: pure. Commands carry what the user typed (masks allowed); the decider validates,
 * normalizes and records. Every validation error names the field path of the request
 * (`DomainError('customer.invalid-phone', { field: 'phones.1.number' })`).
 * Not decidable here (needs other streams; the command handler checks them): uniqueness of the document
 * across customers, and "no open contract or debt" before an erasure.
 */

export interface PhoneInput {
  number: string;
  whatsapp?: boolean;
}

export interface RegisterCustomer {
  type: 'RegisterCustomer';
  data: {
    customerId: string;
    kind: CustomerKind;
    name: string;
    tradeName?: string;
    document: string;
    stateRegistration?: string;
    birthDate?: string;
    foundationDate?: string;
    emails?: string[];
    phones?: Array<string | PhoneInput>;
    addresses?: AddressInput[];
    at: string;
  };
}

/** Only the given fields change; `null` clears an optional one. The document never changes (register anew). */
export interface UpdateCustomer {
  type: 'UpdateCustomer';
  data: {
    name?: string;
    tradeName?: string | null;
    stateRegistration?: string | null;
    birthDate?: string | null;
    foundationDate?: string | null;
    emails?: string[];
    phones?: Array<string | PhoneInput>;
    at: string;
  };
}

export interface AddAddress { type: 'AddAddress'; data: { address: AddressInput; at: string } }
export interface ChangeAddress { type: 'ChangeAddress'; data: { addressId: string; address: AddressInput; at: string } }
export interface RemoveAddress { type: 'RemoveAddress'; data: { addressId: string; at: string } }
export interface TagCustomer { type: 'TagCustomer'; data: { tag: string; at: string } }
export interface UntagCustomer { type: 'UntagCustomer'; data: { tag: string; at: string } }
export interface AddNote { type: 'AddNote'; data: { noteId: string; text: string; authorId: string; at: string } }
export interface SetGuarantor { type: 'SetGuarantor'; data: { guarantor: Guarantor | null; at: string } }
export interface GrantConsent { type: 'GrantConsent'; data: { purpose: ConsentPurpose; channel: ConsentChannel; evidence: string; at: string } }
export interface RevokeConsent { type: 'RevokeConsent'; data: { purpose: ConsentPurpose; channel: ConsentChannel; evidence?: string; at: string } }
export interface AttachDocument {
  type: 'AttachDocument';
  data: {
    documentId: string;
    kind: CustomerDocumentKind;
    fileName: string;
    storageKey: string;
    sha256: string;
    contentType?: string;
    size?: number;
    contractId?: string;
    at: string;
  };
}
export interface RequestErasure { type: 'RequestErasure'; data: { channel: ConsentChannel; requestedBy: string; at: string } }
export interface RequestPersonalDataExport { type: 'RequestPersonalDataExport'; data: { protocol: string; channel: ConsentChannel; requestedBy: string; at: string } }
export interface EraseCustomer { type: 'EraseCustomer'; data: { pseudonym: string; at: string } }

export type CustomerCommand =
  | RegisterCustomer
  | UpdateCustomer
  | AddAddress
  | ChangeAddress
  | RemoveAddress
  | TagCustomer
  | UntagCustomer
  | AddNote
  | SetGuarantor
  | GrantConsent
  | RevokeConsent
  | AttachDocument
  | RequestErasure
  | RequestPersonalDataExport
  | EraseCustomer;

export type CustomerStatus = 'none' | 'active' | 'erasure_requested' | 'erased';

export interface CustomerState {
  status: CustomerStatus;
  customerId: string;
  kind: CustomerKind;
  name: string;
  tradeName?: string;
  document: string;
  stateRegistration?: string;
  birthDate?: string;
  foundationDate?: string;
  emails: string[];
  phones: Phone[];
  addresses: Address[];
  /** Sequence for address ids; never reused, even after a removal. */
  addressSeq: number;
  tags: string[];
  guarantor?: Guarantor;
  consents: Partial<Record<ConsentPurpose, { granted: boolean; at: string }>>;
  documentIds: string[];
  noteIds: string[];
}

export const initialState = (): CustomerState => ({
  status: 'none',
  customerId: '',
  kind: 'PF',
  name: '',
  document: '',
  emails: [],
  phones: [],
  addresses: [],
  addressSeq: 0,
  tags: [],
  consents: {},
  documentIds: [],
  noteIds: [],
});

// ---------------------------------------------------------------------------------------------- validation

const invalid = (code: string, field: string, reason?: string): DomainError => new DomainError(code, reason ? { field, reason } : { field });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function requireText(value: string | undefined, field: string, max = 200): string {
  const v = (value ?? '').trim().replace(/\s+/g, ' ');
  if (v === '') throw invalid('customer.required', field);
  if (v.length > max) throw invalid('customer.too-long', field, `at most ${max} characters`);
  return v;
}

function pastDate(value: string, field: string, at: string): string {
  if (!isIsoDate(value) || value > at.slice(0, 10)) throw invalid('customer.invalid-date', field, 'a past date YYYY-MM-DD');
  return value;
}

function normalizeDocument(kind: CustomerKind, value: string): string {
  const parsed = brDocument.safeParse(value);
  if (!parsed.ok) throw invalid('customer.invalid-document', 'document', parsed.error.reason);
  if (kind === 'PF' && parsed.kind !== 'CPF') throw invalid('customer.invalid-document', 'document', 'a PF customer has a CPF');
  if (kind === 'PJ' && parsed.kind !== 'CNPJ') throw invalid('customer.invalid-document', 'document', 'a PJ customer has a CNPJ');
  return parsed.value;
}

function normalizeStateRegistration(value: string, field = 'stateRegistration'): string {
  const v = value.trim().toLowerCase();
  if (v === 'isento' || v === 'isenta') return 'isento';
  const digits = v.replace(/[.\-/\s]/g, '');
  // Each state has its own IE format (2 to 14 digits; SP rural producers start with P).
  if (!/^p?\d{2,14}$/.test(digits)) throw invalid('customer.invalid-state-registration', field, 'digits or "isento"');
  return digits.toUpperCase();
}

export function normalizeEmails(values: readonly string[], field = 'emails'): string[] {
  const out: string[] = [];
  values.forEach((value, i) => {
    if (!brEmail.isValid(value)) throw invalid('customer.invalid-email', `${field}.${i}`);
    const e = brEmail.normalize(value);
    if (!out.some((o) => o.toLowerCase() === e.toLowerCase())) out.push(e);
  });
  return out;
}

export function normalizePhones(values: ReadonlyArray<string | PhoneInput>, field = 'phones'): Phone[] {
  const out: Phone[] = [];
  values.forEach((value, i) => {
    const input = typeof value === 'string' ? { number: value } : value;
    const parsed = brPhone.safeParse(input.number);
    if (!parsed.ok) throw invalid('customer.invalid-phone', typeof value === 'string' ? `${field}.${i}` : `${field}.${i}.number`, parsed.error.reason);
    const whatsapp = input.whatsapp ?? false;
    const existing = out.find((p) => p.number === parsed.e164);
    if (existing) existing.whatsapp ||= whatsapp;
    else out.push({ number: parsed.e164, whatsapp });
  });
  return out;
}

const ADDRESS_TYPES = ['installation', 'billing', 'fiscal'] as const;

export function normalizeAddress(input: AddressInput, field: string): AddressInput {
  if (!ADDRESS_TYPES.includes(input.type)) throw invalid('customer.invalid-address-type', `${field}.type`);
  if (!cep.isValid(input.zipCode ?? '')) throw invalid('customer.invalid-zip-code', `${field}.zipCode`);
  const state = uf.normalize(input.state ?? '');
  if (!uf.isValid(state)) throw invalid('customer.invalid-state', `${field}.state`);
  const out: AddressInput = {
    type: input.type,
    zipCode: cep.normalize(input.zipCode),
    street: requireText(input.street, `${field}.street`),
    number: requireText(input.number, `${field}.number`, 20), // "S/N" is a number here
    district: requireText(input.district, `${field}.district`, 120),
    city: requireText(input.city, `${field}.city`, 120),
    state,
  };
  if (input.complement !== undefined && input.complement.trim() !== '') out.complement = requireText(input.complement, `${field}.complement`, 120);
  if (input.cityIbgeCode !== undefined) {
    if (uf.fromIbgeCityCode(input.cityIbgeCode) !== state) throw invalid('customer.invalid-city-code', `${field}.cityIbgeCode`, `7-digit IBGE code of a city in ${state}`);
    out.cityIbgeCode = input.cityIbgeCode;
  }
  if ((input.lat === undefined) !== (input.lng === undefined)) throw invalid('customer.invalid-coordinates', `${field}.${input.lat === undefined ? 'lat' : 'lng'}`, 'give both lat and lng');
  if (input.lat !== undefined && input.lng !== undefined) {
    if (!Number.isFinite(input.lat) || input.lat < -90 || input.lat > 90) throw invalid('customer.invalid-coordinates', `${field}.lat`);
    if (!Number.isFinite(input.lng) || input.lng < -180 || input.lng > 180) throw invalid('customer.invalid-coordinates', `${field}.lng`);
    out.lat = input.lat;
    out.lng = input.lng;
  }
  return out;
}

function normalizeGuarantor(g: Guarantor, customerDocument: string): Guarantor {
  const parsed = brDocument.safeParse(g.document ?? '');
  if (!parsed.ok) throw invalid('customer.invalid-document', 'guarantor.document', parsed.error.reason);
  if (parsed.value === customerDocument) throw invalid('customer.guarantor-is-customer', 'guarantor.document');
  const out: Guarantor = { name: requireText(g.name, 'guarantor.name'), document: parsed.value };
  if (g.phone !== undefined) out.phone = normalizePhones([g.phone], 'guarantor.phone')[0]!.number;
  if (g.email !== undefined) {
    if (!brEmail.isValid(g.email)) throw invalid('customer.invalid-email', 'guarantor.email');
    out.email = brEmail.normalize(g.email);
  }
  return out;
}

function normalizeTag(tag: string): string {
  const t = tag.trim().toLowerCase();
  if (!/^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u.test(t)) throw invalid('customer.invalid-tag', 'tag', '1–40 letters, digits, space, _ or -');
  return t;
}

function kindDates(kind: CustomerKind, birthDate: string | undefined, foundationDate: string | undefined, at: string) {
  if (kind === 'PF' && foundationDate !== undefined) throw invalid('customer.not-applicable', 'foundationDate', 'PF customers have a birth date');
  if (kind === 'PJ' && birthDate !== undefined) throw invalid('customer.not-applicable', 'birthDate', 'PJ customers have a foundation date');
  return {
    ...(birthDate !== undefined ? { birthDate: pastDate(birthDate, 'birthDate', at) } : {}),
    ...(foundationDate !== undefined ? { foundationDate: pastDate(foundationDate, 'foundationDate', at) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------- decide

function assertExists(state: CustomerState): void {
  if (state.status === 'none') throw new DomainError('customer.not-found');
  if (state.status === 'erased') throw new DomainError('customer.erased');
}

function findAddress(state: CustomerState, addressId: string): Address {
  const a = state.addresses.find((x) => x.id === addressId);
  if (!a) throw new DomainError('customer.address-not-found', { field: 'addressId', addressId });
  return a;
}

/** Deep equality of plain JSON values, ignoring key order. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, canonical(x)])) : v;
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

export function decide(command: CustomerCommand, state: CustomerState): CustomerEvent[] {
  switch (command.type) {
    case 'RegisterCustomer': {
      if (state.status !== 'none') throw new DomainError('customer.already-registered', { customerId: state.customerId });
      const c = command.data;
      if (c.kind !== 'PF' && c.kind !== 'PJ') throw invalid('customer.invalid-kind', 'kind');
      const document = normalizeDocument(c.kind, c.document ?? '');
      const name = requireText(c.name, 'name');
      if (c.kind === 'PF' && c.tradeName !== undefined) throw invalid('customer.not-applicable', 'tradeName', 'only PJ customers have a nome fantasia');
      const addresses = (c.addresses ?? []).map((a, i) => ({ id: `a${state.addressSeq + i + 1}`, ...normalizeAddress(a, `addresses.${i}`) }));
      return [
        {
          type: 'CustomerRegistered',
          data: {
            customerId: c.customerId,
            kind: c.kind,
            name,
            ...(c.tradeName !== undefined ? { tradeName: requireText(c.tradeName, 'tradeName') } : {}),
            document,
            ...(c.stateRegistration !== undefined ? { stateRegistration: normalizeStateRegistration(c.stateRegistration) } : {}),
            ...kindDates(c.kind, c.birthDate, c.foundationDate, c.at),
            emails: normalizeEmails(c.emails ?? []),
            phones: normalizePhones(c.phones ?? []),
            addresses,
            registeredAt: c.at,
          },
        },
      ];
    }
    case 'UpdateCustomer': {
      assertExists(state);
      const c = command.data;
      const events: CustomerEvent[] = [];
      if (state.kind === 'PF' && typeof c.tradeName === 'string') throw invalid('customer.not-applicable', 'tradeName', 'only PJ customers have a nome fantasia');
      const pick = (v: string | null | undefined, current: string | undefined, f: (s: string) => string) => (v === undefined ? current : v === null ? undefined : f(v));
      const dates = kindDates(
        state.kind,
        pick(c.birthDate, state.birthDate, (s) => s),
        pick(c.foundationDate, state.foundationDate, (s) => s),
        c.at,
      );
      const details = {
        name: c.name !== undefined ? requireText(c.name, 'name') : state.name,
        tradeName: pick(c.tradeName, state.tradeName, (s) => requireText(s, 'tradeName')),
        stateRegistration: pick(c.stateRegistration, state.stateRegistration, (s) => normalizeStateRegistration(s)),
        ...dates,
      };
      const before = { name: state.name, tradeName: state.tradeName, stateRegistration: state.stateRegistration, birthDate: state.birthDate, foundationDate: state.foundationDate };
      const after = { name: details.name, tradeName: details.tradeName, stateRegistration: details.stateRegistration, birthDate: details.birthDate, foundationDate: details.foundationDate };
      if (!sameJson(before, after)) {
        const data: Extract<CustomerEvent, { type: 'CustomerDetailsUpdated' }>['data'] = { customerId: state.customerId, name: details.name, updatedAt: c.at };
        if (details.tradeName !== undefined) data.tradeName = details.tradeName;
        if (details.stateRegistration !== undefined) data.stateRegistration = details.stateRegistration;
        if (details.birthDate !== undefined) data.birthDate = details.birthDate;
        if (details.foundationDate !== undefined) data.foundationDate = details.foundationDate;
        events.push({ type: 'CustomerDetailsUpdated', data });
      }
      const emails = c.emails !== undefined ? normalizeEmails(c.emails) : state.emails;
      const phones = c.phones !== undefined ? normalizePhones(c.phones) : state.phones;
      if (!sameJson(emails, state.emails) || !sameJson(phones, state.phones)) {
        events.push({ type: 'CustomerContactUpdated', data: { customerId: state.customerId, emails, phones, updatedAt: c.at } });
      }
      return events;
    }
    case 'AddAddress': {
      assertExists(state);
      const address = { id: `a${state.addressSeq + 1}`, ...normalizeAddress(command.data.address, 'address') };
      return [{ type: 'CustomerAddressAdded', data: { customerId: state.customerId, address, at: command.data.at } }];
    }
    case 'ChangeAddress': {
      assertExists(state);
      const current = findAddress(state, command.data.addressId);
      const address = { id: current.id, ...normalizeAddress(command.data.address, 'address') };
      if (sameJson(address, current)) return [];
      return [{ type: 'CustomerAddressChanged', data: { customerId: state.customerId, address, at: command.data.at } }];
    }
    case 'RemoveAddress': {
      assertExists(state);
      findAddress(state, command.data.addressId);
      return [{ type: 'CustomerAddressRemoved', data: { customerId: state.customerId, addressId: command.data.addressId, at: command.data.at } }];
    }
    case 'TagCustomer': {
      assertExists(state);
      const tag = normalizeTag(command.data.tag);
      if (state.tags.includes(tag)) return [];
      return [{ type: 'CustomerTagged', data: { customerId: state.customerId, tag, at: command.data.at } }];
    }
    case 'UntagCustomer': {
      assertExists(state);
      const tag = normalizeTag(command.data.tag);
      if (!state.tags.includes(tag)) return [];
      return [{ type: 'CustomerUntagged', data: { customerId: state.customerId, tag, at: command.data.at } }];
    }
    case 'AddNote': {
      assertExists(state);
      const { noteId, authorId, at } = command.data;
      if (state.noteIds.includes(noteId)) return []; // retried command
      const text = command.data.text.trim();
      if (text === '') throw invalid('customer.required', 'text');
      if (text.length > 5000) throw invalid('customer.too-long', 'text', 'at most 5000 characters');
      return [{ type: 'CustomerNoteAdded', data: { customerId: state.customerId, noteId, text, authorId, at } }];
    }
    case 'SetGuarantor': {
      assertExists(state);
      const { guarantor, at } = command.data;
      if (guarantor === null) return state.guarantor ? [{ type: 'GuarantorRemoved', data: { customerId: state.customerId, at } }] : [];
      const g = normalizeGuarantor(guarantor, state.document);
      if (sameJson(g, state.guarantor)) return [];
      return [{ type: 'GuarantorSet', data: { customerId: state.customerId, guarantor: g, at } }];
    }
    case 'GrantConsent': {
      assertExists(state);
      const { purpose, channel, at } = command.data;
      if (!CONSENT_PURPOSES.includes(purpose)) throw invalid('customer.invalid-consent-purpose', 'purpose');
      if (!CONSENT_CHANNELS.includes(channel)) throw invalid('customer.invalid-consent-channel', 'channel');
      const evidence = (command.data.evidence ?? '').trim();
      // LGPD art. 8 §2: the controller must be able to prove consent.
      if (evidence === '') throw invalid('customer.consent-evidence-required', 'evidence');
      if (state.consents[purpose]?.granted) return [];
      return [{ type: 'ConsentGranted', data: { customerId: state.customerId, purpose, channel, evidence, at } }];
    }
    case 'RevokeConsent': {
      assertExists(state);
      const { purpose, channel, evidence, at } = command.data;
      if (!CONSENT_PURPOSES.includes(purpose)) throw invalid('customer.invalid-consent-purpose', 'purpose');
      if (!CONSENT_CHANNELS.includes(channel)) throw invalid('customer.invalid-consent-channel', 'channel');
      if (!state.consents[purpose]?.granted) throw new DomainError('customer.consent-not-granted', { field: 'purpose', purpose });
      return [{ type: 'ConsentRevoked', data: { customerId: state.customerId, purpose, channel, ...(evidence?.trim() ? { evidence: evidence.trim() } : {}), at } }];
    }
    case 'AttachDocument': {
      assertExists(state);
      const d = command.data;
      if (state.documentIds.includes(d.documentId)) return [];
      if (!/^[0-9a-f]{64}$/.test(d.sha256)) throw invalid('customer.invalid-checksum', 'sha256', '64 lower-case hex digits');
      return [
        {
          type: 'CustomerDocumentAttached',
          data: {
            customerId: state.customerId, documentId: d.documentId, kind: d.kind, fileName: requireText(d.fileName, 'fileName', 255),
            storageKey: requireText(d.storageKey, 'storageKey', 500), sha256: d.sha256,
            ...(d.contentType !== undefined ? { contentType: d.contentType } : {}), ...(d.size !== undefined ? { size: d.size } : {}),
            ...(d.contractId !== undefined ? { contractId: d.contractId } : {}),
            at: d.at,
          },
        },
      ];
    }
    case 'RequestErasure': {
      assertExists(state);
      if (state.status === 'erasure_requested') return [];
      return [{ type: 'CustomerErasureRequested', data: { customerId: state.customerId, channel: command.data.channel, requestedBy: command.data.requestedBy, at: command.data.at } }];
    }
    case 'RequestPersonalDataExport': {
      assertExists(state);
      const protocol = command.data.protocol.trim();
      if (!/^LGPD-\d{8}-[0-9A-F]{8}$/.test(protocol)) throw new DomainError('customer.invalid-protocol', { protocol });
      return [{ type: 'PersonalDataExportRequested', data: { customerId: state.customerId, protocol, channel: command.data.channel, requestedBy: command.data.requestedBy, at: command.data.at } }];
    }
    case 'EraseCustomer': {
      assertExists(state);
      // Erasure is a two-step process: a recorded request, then (after the handler checked retention duties:
      // open contracts, unpaid invoices, fiscal records) the erasure itself.
      if (state.status !== 'erasure_requested') throw new DomainError('customer.erasure-not-requested', { current: state.status });
      const pseudonym = command.data.pseudonym.trim();
      if (pseudonym === '') throw invalid('customer.required', 'pseudonym');
      return [{ type: 'CustomerErased', data: { customerId: state.customerId, pseudonym, at: command.data.at } }];
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------- evolve

export function evolve(state: CustomerState, event: CustomerEvent): CustomerState {
  switch (event.type) {
    case 'CustomerRegistered': {
      const d = event.data;
      const s: CustomerState = {
        ...initialState(),
        status: 'active',
        customerId: d.customerId,
        kind: d.kind,
        name: d.name,
        document: d.document,
        emails: d.emails,
        phones: d.phones,
        addresses: d.addresses,
        addressSeq: d.addresses.length,
      };
      if (d.tradeName !== undefined) s.tradeName = d.tradeName;
      if (d.stateRegistration !== undefined) s.stateRegistration = d.stateRegistration;
      if (d.birthDate !== undefined) s.birthDate = d.birthDate;
      if (d.foundationDate !== undefined) s.foundationDate = d.foundationDate;
      return s;
    }
    case 'CustomerDetailsUpdated': {
      const { customerId: _c, updatedAt: _u, ...details } = event.data;
      const { tradeName: _t, stateRegistration: _s, birthDate: _b, foundationDate: _f, ...rest } = state;
      return { ...rest, ...details };
    }
    case 'CustomerContactUpdated':
      return { ...state, emails: event.data.emails, phones: event.data.phones };
    case 'CustomerAddressAdded':
      return { ...state, addresses: [...state.addresses, event.data.address], addressSeq: state.addressSeq + 1 };
    case 'CustomerAddressChanged':
      return { ...state, addresses: state.addresses.map((a) => (a.id === event.data.address.id ? event.data.address : a)) };
    case 'CustomerAddressRemoved':
      return { ...state, addresses: state.addresses.filter((a) => a.id !== event.data.addressId) };
    case 'CustomerTagged':
      return { ...state, tags: [...state.tags, event.data.tag] };
    case 'CustomerUntagged':
      return { ...state, tags: state.tags.filter((t) => t !== event.data.tag) };
    case 'CustomerNoteAdded':
      return { ...state, noteIds: [...state.noteIds, event.data.noteId] };
    case 'GuarantorSet':
      return { ...state, guarantor: event.data.guarantor };
    case 'GuarantorRemoved': {
      const { guarantor: _g, ...rest } = state;
      return rest;
    }
    case 'ConsentGranted':
      return { ...state, consents: { ...state.consents, [event.data.purpose]: { granted: true, at: event.data.at } } };
    case 'ConsentRevoked':
      return { ...state, consents: { ...state.consents, [event.data.purpose]: { granted: false, at: event.data.at } } };
    case 'CustomerDocumentAttached':
      return { ...state, documentIds: [...state.documentIds, event.data.documentId] };
    case 'CustomerErasureRequested':
      return { ...state, status: 'erasure_requested' };
    case 'PersonalDataExportRequested':
      return state;
    case 'CustomerErased':
      // Personal fields are gone (crypto-shredded); keep only what is not personal.
      return { ...initialState(), status: 'erased', customerId: state.customerId, kind: state.kind, name: event.data.pseudonym, addressSeq: state.addressSeq, tags: state.tags };
    default: {
      const unreachable: never = event;
      throw new Error(`unknown event ${(unreachable as { type: string }).type}`);
    }
  }
}

export const customerDecider = { decide, evolve, initialState };

/** Stream of one customer. */
export const customerStreamId = (customerId: string): string => `customer-${customerId}`;
