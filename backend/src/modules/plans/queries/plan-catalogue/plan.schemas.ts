import { z } from 'zod';
import { uf } from '@netprovider/br-docs';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { ADD_ON_CATEGORIES } from '../../domain/add-on.events.js';
import { TECHNOLOGIES } from '../../domain/plan.events.js';
import type { PlanView } from './plan-catalogue.reader.js';

/*
 * Response schemas of the catalogue routes (documentation only, see ZodResponse). Add-ons and promotions are
 * read as SQL rows (queries/add-ons, queries/promotions): their schemas follow the columns and the domain types.
 */

const instant = z.string().describe('ISO instant');

export const PenaltyRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('prorata'), amountCents: z.number().int() }),
  z.object({ kind: z.literal('percentage'), basisPoints: z.number().int() }),
]).meta({ id: 'PenaltyRule' });

export const PlanTermsSchema = z.object({
  technology: z.enum(TECHNOLOGIES as [string, ...string[]] as ['FTTH', 'radio', 'cable', 'DSL', 'satellite', 'other']),
  downloadMbps: z.number(),
  uploadMbps: z.number(),
  priceCents: z.number().int(),
  installationFeeCents: z.number().int(),
  loyaltyMonths: z.number().int().describe('0 = no loyalty'),
  penaltyRule: PenaltyRuleSchema,
  ipv4: z.enum(['public', 'cgnat']),
  ipv6PrefixLength: z.number().int().optional(),
}).meta({ id: 'PlanTerms' });

export const PlanViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  version: z.number().int().describe('the current version: what new sales get'),
  terms: PlanTermsSchema,
  versions: z.array(z.object({ version: z.number().int(), terms: PlanTermsSchema, publishedAt: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'PlanView' });
export const PlanListSchema = z.object({ items: z.array(PlanViewSchema) }).meta({ id: 'PlanList' });

export const AddOnViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.enum(ADD_ON_CATEGORIES as unknown as ['tv', 'streaming', 'security', 'cloud', 'telephony', 'support', 'other']),
  priceCents: z.number().int(),
  version: z.number().int(),
  active: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
}).meta({ id: 'AddOnView' });
export const AddOnListSchema = z.object({ items: z.array(AddOnViewSchema) }).meta({ id: 'AddOnList' });

export const PromotionDiscountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percentage'), basisPoints: z.number().int() }),
  z.object({ kind: z.literal('fixed'), amountCents: z.number().int() }),
]).meta({ id: 'PromotionDiscount' });
export const PromotionViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  discount: PromotionDiscountSchema,
  months: z.number().int(),
  eligibility: z.object({
    newCustomersOnly: z.boolean(),
    planIds: z.array(z.string()).describe('empty = every plan'),
    regions: z.array(z.union([z.object({ uf: z.enum(uf.UF_CODES) }), z.object({ ibgeCityCode: z.string() })])).describe('empty = everywhere'),
  }),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullable(),
  createdAt: instant,
  updatedAt: instant,
}).meta({ id: 'PromotionView' });
export const PromotionListSchema = z.object({ items: z.array(PromotionViewSchema) }).meta({ id: 'PromotionList' });

responseMatches<SameShape<z.infer<typeof PlanViewSchema>, PlanView>>();
