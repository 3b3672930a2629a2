import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import type { CustomerConsents } from './customer-consents.http.controller.js';

/* Response schema of GET /customers/{id}/consents (documentation only, see ZodResponse). */

export const ConsentRecordSchema = z.object({
  purpose: z.string(),
  action: z.enum(['granted', 'revoked']),
  channel: z.string(),
  evidence: z.string().nullable().describe('null once the customer is erased (personal data, crypto-shredded)'),
  at: z.string(),
  actorId: z.string().nullable(),
}).meta({ id: 'ConsentRecord' });
export const ConsentHistorySchema = z.object({
  current: z.record(z.string(), z.object({ granted: z.boolean(), at: z.string() })).describe('per purpose: whether consent stands now, and since when'),
  history: z.array(ConsentRecordSchema).describe('every grant and revocation, oldest first (LGPD art. 8 §2)'),
}).meta({ id: 'CustomerConsents' });

responseMatches<SameShape<z.infer<typeof ConsentHistorySchema>, CustomerConsents>>();
