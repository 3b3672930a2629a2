import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { postalAddressFields } from '../../../../shared-kernel/postal-address.schema.js';
import type { ContractListItem } from './contract-directory.reader.js';
import type { ContractView } from './contract.view.js';

/* Response schemas of the contract queries (documentation only, see ZodResponse). */

export const ContractStatusSchema = z.enum(['draft', 'awaiting_installation', 'active', 'suspended', 'cancelled']).meta({ id: 'ContractStatus' });
export const ContractAddressSchema = z.object(postalAddressFields).meta({ id: 'ContractAddress' });
export const PlanSnapshotSchema = z.object({
  planId: z.string(),
  planVersion: z.number().int(),
  downloadMbps: z.number(),
  uploadMbps: z.number(),
  priceCents: z.number().int(),
  loyaltyMonths: z.number().int(),
  penaltyAmountCents: z.number().int().describe('full penalty before proration; 0 = none'),
}).meta({ id: 'PlanSnapshot' });
export const LoyaltySchema = z.object({ startsOn: z.iso.date(), endsOn: z.iso.date(), penaltyAmountCents: z.number().int() }).meta({ id: 'Loyalty' });

export const ContractViewSchema = z.object({
  id: z.string(),
  status: ContractStatusSchema,
  customerId: z.string(),
  plan: PlanSnapshotSchema.nullable(),
  addOns: z.array(z.object({ addOnId: z.string(), version: z.number().int(), priceCents: z.number().int() })),
  promotion: z.object({
    promotionId: z.string(),
    discount: z.discriminatedUnion('kind', [z.object({ kind: z.literal('percentage'), basisPoints: z.number().int() }), z.object({ kind: z.literal('fixed'), amountCents: z.number().int() })]),
    months: z.number().int(),
    monthsRemaining: z.number().int(),
  }).nullable(),
  combo: z.object({ comboId: z.string(), version: z.number().int(), priceCents: z.number().int(), addOnIds: z.array(z.string()), discountCents: z.number().int() }).nullable(),
  monthly: z.object({
    planCents: z.number().int(), addOnsCents: z.number().int(), comboDiscountCents: z.number().int(), promotionDiscountCents: z.number().int(), totalCents: z.number().int(),
  }).nullable().describe('this month: plan + add-ons − combo discount − promotion discount'),
  installationAddress: ContractAddressSchema.nullable(),
  billingAddress: ContractAddressSchema.nullable(),
  dueDay: z.number().int(),
  pppoeLogin: z.string().nullable(),
  fixedIp: z.string().nullable(),
  activatedOn: z.string().nullable(),
  billingStartsOn: z.string().nullable(),
  loyalty: LoyaltySchema.nullable(),
  suspension: z.object({ reason: z.enum(['delinquency', 'customer_request']), startsOn: z.string(), endsOn: z.string().optional() }).nullable(),
  version: z.number().int(),
}).meta({ id: 'ContractView' });
/** GET /contracts/{id}: the view, as it was at `asOf` when given. */
export const ContractDetailSchema = ContractViewSchema.extend({ asOf: z.string().nullable() }).meta({ id: 'ContractDetail' });

export const ContractListItemSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  planId: z.string(),
  planVersion: z.number().int(),
  priceCents: z.number().int(),
  status: ContractStatusSchema,
  dueDay: z.number().int(),
  activatedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'ContractListItem' });
export const ContractListSchema = z.object({ items: z.array(ContractListItemSchema) }).meta({ id: 'ContractList' });

responseMatches<SameShape<z.infer<typeof ContractViewSchema>, ContractView>>();
responseMatches<SameShape<z.infer<typeof ContractListItemSchema>, ContractListItem>>();
