import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { InvoiceViewSchema } from '../../queries/invoices/invoice.schemas.js';
import { StatementLineViewSchema } from '../../queries/statements/statement.schemas.js';
import type { StatementLineConfirmed, StatementLineIgnored } from './reconcile-statement-line.http.controller.js';

/* Response schemas of the statement-line decisions (documentation only, see ZodResponse). */

/** POST /billing/statements/{id}/lines/{fitId}/confirm: the payment recorded (or found), the line and the invoice after it. */
export const StatementLineConfirmedSchema = z.object({
  outcome: z.enum(['recorded', 'duplicate']).describe('duplicate: this credit had already settled this invoice'),
  paymentId: z.string(),
  line: StatementLineViewSchema,
  invoice: InvoiceViewSchema,
}).meta({ id: 'StatementLineConfirmed' });
/** POST /billing/statements/{id}/lines/{fitId}/ignore */
export const StatementLineIgnoredSchema = z.object({ line: StatementLineViewSchema }).meta({ id: 'StatementLineIgnored' });

responseMatches<SameShape<z.infer<typeof StatementLineConfirmedSchema>, StatementLineConfirmed>>();
responseMatches<SameShape<z.infer<typeof StatementLineIgnoredSchema>, StatementLineIgnored>>();
