'use client';
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { BodyOf, CustomerView } from '@netprovider/api-client';
import { messages } from '../messages/pt-BR';
import { maskCep, maskDate, maskDocument, maskPhone } from '../lib/masks';
import { formatDate, parseDateBR } from '../lib/format';
import { fieldErrors } from '../lib/problems';
import { showDocument, showPhone } from '../lib/display';
import { MaskedInput } from './MaskedInput';
import { ErrorAlert } from './ErrorAlert';

const t = messages.customers;

export interface CustomerFormValues {
  kind: 'PF' | 'PJ';
  name: string;
  tradeName: string;
  document: string;
  stateRegistration: string;
  date: string;
  email: string;
  phone: string;
  whatsapp: boolean;
  zipCode: string;
  street: string;
  number: string;
  complement: string;
  district: string;
  city: string;
  state: string;
}

export const emptyCustomer: CustomerFormValues = {
  kind: 'PF', name: '', tradeName: '', document: '', stateRegistration: '', date: '', email: '', phone: '', whatsapp: true,
  zipCode: '', street: '', number: '', complement: '', district: '', city: '', state: '',
};

export function valuesFromCustomer(c: CustomerView): CustomerFormValues {
  const date = c.kind === 'PF' ? c.birthDate : c.foundationDate;
  return {
    ...emptyCustomer,
    kind: c.kind,
    name: c.name ?? '',
    tradeName: c.tradeName ?? '',
    document: showDocument(c.document),
    stateRegistration: c.stateRegistration ?? '',
    date: date ? formatDate(date) : '',
    email: c.emails[0] ?? '',
    phone: c.phones[0] ? showPhone(c.phones[0].number) : '',
    whatsapp: c.phones[0]?.whatsapp ?? true,
  };
}

const dateOf = (v: CustomerFormValues) => (v.date ? parseDateBR(v.date) ?? v.date : null);
const contacts = (v: CustomerFormValues) => ({
  emails: v.email.trim() ? [v.email.trim()] : [],
  phones: v.phone.trim() ? [{ number: v.phone, whatsapp: v.whatsapp }] : [],
});

/** POST /customers: what was typed (masks included); the API normalizes and validates. */
export function createCustomerBody(v: CustomerFormValues): BodyOf<'/api/v1/customers', 'post'> {
  const date = dateOf(v);
  const hasAddress = [v.zipCode, v.street, v.number, v.district, v.city, v.state].some((x) => x.trim());
  return {
    kind: v.kind,
    name: v.name,
    document: v.document,
    ...contacts(v),
    ...(v.kind === 'PJ' && v.tradeName.trim() ? { tradeName: v.tradeName.trim() } : {}),
    ...(v.kind === 'PJ' && v.stateRegistration.trim() ? { stateRegistration: v.stateRegistration.trim() } : {}),
    ...(date ? (v.kind === 'PF' ? { birthDate: date } : { foundationDate: date }) : {}),
    ...(hasAddress
      ? {
          addresses: [{
            type: 'installation' as const, zipCode: v.zipCode, street: v.street, number: v.number, district: v.district, city: v.city,
            state: v.state.toUpperCase(), ...(v.complement.trim() ? { complement: v.complement } : {}),
          }],
        }
      : {}),
  };
}

/** PATCH /customers/{id}: every editable field, `null` clearing an optional one (the document never changes). */
export function updateCustomerBody(v: CustomerFormValues): BodyOf<'/api/v1/customers/{id}', 'patch'> {
  const date = dateOf(v);
  return {
    name: v.name,
    ...contacts(v),
    ...(v.kind === 'PF' ? { birthDate: date } : { foundationDate: date }),
    ...(v.kind === 'PJ' ? { tradeName: v.tradeName.trim() || null, stateRegistration: v.stateRegistration.trim() || null } : {}),
  };
}

/** Registration and edit of a customer: masks while typing; the API validates and names bad fields. */
export function CustomerForm({ initial, mode, onSubmit, busy, error }: {
  initial: CustomerFormValues;
  mode: 'create' | 'edit';
  onSubmit: (v: CustomerFormValues) => void;
  busy: boolean;
  error: unknown;
}) {
  const [v, setV] = useState(initial);
  const set = <K extends keyof CustomerFormValues>(k: K) => (value: CustomerFormValues[K]) => setV((s) => ({ ...s, [k]: value }));
  const errs = fieldErrors(error);
  const err = (...fields: string[]) => fields.map((f) => errs[f]).find(Boolean);
  const dateField = v.kind === 'PF' ? 'birthDate' : 'foundationDate';
  const placed = ['kind', 'name', 'tradeName', 'document', 'stateRegistration', 'birthDate', 'foundationDate', 'emails.0', 'phones.0', 'phones.0.number',
    'addresses.0.zipCode', 'addresses.0.street', 'addresses.0.number', 'addresses.0.complement', 'addresses.0.district', 'addresses.0.city', 'addresses.0.state'];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(v);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {mode === 'create' && (
          <SegmentedControl
            value={v.kind}
            onChange={(k) => set('kind')(k as 'PF' | 'PJ')}
            data={[{ value: 'PF', label: t.kindPF }, { value: 'PJ', label: t.kindPJ }]}
            aria-label={t.kind}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={v.kind === 'PF' ? t.name : t.companyName} required value={v.name} onChange={(e) => set('name')(e.currentTarget.value)} error={err('name')} />
          {mode === 'create' ? (
            <MaskedInput label={v.kind === 'PF' ? t.cpf : t.cnpj} required mask={maskDocument} value={v.document} onValue={set('document')} error={err('document')} inputMode="text" autoComplete="off" />
          ) : (
            <TextInput label={t.document} value={v.document} readOnly description={t.documentLocked} />
          )}
          {v.kind === 'PJ' && <TextInput label={t.tradeName} value={v.tradeName} onChange={(e) => set('tradeName')(e.currentTarget.value)} error={err('tradeName')} />}
          {v.kind === 'PJ' && <TextInput label={t.stateRegistration} value={v.stateRegistration} onChange={(e) => set('stateRegistration')(e.currentTarget.value)} error={err('stateRegistration')} />}
          <MaskedInput label={v.kind === 'PF' ? t.birthDate : t.foundationDate} placeholder={t.dateHint} mask={maskDate} value={v.date} onValue={set('date')} error={err(dateField)} inputMode="numeric" />
          <TextInput label={t.email} type="email" value={v.email} onChange={(e) => set('email')(e.currentTarget.value)} error={err('emails.0', 'emails')} />
          <MaskedInput label={t.phone} mask={maskPhone} value={v.phone} onValue={set('phone')} error={err('phones.0.number', 'phones.0', 'phones')} inputMode="tel" placeholder="(11) 98765-4321" />
          <Checkbox label={t.whatsapp} checked={v.whatsapp} onChange={(e) => set('whatsapp')(e.currentTarget.checked)} mt={{ sm: 'xl' }} />
        </SimpleGrid>
        {mode === 'create' && (
          <Fieldset legend={t.address}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <MaskedInput label={t.zipCode} mask={maskCep} value={v.zipCode} onValue={set('zipCode')} error={err('addresses.0.zipCode')} inputMode="numeric" />
              <TextInput label={t.street} value={v.street} onChange={(e) => set('street')(e.currentTarget.value)} error={err('addresses.0.street')} />
              <TextInput label={t.number} value={v.number} onChange={(e) => set('number')(e.currentTarget.value)} error={err('addresses.0.number')} />
              <TextInput label={t.complement} value={v.complement} onChange={(e) => set('complement')(e.currentTarget.value)} error={err('addresses.0.complement')} />
              <TextInput label={t.district} value={v.district} onChange={(e) => set('district')(e.currentTarget.value)} error={err('addresses.0.district')} />
              <TextInput label={t.city} value={v.city} onChange={(e) => set('city')(e.currentTarget.value)} error={err('addresses.0.city')} />
              <TextInput label={t.state} maxLength={2} value={v.state} onChange={(e) => set('state')(e.currentTarget.value.toUpperCase())} error={err('addresses.0.state')} />
            </SimpleGrid>
          </Fieldset>
        )}
        <ErrorAlert error={error} placed={placed} />
        <Group>
          <Button type="submit" loading={busy}>{mode === 'create' ? messages.common.create : messages.common.save}</Button>
          {busy && <Text size="sm" c="dimmed">{messages.common.loading}</Text>}
        </Group>
      </Stack>
    </form>
  );
}
