import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { InvoiceViewSchema } from '../../queries/invoices/invoice.schemas.js';
import type { PixChargeRetried } from './retry-pix-charge.http.controller.js';

/* Response schema of POST /billing/pix/charges/{invoiceId}/retry (documentation only, see ZodResponse); a refusal is a 502 problem. */

export const PixChargeRetriedSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('created'), pix: InvoiceViewSchema.shape.pix.unwrap().describe('the cobv the PSP created') }),
  z.object({ outcome: z.literal('due-date-changed'), txid: z.string(), dueDate: z.iso.date() }),
  z.object({ outcome: z.literal('cancelled'), txid: z.string() }),
  z.object({ outcome: z.literal('nothing-to-do') }),
]).meta({ id: 'PixChargeRetried' });

responseMatches<SameShape<z.infer<typeof PixChargeRetriedSchema>, PixChargeRetried>>();
