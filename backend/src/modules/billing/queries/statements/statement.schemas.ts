import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import type { StatementSummary, StatementView } from './statements.reader.js';

/* Response schemas of the OFX statement routes (documentation only, see ZodResponse). */

const STATUSES = ['proposed', 'unmatched', 'duplicate', 'debit', 'confirmed', 'ignored'] as const;
export const StatementLineStatusSchema = z.enum(STATUSES).meta({ id: 'StatementLineStatus' });
export const MatchProposalSchema = z.object({
  invoiceId: z.string(),
  number: z.number().int(),
  customerId: z.string(),
  score: z.number().int(),
  reasons: z.array(z.enum(['amount', 'amount-with-charges', 'date-window', 'document', 'name', 'name-partial'])),
}).meta({ id: 'MatchProposal' });

export const StatementLineViewSchema = z.object({
  fitId: z.string(),
  postedAt: z.string(),
  amountCents: z.number().int(),
  type: z.string(),
  memo: z.string(),
  name: z.string().nullable(),
  status: StatementLineStatusSchema,
  proposals: z.array(MatchProposalSchema).describe('open invoices this credit may pay, best first'),
  invoiceId: z.string().nullable(),
  paymentId: z.string().nullable(),
  duplicateOf: z.string().nullable().describe('the statement that first listed this line'),
  ignoreReason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
}).meta({ id: 'StatementLineView' });

const summary = {
  id: z.string(),
  fileName: z.string().nullable(),
  account: z.record(z.string(), z.unknown()).nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
  counts: z.object({ ...Object.fromEntries(STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof STATUSES)[number], z.ZodNumber>, lines: z.number().int() }),
};
export const StatementSummarySchema = z.object(summary).meta({ id: 'StatementSummary' });
export const StatementListSchema = z.object({ items: z.array(StatementSummarySchema) }).meta({ id: 'StatementList' });
export const StatementViewSchema = z.object({ ...summary, lines: z.array(StatementLineViewSchema) }).meta({ id: 'StatementView' });
/** POST /billing/statements: 201 with the statement, 200 with the earlier one when the same file was already imported. */
export const StatementImportSchema = z.object({ ...summary, lines: z.array(StatementLineViewSchema), alreadyImported: z.boolean(), repeatedInFile: z.number().int() })
  .meta({ id: 'StatementImport' });

responseMatches<SameShape<z.infer<typeof StatementSummarySchema>, StatementSummary>>();
responseMatches<SameShape<z.infer<typeof StatementViewSchema>, StatementView>>();
