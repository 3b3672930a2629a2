import { cep, document as brDocument, email as brEmail, phone as brPhone, uf, type UF } from '@netprovider/br-docs';
import { z } from 'zod';
import { CONSENT_CHANNELS, CONSENT_PURPOSES } from './customer.events.js';
import type { RegisterCustomer, UpdateCustomer } from './customer.decider.js';

/*
 * Request shapes of the customers HTTP API (zod 4). They double as the OpenAPI contract (io: 'input') and
 * give one message per offending field with its path (`document`, `phones.1.number`, `addresses.0.zipCode`),
 * using the same br-docs rules as the decider, which stays the final authority.
 */

const REASONS: Record<string, string> = {
  empty: 'is required',
  'invalid-characters': 'has invalid characters',
  length: 'has the wrong length',
  'repeated-digits': 'is not a real number (repeated digits)',
  'check-digit': 'has wrong check digits',
  'area-code': 'has an area code (DDD) that does not exist',
  'subscriber-number': 'is not a valid Brazilian landline (8 digits from 2 to 5) or mobile (9 digits from 9) number',
  'country-code': 'must be a Brazilian number (+55)',
  format: 'is not in the expected format',
};

const text = (max: number) => z.string().trim().min(1, { error: 'is required' }).max(max, { error: `must have at most ${max} characters` });

export const zipCodeSchema = z.string().refine((v) => cep.isValid(v), { error: 'is not a valid CEP (8 digits, e.g. 01310-100)' });

export const emailSchema = z.string().refine((v) => brEmail.isValid(v), { error: 'is not a valid e-mail address' });

const phoneNumberSchema = z.string().superRefine((v, ctx) => {
  const r = brPhone.safeParse(v);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: `phone ${REASONS[r.error.reason] ?? 'is invalid'}`, params: { reason: r.error.reason } });
});

/** `"(11) 98765-4321"` or `{ "number": "(11) 98765-4321", "whatsapp": true }`. */
export const phoneSchema = z.union([phoneNumberSchema, z.object({ number: phoneNumberSchema, whatsapp: z.boolean().optional() })]);

export const addressSchema = z.object({
  type: z.enum(['installation', 'billing', 'fiscal']),
  zipCode: zipCodeSchema,
  street: text(200),
  number: text(20),
  complement: z.string().trim().max(120).optional(),
  district: text(120),
  city: text(120),
  cityIbgeCode: z.string().regex(/^\d{7}$/, { error: 'is not a 7-digit IBGE city code' }).optional(),
  state: z
    .string()
    .transform((s) => uf.normalize(s))
    .refine((s) => uf.isValid(s), { error: 'is not a Brazilian state (UF), e.g. SP' }),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});

const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });

export const registerCustomerRequestSchema = z
  .object({
    kind: z.enum(['PF', 'PJ']),
    name: text(200),
    tradeName: text(200).optional(),
    document: z.string(),
    stateRegistration: z.string().trim().min(1).max(20).optional(),
    birthDate: isoDate.optional(),
    foundationDate: isoDate.optional(),
    emails: z.array(emailSchema).max(10).default([]),
    phones: z.array(phoneSchema).max(10).default([]),
    addresses: z.array(addressSchema).max(20).default([]),
  })
  .superRefine((body, ctx) => {
    const parsed = brDocument.safeParse(body.document);
    const expected = body.kind === 'PF' ? 'CPF' : 'CNPJ';
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['document'], message: `${expected} ${REASONS[parsed.error.reason] ?? 'is invalid'}`, params: { reason: parsed.error.reason } });
    else if (parsed.kind !== expected) ctx.addIssue({ code: 'custom', path: ['document'], message: `a ${body.kind} customer is identified by a ${expected}` });
    if (body.kind === 'PF' && body.tradeName !== undefined) ctx.addIssue({ code: 'custom', path: ['tradeName'], message: 'only PJ customers have a nome fantasia' });
    if (body.kind === 'PF' && body.foundationDate !== undefined) ctx.addIssue({ code: 'custom', path: ['foundationDate'], message: 'PF customers have a birthDate' });
    if (body.kind === 'PJ' && body.birthDate !== undefined) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'PJ customers have a foundationDate' });
  });

export type RegisterCustomerRequest = z.infer<typeof registerCustomerRequestSchema>;

export const updateCustomerRequestSchema = z.object({
  name: text(200).optional(),
  tradeName: text(200).nullable().optional(),
  stateRegistration: z.string().trim().min(1).max(20).nullable().optional(),
  birthDate: isoDate.nullable().optional(),
  foundationDate: isoDate.nullable().optional(),
  emails: z.array(emailSchema).max(10).optional(),
  phones: z.array(phoneSchema).max(10).optional(),
});

export type UpdateCustomerRequest = z.infer<typeof updateCustomerRequestSchema>;

/** The customer area may change only its contacts, with the same rules as the staff route. */
export const portalContactRequestSchema = updateCustomerRequestSchema.pick({ emails: true, phones: true });
export type PortalContactRequest = z.infer<typeof portalContactRequestSchema>;

export const consentRequestSchema = z.object({
  purpose: z.enum(CONSENT_PURPOSES as [string, ...string[]]),
  channel: z.enum(CONSENT_CHANNELS as [string, ...string[]]),
  evidence: text(2000),
});

export function toRegisterCustomerCommand(body: RegisterCustomerRequest, ids: { customerId: string; at: string }): RegisterCustomer {
  const data: RegisterCustomer['data'] = {
    customerId: ids.customerId,
    kind: body.kind,
    name: body.name,
    document: body.document,
    emails: body.emails,
    phones: body.phones,
    addresses: body.addresses.map((a) => ({ ...a, state: a.state as UF })), // refined by uf.isValid above
    at: ids.at,
  };
  if (body.tradeName !== undefined) data.tradeName = body.tradeName;
  if (body.stateRegistration !== undefined) data.stateRegistration = body.stateRegistration;
  if (body.birthDate !== undefined) data.birthDate = body.birthDate;
  if (body.foundationDate !== undefined) data.foundationDate = body.foundationDate;
  return { type: 'RegisterCustomer', data };
}

export function toUpdateCustomerCommand(body: UpdateCustomerRequest, at: string): UpdateCustomer {
  const data: UpdateCustomer['data'] = { at };
  for (const key of ['name', 'tradeName', 'stateRegistration', 'birthDate', 'foundationDate', 'emails', 'phones'] as const) {
    if (body[key] !== undefined) (data as Record<string, unknown>)[key] = body[key];
  }
  return { type: 'UpdateCustomer', data };
}

/** PATCH of one address: only the given fields change (the rest is kept from the current address). */
export const addressChangeRequestSchema = addressSchema.partial();
export type AddressChangeRequest = z.infer<typeof addressChangeRequestSchema>;
export type AddressRequest = z.infer<typeof addressSchema>;

export const noteRequestSchema = z.object({ text: text(5000) });
export type NoteRequest = z.infer<typeof noteRequestSchema>;

export const guarantorRequestSchema = z
  .object({
    name: text(200),
    document: z.string(),
    phone: phoneNumberSchema.optional(),
    email: emailSchema.optional(),
  })
  .superRefine((body, ctx) => {
    const parsed = brDocument.safeParse(body.document);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['document'], message: `CPF/CNPJ ${REASONS[parsed.error.reason] ?? 'is invalid'}`, params: { reason: parsed.error.reason } });
  });
export type GuarantorRequest = z.infer<typeof guarantorRequestSchema>;

export type ConsentRequest = z.infer<typeof consentRequestSchema>;

export const consentRevocationRequestSchema = z.object({
  channel: z.enum(CONSENT_CHANNELS as [string, ...string[]]),
  evidence: z.string().trim().max(2000).optional(),
});
export type ConsentRevocationRequest = z.infer<typeof consentRevocationRequestSchema>;
