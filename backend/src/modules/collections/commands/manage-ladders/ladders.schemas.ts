import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import type { Ladder } from '../../domain/ladder.js';
import type { LadderList } from './ladders.http.controller.js';

/* Response schemas of the dunning-ladder routes (documentation only, see ZodResponse). */

export const LadderStepSchema = z.object({
  id: z.string().describe('stable within the ladder'),
  daysOffset: z.number().int().describe('negative: before the due date; positive: days overdue'),
  action: z.enum(['remind', 'notify', 'throttle', 'redirect', 'block', 'cancel']),
  channel: z.enum(['email', 'sms', 'whatsapp']).optional(),
  template: z.string().optional().describe('pt-BR text with {{placeholders}}'),
}).meta({ id: 'LadderStep' });
export const TrustUnblockRulesSchema = z.object({
  enabled: z.boolean(),
  days: z.number().int(),
  maxUsesPer30Days: z.number().int(),
  maxUsesPerBlock: z.number().int(),
  minDaysSinceLastUse: z.number().int(),
  maxBrokenPromisesIn12Months: z.number().int(),
}).meta({ id: 'TrustUnblockRules' });
export const LadderSchema = z.object({
  id: z.string(),
  name: z.string(),
  planIds: z.array(z.string()).describe('plans this ladder applies to; empty on the company default'),
  isDefault: z.boolean(),
  steps: z.array(LadderStepSchema),
  suspensionNotice: z.object({ stepId: z.string(), minDays: z.number().int() }),
  trustUnblock: TrustUnblockRulesSchema,
}).meta({ id: 'Ladder' });
/** GET /collections/ladders: the company's ladders and the built-in one that applies when none is the default. */
export const LadderListSchema = z.object({ items: z.array(LadderSchema), builtIn: LadderSchema }).meta({ id: 'LadderList' });

responseMatches<SameShape<z.infer<typeof LadderSchema>, Ladder>>();
responseMatches<SameShape<z.infer<typeof LadderListSchema>, LadderList>>();
