import { cep, uf } from '@netprovider/br-docs';
import { z } from 'zod';

/*
 * Request shape of POST /contracts (zod 4): `{ customerId, planId, dueDay, installationAddress }` plus
 * optional add-ons, promotion, billing address and fixed IP. The handler turns it into DraftContract by
 * resolving the plan version / add-on prices / promotion from the plans public API and generating the
 * PPPoE credentials (pppoe-credentials.ts). The decider stays the final authority.
 */

export const contractAddressSchema = z.object({
  type: z.enum(['installation', 'billing', 'fiscal']).optional(),
  zipCode: z.string().refine((v) => cep.isValid(v), { error: 'is not a valid CEP (8 digits, e.g. 01310-100)' }),
  street: z.string().trim().min(1, { error: 'is required' }).max(200),
  number: z.string().trim().min(1, { error: 'is required' }).max(20),
  complement: z.string().trim().max(120).optional(),
  district: z.string().trim().min(1, { error: 'is required' }).max(120),
  city: z.string().trim().min(1, { error: 'is required' }).max(120),
  cityIbgeCode: z.string().regex(/^\d{7}$/, { error: 'is not a 7-digit IBGE city code' }).optional(),
  state: z
    .string()
    .transform((s) => uf.normalize(s))
    .refine((s) => uf.isValid(s), { error: 'is not a Brazilian state (UF), e.g. SP' }),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});

export const draftContractRequestSchema = z.object({
  customerId: z.string().min(1),
  planId: z.string().min(1),
  dueDay: z.number().int({ error: 'must be a whole day of the month' }).min(1, { error: 'must be between 1 and 31' }).max(31, { error: 'must be between 1 and 31' }),
  installationAddress: contractAddressSchema,
  billingAddress: contractAddressSchema.optional(),
  addOnIds: z.array(z.string().min(1)).max(20).default([]),
  promotionId: z.string().min(1).optional(),
  fixedIp: z.ipv4({ error: 'is not an IPv4 address' }).optional(),
  pppoeLogin: z.string().regex(/^[a-z0-9][a-z0-9._@-]{2,63}$/).optional(),
  /** The plan's installation fee: in 1–12 instalments on the first invoices, or waived. */
  installation: z.object({ instalments: z.number().int().min(1).max(12).optional(), waive: z.boolean().optional() }).optional(),
});

export type DraftContractRequest = z.infer<typeof draftContractRequestSchema>;
