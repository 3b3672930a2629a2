import { z } from 'zod';
import { MAX_LOYALTY_MONTHS, type CreatePlan } from './plan.decider.js';
import { TECHNOLOGIES } from './plan.events.js';

/*
 * Request shape of POST /plans (zod 4): `{ name, downloadMbps, uploadMbps, priceCents }` required, every
 * other term optional (the decider applies DEFAULT_TERMS). The decider stays the final authority.
 */
const cents = z.number().int({ error: 'must be an integer number of centavos' }).min(0).max(Number.MAX_SAFE_INTEGER);
const mbps = z.number().positive().max(100_000);

export const penaltyRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('prorata'), amountCents: cents }),
  z.object({ kind: z.literal('percentage'), basisPoints: z.number().int().min(0).max(10_000) }),
]);

export const createPlanRequestSchema = z.object({
  name: z.string().trim().min(1).max(120),
  downloadMbps: mbps,
  uploadMbps: mbps,
  priceCents: cents,
  technology: z.enum(TECHNOLOGIES as [string, ...string[]]).optional(),
  installationFeeCents: cents.optional(),
  loyaltyMonths: z.number().int().min(0).max(MAX_LOYALTY_MONTHS).optional(),
  penaltyRule: penaltyRuleSchema.optional(),
  ipv4: z.enum(['public', 'cgnat']).optional(),
  ipv6PrefixLength: z.number().int().min(32).max(64).nullable().optional(),
  active: z.boolean().optional(),
});

export type CreatePlanRequest = z.infer<typeof createPlanRequestSchema>;

export function toCreatePlanCommand(body: CreatePlanRequest, ids: { planId: string; at: string }): CreatePlan {
  const data: CreatePlan['data'] = { planId: ids.planId, name: body.name, downloadMbps: body.downloadMbps, uploadMbps: body.uploadMbps, priceCents: body.priceCents, at: ids.at };
  for (const key of ['technology', 'installationFeeCents', 'loyaltyMonths', 'penaltyRule', 'ipv4', 'ipv6PrefixLength', 'active'] as const) {
    if (body[key] !== undefined) (data as Record<string, unknown>)[key] = body[key];
  }
  return { type: 'CreatePlan', data };
}
