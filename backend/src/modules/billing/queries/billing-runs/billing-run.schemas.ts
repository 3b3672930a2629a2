import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { InvoiceItemSchema } from '../invoices/invoice.schemas.js';
import type { BillingRunView } from './billing-runs.reader.js';

/* Response schemas of the billing-run routes (documentation only, see ZodResponse). */

const instant = z.string().describe('ISO instant');
const Warnings = z.record(z.string(), z.number().int()).describe('count of lines per warning');

export const BillingRunStatusSchema = z.enum(['previewing', 'awaiting_approval', 'issuing', 'completed', 'discarded']).meta({ id: 'BillingRunStatus' });

export const BillingRunPreviewLineSchema = z.object({
  contractId: z.string(),
  customerId: z.string(),
  dueDate: z.iso.date().nullable(),
  totalCents: z.number().int(),
  items: z.array(InvoiceItemSchema),
  warning: z.string().nullable(),
  invoiceId: z.string().nullable(),
  error: z.string().nullable(),
}).meta({ id: 'BillingRunPreviewLine' });

const summary = {
  id: z.string(),
  competence: z.string(),
  dueDayFrom: z.number().int(),
  dueDayTo: z.number().int(),
  status: BillingRunStatusSchema,
  total: z.number().int().describe('invoices to issue (from the preview)'),
  done: z.number().int(),
  failed: z.number().int(),
  totalCents: z.number().int(),
  rate: z.number().nullable().describe('invoices per second while issuing'),
  warnings: Warnings,
  requestedBy: z.string(),
  requestedAt: instant,
  approvedBy: z.string().nullable(),
  approvedAt: instant.nullable(),
  startedAt: instant.nullable(),
  finishedAt: instant.nullable(),
};
export const BillingRunSummarySchema = z.object(summary).meta({ id: 'BillingRunSummary' });
export const BillingRunListSchema = z.object({ items: z.array(BillingRunSummarySchema) }).meta({ id: 'BillingRunList' });
export const BillingRunViewSchema = z.object({
  ...summary,
  preview: z.object({ invoices: z.number().int(), totalCents: z.number().int(), warnings: Warnings, lines: z.array(BillingRunPreviewLineSchema), nextPage: z.number().int().nullable() })
    .nullable().describe('null while previewing'),
}).meta({ id: 'BillingRunView' });

responseMatches<SameShape<z.infer<typeof BillingRunViewSchema>, BillingRunView>>();
responseMatches<SameShape<z.infer<typeof BillingRunSummarySchema>, Omit<BillingRunView, 'preview'>>>();
