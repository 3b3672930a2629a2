import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../platform/http/validation.js';
import type { PixSettlementReport } from './pix-settlement.js';

/* Response schema of the routes that settle received Pix: the PSP's webhook and the staff reconciliation (documentation only, see ZodResponse). */

export const PixSettlementReportSchema = z.object({
  received: z.number().int(),
  settled: z.number().int(),
  duplicates: z.number().int().describe('already settled (a redelivery, or seen by the webhook and the reconciliation)'),
  unknown: z.array(z.string()).describe('endToEndIds of Pix whose txid names no invoice (or that carry none): left for statement matching'),
  rejected: z.array(z.object({ endToEndId: z.string(), invoiceId: z.string(), reason: z.string() }))
    .describe('endToEndIds the invoice refused (e.g. it was cancelled): money to refund or apply by hand'),
}).meta({ id: 'PixSettlementReport' });

responseMatches<SameShape<z.infer<typeof PixSettlementReportSchema>, PixSettlementReport>>();
