import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { ContractAddressSchema, ContractStatusSchema, ContractViewSchema } from '../contract-details/contract.schemas.js';
import type { PortalContractView } from './portal-contract.view.js';

/* Response schemas of the customer area's contract routes (documentation only, see ZodResponse). */

const StaffPromotion = ContractViewSchema.shape.promotion.unwrap();
export const PortalContractViewSchema = z.object({
  id: z.string(),
  status: ContractStatusSchema,
  suspension: z.object({
    reason: z.enum(['delinquency', 'customer_request']), startsOn: z.string(), endsOn: z.string().optional(),
    reasonText: z.string().describe('pt-BR, in words a subscriber understands'),
  }).nullable(),
  plan: z.object({
    name: z.string(), technology: z.string().nullable(), version: z.number().int(), downloadMbps: z.number(), uploadMbps: z.number(), priceCents: z.number().int(),
  }).nullable(),
  addOns: z.array(z.object({ addOnId: z.string(), name: z.string(), priceCents: z.number().int() })),
  promotion: z.object({
    discount: StaffPromotion.shape.discount, months: z.number().int(), monthsRemaining: z.number().int(), endsOn: z.string().nullable(),
  }).nullable(),
  monthlyTotalCents: z.number().int().nullable(),
  installationAddress: ContractAddressSchema.nullable(),
  dueDay: z.number().int(),
  loyaltyEndsOn: z.string().nullable(),
  pppoeLogin: z.string().nullable().describe('never the password'),
  activatedOn: z.string().nullable(),
  acceptedAt: z.string().nullable(),
}).meta({ id: 'PortalContractView' });
export const PortalContractListSchema = z.object({ items: z.array(PortalContractViewSchema) }).meta({ id: 'PortalContractList' });

responseMatches<SameShape<z.infer<typeof PortalContractViewSchema>, PortalContractView>>();
