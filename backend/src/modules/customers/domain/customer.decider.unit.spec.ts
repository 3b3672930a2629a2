import { describe, expect, it } from 'vitest';
import { decide, evolve, initialState, type CustomerCommand } from './customer.decider.js';
import type { CustomerEvent } from './customer.events.js';
import { customerPersonalData } from './customer.personal-data.js';
import { registerCustomerRequestSchema, toRegisterCustomerCommand } from './customer.validation.js';

// Tier: unit (no I/O). Given (events) / When (command) / Then (events or DomainError).

const AT = '2026-03-10T12:00:00.000Z';
const given = (...events: CustomerEvent[]) => events.reduce(evolve, initialState());
const when = (events: CustomerEvent[], command: CustomerCommand) => decide(command, given(...events));
const thenError = (events: CustomerEvent[], command: CustomerCommand, code: string, details?: Record<string, unknown>) => {
  try {
    when(events, command);
  } catch (e) {
    expect(e).toMatchObject({ name: 'DomainError', code, ...(details ? { details: expect.objectContaining(details) } : {}) });
    return;
  }
  throw new Error(`expected DomainError ${code}`);
};

const address = { type: 'installation' as const, zipCode: '01310-100', street: 'Av. Paulista', number: '1000', complement: 'ap 12', district: 'Bela Vista', city: 'São Paulo', state: 'SP' as const };

const register = (over: Partial<Extract<CustomerCommand, { type: 'RegisterCustomer' }>['data']> = {}): CustomerCommand => ({
  type: 'RegisterCustomer',
  data: { customerId: 'c1', kind: 'PF', name: ' Maria  da Silva ', document: '529.982.247-25', birthDate: '1990-05-01', emails: ['Maria@Exemplo.COM.br'], phones: ['(11) 98765-4321', { number: '(11) 3456-7890', whatsapp: false }], addresses: [address], at: AT, ...over },
});

const registered: CustomerEvent = {
  type: 'CustomerRegistered',
  data: {
    customerId: 'c1',
    kind: 'PF',
    name: 'Maria da Silva',
    document: '52998224725',
    birthDate: '1990-05-01',
    emails: ['Maria@exemplo.com.br'],
    phones: [
      { number: '+5511987654321', whatsapp: false },
      { number: '+551134567890', whatsapp: false },
    ],
    addresses: [{ id: 'a1', type: 'installation', zipCode: '01310100', street: 'Av. Paulista', number: '1000', complement: 'ap 12', district: 'Bela Vista', city: 'São Paulo', state: 'SP' }],
    registeredAt: AT,
  },
};
const erasureRequested: CustomerEvent = { type: 'CustomerErasureRequested', data: { customerId: 'c1', channel: 'portal', requestedBy: 'c1', at: AT } };
const erased: CustomerEvent = { type: 'CustomerErased', data: { customerId: 'c1', pseudonym: 'Cliente #c1', at: AT } };

describe('RegisterCustomer', () => {
  it('given nothing, registers a PF normalizing document, name, e-mails, phones and CEP', () => {
    expect(when([], register())).toEqual([registered]);
  });

  it('registers a PJ with an alphanumeric CNPJ (lower case accepted), nome fantasia and IE isento', () => {
    const [e] = when([], register({ kind: 'PJ', name: 'Provedor Exemplo Ltda', tradeName: 'NetEx', document: '12.abc.345/01de-35', stateRegistration: 'ISENTO', birthDate: undefined, foundationDate: '2010-01-01', addresses: [] }));
    expect(e).toMatchObject({ type: 'CustomerRegistered', data: { kind: 'PJ', document: '12ABC34501DE35', tradeName: 'NetEx', stateRegistration: 'isento', foundationDate: '2010-01-01' } });
  });

  it('registers a PJ with a numeric CNPJ and an IE', () => {
    const [e] = when([], register({ kind: 'PJ', name: 'X Ltda', document: '11.222.333/0001-81', stateRegistration: '110.042.490.114', birthDate: undefined }));
    expect(e).toMatchObject({ data: { document: '11222333000181', stateRegistration: '110042490114' } });
  });

  it('merges duplicate phones keeping the WhatsApp flag', () => {
    const [e] = when([], register({ phones: ['11987654321', { number: '+55 11 98765-4321', whatsapp: true }] }));
    expect(e).toMatchObject({ data: { phones: [{ number: '+5511987654321', whatsapp: true }] } });
  });

  it.each([
    [{ document: '529.982.247-24' }, 'customer.invalid-document', 'document'],
    [{ document: '11.222.333/0001-81' }, 'customer.invalid-document', 'document'], // PF with a CNPJ
    [{ kind: 'PJ' as const, birthDate: undefined, document: '529.982.247-25' }, 'customer.invalid-document', 'document'],
    [{ name: '  ' }, 'customer.required', 'name'],
    [{ emails: ['ok@exemplo.com', 'not-an-email'] }, 'customer.invalid-email', 'emails.1'],
    [{ phones: ['(11) 98765-4321', '(20) 98765-4321'] }, 'customer.invalid-phone', 'phones.1'],
    [{ phones: [{ number: '(11) 8765-4321', whatsapp: true }] }, 'customer.invalid-phone', 'phones.0.number'],
    [{ addresses: [{ ...address, zipCode: '1234' }] }, 'customer.invalid-zip-code', 'addresses.0.zipCode'],
    [{ addresses: [address, { ...address, state: 'XX' as never }] }, 'customer.invalid-state', 'addresses.1.state'],
    [{ addresses: [{ ...address, street: '' }] }, 'customer.required', 'addresses.0.street'],
    [{ addresses: [{ ...address, cityIbgeCode: '4314902' }] }, 'customer.invalid-city-code', 'addresses.0.cityIbgeCode'],
    [{ addresses: [{ ...address, lat: -23.56 }] }, 'customer.invalid-coordinates', 'addresses.0.lng'],
    [{ addresses: [{ ...address, lat: -123, lng: -46 }] }, 'customer.invalid-coordinates', 'addresses.0.lat'],
    [{ birthDate: '2099-01-01' }, 'customer.invalid-date', 'birthDate'],
    [{ birthDate: '1990-02-30' }, 'customer.invalid-date', 'birthDate'],
    [{ foundationDate: '2000-01-01' }, 'customer.not-applicable', 'foundationDate'],
    [{ tradeName: 'Loja' }, 'customer.not-applicable', 'tradeName'],
    [{ stateRegistration: 'abc' }, 'customer.invalid-state-registration', 'stateRegistration'],
  ])('refuses %j with %s at field %s', (over, code, field) => {
    thenError([], register(over), code, { field });
  });

  it('accepts lat/lng and the IBGE code of a city in the same state', () => {
    const [e] = when([], register({ addresses: [{ ...address, cityIbgeCode: '3550308', lat: -23.5613, lng: -46.6565 }] }));
    expect(e).toMatchObject({ data: { addresses: [{ cityIbgeCode: '3550308', lat: -23.5613, lng: -46.6565 }] } });
  });

  it('given a registered customer, refuses to register it again', () => {
    thenError([registered], register(), 'customer.already-registered');
  });
});

describe('UpdateCustomer', () => {
  it('emits details and contact changes separately, only what changed', () => {
    expect(when([registered], { type: 'UpdateCustomer', data: { name: 'Maria S. Souza', emails: ['maria@novo.com'], at: AT } })).toEqual([
      { type: 'CustomerDetailsUpdated', data: { customerId: 'c1', name: 'Maria S. Souza', birthDate: '1990-05-01', updatedAt: AT } },
      { type: 'CustomerContactUpdated', data: { customerId: 'c1', emails: ['maria@novo.com'], phones: registered.data.phones, updatedAt: AT } },
    ]);
  });

  it('is a no-op when nothing changes', () => {
    expect(when([registered], { type: 'UpdateCustomer', data: { name: 'Maria da Silva', phones: ['11987654321', '1134567890'], at: AT } })).toEqual([]);
  });

  it('clears an optional field with null', () => {
    const [e] = when([registered], { type: 'UpdateCustomer', data: { birthDate: null, at: AT } });
    expect(e).toEqual({ type: 'CustomerDetailsUpdated', data: { customerId: 'c1', name: 'Maria da Silva', updatedAt: AT } });
  });

  it('refuses invalid values with their field', () => {
    thenError([registered], { type: 'UpdateCustomer', data: { phones: ['123'], at: AT } }, 'customer.invalid-phone', { field: 'phones.0' });
    thenError([registered], { type: 'UpdateCustomer', data: { tradeName: 'X', at: AT } }, 'customer.not-applicable', { field: 'tradeName' });
  });

  it('given nothing, the customer is not found', () => {
    thenError([], { type: 'UpdateCustomer', data: { name: 'X', at: AT } }, 'customer.not-found');
  });
});

describe('addresses', () => {
  const added: CustomerEvent = { type: 'CustomerAddressAdded', data: { customerId: 'c1', address: { id: 'a2', type: 'billing', zipCode: '20040020', street: 'Rua X', number: 'S/N', district: 'Centro', city: 'Rio de Janeiro', state: 'RJ' }, at: AT } };

  it('adds with the next id', () => {
    expect(when([registered], { type: 'AddAddress', data: { address: { type: 'billing', zipCode: '20040-020', street: 'Rua X', number: 'S/N', district: 'Centro', city: 'Rio de Janeiro', state: 'rj' as never }, at: AT } })).toEqual([added]);
  });

  it('never reuses an id after a removal', () => {
    const removed: CustomerEvent = { type: 'CustomerAddressRemoved', data: { customerId: 'c1', addressId: 'a2', at: AT } };
    const [e] = when([registered, added, removed], { type: 'AddAddress', data: { address, at: AT } });
    expect(e).toMatchObject({ data: { address: { id: 'a3' } } });
  });

  it('changes an address, and ignores a change to the same values', () => {
    const [e] = when([registered], { type: 'ChangeAddress', data: { addressId: 'a1', address: { ...address, number: '1001' }, at: AT } });
    expect(e).toMatchObject({ type: 'CustomerAddressChanged', data: { address: { id: 'a1', number: '1001' } } });
    expect(when([registered], { type: 'ChangeAddress', data: { addressId: 'a1', address, at: AT } })).toEqual([]);
  });

  it('removes an address', () => {
    expect(when([registered], { type: 'RemoveAddress', data: { addressId: 'a1', at: AT } })).toEqual([{ type: 'CustomerAddressRemoved', data: { customerId: 'c1', addressId: 'a1', at: AT } }]);
    expect(given(registered, { type: 'CustomerAddressRemoved', data: { customerId: 'c1', addressId: 'a1', at: AT } }).addresses).toEqual([]);
  });

  it('refuses unknown addresses and invalid ones with the field path', () => {
    thenError([registered], { type: 'RemoveAddress', data: { addressId: 'a9', at: AT } }, 'customer.address-not-found', { field: 'addressId' });
    thenError([registered], { type: 'ChangeAddress', data: { addressId: 'a9', address, at: AT } }, 'customer.address-not-found');
    thenError([registered], { type: 'AddAddress', data: { address: { ...address, zipCode: 'x' }, at: AT } }, 'customer.invalid-zip-code', { field: 'address.zipCode' });
  });
});

describe('tags and notes', () => {
  const tagged: CustomerEvent = { type: 'CustomerTagged', data: { customerId: 'c1', tag: 'vip', at: AT } };
  it('tags once (normalized) and untags', () => {
    expect(when([registered], { type: 'TagCustomer', data: { tag: ' VIP ', at: AT } })).toEqual([tagged]);
    expect(when([registered, tagged], { type: 'TagCustomer', data: { tag: 'vip', at: AT } })).toEqual([]);
    expect(when([registered, tagged], { type: 'UntagCustomer', data: { tag: 'VIP', at: AT } })).toEqual([{ type: 'CustomerUntagged', data: { customerId: 'c1', tag: 'vip', at: AT } }]);
    expect(when([registered], { type: 'UntagCustomer', data: { tag: 'vip', at: AT } })).toEqual([]);
    thenError([registered], { type: 'TagCustomer', data: { tag: '#!', at: AT } }, 'customer.invalid-tag', { field: 'tag' });
  });

  it('adds a note once per note id', () => {
    const note: CustomerEvent = { type: 'CustomerNoteAdded', data: { customerId: 'c1', noteId: 'n1', text: 'Prefers calls after 18h', authorId: 'u1', at: AT } };
    expect(when([registered], { type: 'AddNote', data: { noteId: 'n1', text: ' Prefers calls after 18h ', authorId: 'u1', at: AT } })).toEqual([note]);
    expect(when([registered, note], { type: 'AddNote', data: { noteId: 'n1', text: 'again', authorId: 'u1', at: AT } })).toEqual([]);
    thenError([registered], { type: 'AddNote', data: { noteId: 'n2', text: ' ', authorId: 'u1', at: AT } }, 'customer.required', { field: 'text' });
  });
});

describe('SetGuarantor', () => {
  const set: CustomerEvent = { type: 'GuarantorSet', data: { customerId: 'c1', guarantor: { name: 'João Souza', document: '11144477735', phone: '+5511912345678' }, at: AT } };
  it('sets, ignores the same, removes', () => {
    expect(when([registered], { type: 'SetGuarantor', data: { guarantor: { name: 'João Souza', document: '111.444.777-35', phone: '(11) 91234-5678' }, at: AT } })).toEqual([set]);
    expect(when([registered, set], { type: 'SetGuarantor', data: { guarantor: { name: 'João Souza', document: '11144477735', phone: '+5511912345678' }, at: AT } })).toEqual([]);
    expect(when([registered, set], { type: 'SetGuarantor', data: { guarantor: null, at: AT } })).toEqual([{ type: 'GuarantorRemoved', data: { customerId: 'c1', at: AT } }]);
    expect(when([registered], { type: 'SetGuarantor', data: { guarantor: null, at: AT } })).toEqual([]);
  });
  it('refuses an invalid document or the customer as own guarantor', () => {
    thenError([registered], { type: 'SetGuarantor', data: { guarantor: { name: 'X', document: '123' }, at: AT } }, 'customer.invalid-document', { field: 'guarantor.document' });
    thenError([registered], { type: 'SetGuarantor', data: { guarantor: { name: 'X', document: '529.982.247-25' }, at: AT } }, 'customer.guarantor-is-customer');
  });
});

describe('consent (LGPD)', () => {
  const granted: CustomerEvent = { type: 'ConsentGranted', data: { customerId: 'c1', purpose: 'marketing', channel: 'portal', evidence: 'checkbox v3 ip 200.1.2.3', at: AT } };
  it('grants with evidence, once', () => {
    expect(when([registered], { type: 'GrantConsent', data: { purpose: 'marketing', channel: 'portal', evidence: 'checkbox v3 ip 200.1.2.3', at: AT } })).toEqual([granted]);
    expect(when([registered, granted], { type: 'GrantConsent', data: { purpose: 'marketing', channel: 'app', evidence: 'x', at: AT } })).toEqual([]);
  });
  it('revokes a granted consent and can grant it again', () => {
    const revoked: CustomerEvent = { type: 'ConsentRevoked', data: { customerId: 'c1', purpose: 'marketing', channel: 'whatsapp', at: AT } };
    expect(when([registered, granted], { type: 'RevokeConsent', data: { purpose: 'marketing', channel: 'whatsapp', at: AT } })).toEqual([revoked]);
    expect(when([registered, granted, revoked], { type: 'GrantConsent', data: { purpose: 'marketing', channel: 'portal', evidence: 'again', at: AT } })).toHaveLength(1);
  });
  it('refuses consent without evidence, unknown purposes, and revoking what was not granted', () => {
    thenError([registered], { type: 'GrantConsent', data: { purpose: 'marketing', channel: 'portal', evidence: ' ', at: AT } }, 'customer.consent-evidence-required', { field: 'evidence' });
    thenError([registered], { type: 'GrantConsent', data: { purpose: 'spam' as never, channel: 'portal', evidence: 'x', at: AT } }, 'customer.invalid-consent-purpose', { field: 'purpose' });
    thenError([registered], { type: 'GrantConsent', data: { purpose: 'marketing', channel: 'fax' as never, evidence: 'x', at: AT } }, 'customer.invalid-consent-channel', { field: 'channel' });
    thenError([registered], { type: 'RevokeConsent', data: { purpose: 'marketing', channel: 'portal', at: AT } }, 'customer.consent-not-granted');
  });
});

describe('AttachDocument', () => {
  const sha = 'a'.repeat(64);
  it('attaches once per document id', () => {
    const e: CustomerEvent = { type: 'CustomerDocumentAttached', data: { customerId: 'c1', documentId: 'd1', kind: 'identity', fileName: 'rg.pdf', storageKey: 'customers/c1/d1', sha256: sha, at: AT } };
    expect(when([registered], { type: 'AttachDocument', data: { documentId: 'd1', kind: 'identity', fileName: 'rg.pdf', storageKey: 'customers/c1/d1', sha256: sha, at: AT } })).toEqual([e]);
    expect(when([registered, e], { type: 'AttachDocument', data: { documentId: 'd1', kind: 'identity', fileName: 'rg.pdf', storageKey: 'k', sha256: sha, at: AT } })).toEqual([]);
  });
  it('refuses a bad checksum', () => {
    thenError([registered], { type: 'AttachDocument', data: { documentId: 'd1', kind: 'identity', fileName: 'rg.pdf', storageKey: 'k', sha256: 'xyz', at: AT } }, 'customer.invalid-checksum', { field: 'sha256' });
  });
});

describe('erasure (LGPD)', () => {
  it('records the request, once', () => {
    expect(when([registered], { type: 'RequestErasure', data: { channel: 'portal', requestedBy: 'c1', at: AT } })).toEqual([erasureRequested]);
    expect(when([registered, erasureRequested], { type: 'RequestErasure', data: { channel: 'portal', requestedBy: 'c1', at: AT } })).toEqual([]);
  });
  it('erases with a pseudonym only after a request', () => {
    expect(when([registered, erasureRequested], { type: 'EraseCustomer', data: { pseudonym: 'Cliente #c1', at: AT } })).toEqual([erased]);
    thenError([registered], { type: 'EraseCustomer', data: { pseudonym: 'Cliente #c1', at: AT } }, 'customer.erasure-not-requested', { current: 'active' });
  });
  it('after the erasure, state keeps no personal data and every command is refused', () => {
    const s = given(registered, erasureRequested, erased);
    expect(s).toMatchObject({ status: 'erased', name: 'Cliente #c1', document: '', emails: [], phones: [], addresses: [] });
    thenError([registered, erasureRequested, erased], { type: 'UpdateCustomer', data: { name: 'X', at: AT } }, 'customer.erased');
    thenError([registered, erasureRequested, erased], { type: 'RequestErasure', data: { channel: 'portal', requestedBy: 'c1', at: AT } }, 'customer.erased');
  });
});

describe('personal data policy', () => {
  it('declares every event type and names the personal fields', () => {
    expect(customerPersonalData.CustomerRegistered.fields).toEqual(expect.arrayContaining(['name', 'document', 'emails', 'phones', 'birthDate', 'addresses[].street', 'addresses[].number', 'addresses[].complement']));
    expect(customerPersonalData.GuarantorSet.fields).toContain('guarantor');
    expect(customerPersonalData.CustomerRegistered.subjectId({ customerId: 'c1' }, 'customer-c1')).toBe('c1');
  });
});

describe('request schema (zod)', () => {
  const body = { kind: 'PF', name: 'Maria', document: '529.982.247-25', emails: ['maria@exemplo.com'], phones: ['(11) 98765-4321', { number: '(11) 3456-7890', whatsapp: true }], addresses: [address] };
  const issues = (b: unknown) => {
    const r = registerCustomerRequestSchema.safeParse(b);
    return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  };

  it('accepts the documented shape and maps it to the command the decider accepts', () => {
    const parsed = registerCustomerRequestSchema.parse(body);
    const [e] = decide(toRegisterCustomerCommand(parsed, { customerId: 'c1', at: AT }), initialState());
    expect(e).toMatchObject({ type: 'CustomerRegistered', data: { document: '52998224725' } });
  });

  it.each([
    [{ document: '529.982.247-24' }, 'document', 'CPF has wrong check digits'],
    [{ kind: 'PJ', document: '12.ABC.345/01DE-36' }, 'document', 'CNPJ has wrong check digits'],
    [{ kind: 'PJ', document: '529.982.247-25' }, 'document', 'a PJ customer is identified by a CNPJ'],
    [{ emails: ['a@b.com', 'nope'] }, 'emails.1', 'is not a valid e-mail address'],
    [{ phones: ['(20) 98765-4321'] }, 'phones.0', 'phone has an area code (DDD) that does not exist'],
    [{ phones: [{ number: '(11) 8765-4321' }] }, 'phones.0.number', 'phone is not a valid Brazilian landline (8 digits from 2 to 5) or mobile (9 digits from 9) number'],
    [{ addresses: [{ ...address, zipCode: '0131-100' }] }, 'addresses.0.zipCode', 'is not a valid CEP (8 digits, e.g. 01310-100)'],
    [{ addresses: [{ ...address, state: 'XX' }] }, 'addresses.0.state', 'is not a Brazilian state (UF), e.g. SP'],
  ])('%j → %s: %s', (over, path, message) => {
    expect(issues({ ...body, ...over })).toContainEqual({ path, message });
  });
});

describe('personal data export request (LGPD art. 18 II)', () => {
  const request = (protocol = 'LGPD-20261128-0A1B2C3D'): CustomerCommand => ({ type: 'RequestPersonalDataExport', data: { protocol, channel: 'portal', requestedBy: 'account-1', at: AT } });

  it('given a registered customer, when RequestPersonalDataExport, then PersonalDataExportRequested with who, when, channel and protocol', () => {
    expect(when([registered], request())).toEqual([
      { type: 'PersonalDataExportRequested', data: { customerId: 'c1', protocol: 'LGPD-20261128-0A1B2C3D', channel: 'portal', requestedBy: 'account-1', at: AT } },
    ]);
  });

  it('refuses a malformed protocol and an unknown customer', () => {
    thenError([registered], request('123'), 'customer.invalid-protocol');
    thenError([], request(), 'customer.not-found');
  });
});
