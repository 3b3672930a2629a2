import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import type { TrustUnblockHandler } from './trust-unblock.handler.js';

/* Response schemas of the trust-unblock routes (staff and customer area; documentation only, see ZodResponse). */

export const TrustUnblockEligibilitySchema = z.object({
  contractId: z.string(),
  eligible: z.boolean(),
  code: z.enum(['eligible', 'disabled', 'not-suspended', 'already-released', 'period-limit', 'block-limit', 'too-soon', 'broken-promises']),
  message: z.string().describe('pt-BR, shown to the subscriber and the attendant as is'),
  days: z.number(),
  until: z.string().nullable(),
  nextEligibleOn: z.string().nullable().describe('when a refusal ends by itself (period limit, minimum interval)'),
}).meta({ id: 'TrustUnblockEligibility' });
export const TrustUnblockGrantedSchema = z.object({
  contractId: z.string(),
  released: z.boolean(),
  paymentProof: z.string().nullable().describe('the endToEndId of the PIX that released it at once, if any'),
  until: z.string().nullable(),
  days: z.number().nullable(),
}).meta({ id: 'TrustUnblockGranted' });

responseMatches<SameShape<z.infer<typeof TrustUnblockEligibilitySchema>, Awaited<ReturnType<TrustUnblockHandler['eligibility']>>>>();
responseMatches<SameShape<z.infer<typeof TrustUnblockGrantedSchema>, Awaited<ReturnType<TrustUnblockHandler['grant']>>>>();
