import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import type { PixChargeFailureRow } from '../../infrastructure/pix-charge-failures.repository.js';

/* Response schema of GET /billing/pix/charges (documentation only, see ZodResponse). */

const instant = z.string().describe('ISO instant');

export const PixChargeFailureSchema = z.object({
  invoiceId: z.string(),
  operation: z.enum(['create', 'cancel', 'change-due-date']),
  txid: z.string(),
  pspStatus: z.number().int().describe("the PSP's HTTP status; 0 when there was no answer or the refusal is ours (e.g. no payer document)"),
  errorType: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  violations: z.array(z.object({ property: z.string().nullable(), reason: z.string() })).describe('as the PSP named them; never the values'),
  invoiceNumber: z.number().int().nullable(),
  dueDate: z.iso.date().nullable(),
  totalCents: z.number().int().nullable(),
  attempts: z.number().int(),
  firstFailedAt: instant,
  lastFailedAt: instant,
  resolvedAt: instant.nullable().describe('set once a later attempt succeeded'),
}).meta({ id: 'PixChargeFailure' });
export const PixChargeFailureListSchema = z.object({ items: z.array(PixChargeFailureSchema) }).meta({ id: 'PixChargeFailureList' });

responseMatches<SameShape<z.infer<typeof PixChargeFailureSchema>, PixChargeFailureRow>>();
