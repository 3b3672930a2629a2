import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import type { PriceAdjustmentResult } from './adjust-plan-price.js';

/* Response schema of POST /plans/{id}/price-adjustments (documentation only, see ZodResponse). */

export const PriceAdjustmentResultSchema = z.object({
  planId: z.string(),
  version: z.number().int().describe('the plan version carrying the new price'),
  priceCents: z.number().int(),
  effectiveOn: z.iso.date(),
  contracts: z.array(z.object({
    contractId: z.string(),
    fromVersion: z.number().int().optional(),
    fromPriceCents: z.number().int().optional(),
    skipped: z.string().optional().describe('why it was not adjusted: not on this plan, cancelled, already on the version, not found'),
  })).describe('each contract moved (or not) to the new version'),
}).meta({ id: 'PriceAdjustmentResult' });

responseMatches<SameShape<z.infer<typeof PriceAdjustmentResultSchema>, PriceAdjustmentResult>>();
