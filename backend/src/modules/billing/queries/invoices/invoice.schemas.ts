import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import type { SecondCopy } from './second-copy.js';
import type { InvoiceView } from './invoice.view.js';
import type { BankInstruction, InvoicePage } from './invoices.reader.js';

/*
 * Response schemas of the invoice routes (documentation only: `ZodResponse` puts them in the OpenAPI document,
 * so packages/api-client types the answers; nothing is validated or stripped at runtime). The `Same` checks
 * below fail the build when a schema and the view it documents drift apart.
 */

const date = z.iso.date();
const instant = z.string().describe('ISO instant');

export const InvoiceStatusSchema = z.enum(['open', 'partially_paid', 'paid', 'cancelled', 'overdue', 'written_off', 'renegotiated']).meta({ id: 'InvoiceStatus' });
export const PaymentMethodSchema = z.enum(['cash', 'card', 'transfer', 'boleto', 'pix', 'credit']).meta({ id: 'PaymentMethod' });

export const LateChargeRulesSchema = z.object({
  finePercentBp: z.number().int(),
  interestMonthlyBp: z.number().int(),
  graceDays: z.number().int(),
  earlyDiscount: z.object({ amountCents: z.number().int(), daysBefore: z.number().int() }).optional(),
}).meta({ id: 'LateChargeRules' });

export const InvoiceItemSchema = z.object({
  kind: z.enum(['plan', 'add-on', 'promotion', 'adjustment', 'installation', 'charge', 'credit', 'agreement', 'agreement-charges']),
  description: z.string(),
  amountCents: z.number().int(),
  reference: z.string().optional(),
}).meta({ id: 'InvoiceItem' });

export const PaymentViewSchema = z.object({
  id: z.string(),
  method: PaymentMethodSchema,
  amountCents: z.number().int(),
  principalCents: z.number().int(),
  fineCents: z.number().int(),
  interestCents: z.number().int(),
  discountCents: z.number().int(),
  feesCents: z.number().int(),
  overpaidCents: z.number().int(),
  paidOn: date,
  source: z.object({ kind: z.string(), reference: z.string() }),
  receivedBy: z.string().nullable(),
  recordedAt: instant,
  reversed: z.object({ reason: z.string(), at: instant }).nullable(),
}).meta({ id: 'PaymentView' });

export const InvoiceViewSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  customerId: z.string(),
  contractId: z.string().nullable(),
  competence: z.string().nullable(),
  runId: z.string().nullable(),
  issuedOn: date,
  dueDate: date,
  payableWithoutChargesUntil: date.describe('the last day it can be paid without charges'),
  items: z.array(InvoiceItemSchema),
  totalCents: z.number().int(),
  paidCents: z.number().int(),
  discountCents: z.number().int(),
  outstandingCents: z.number().int(),
  writtenOffCents: z.number().int(),
  renegotiatedCents: z.number().int(),
  status: InvoiceStatusSchema,
  rules: LateChargeRulesSchema,
  boleto: z.object({
    bankCode: z.string(), collectionAccountId: z.string(), nossoNumero: z.string(), nossoNumeroFormatted: z.string(), barcode: z.string(), digitableLine: z.string(),
  }).nullable(),
  pix: z.object({ txid: z.string(), brCode: z.string(), kind: z.enum(['static', 'cobv']), location: z.string().optional() }).nullable(),
  payments: z.array(PaymentViewSchema),
  cancellation: z.object({ reason: z.string(), at: instant }).nullable(),
  writeOff: z.object({ reason: z.string(), amountCents: z.number().int(), at: instant }).nullable(),
  agreementId: z.string().nullable(),
  dueDateChanges: z.array(z.object({ previousDueDate: date, dueDate: date, reason: z.string(), changedBy: z.string().nullable(), at: instant }))
    .describe('alterações de vencimento, oldest first'),
  history: z.array(z.object({ version: z.number().int(), type: z.string(), at: instant, actorId: z.string().nullable(), summary: z.string() })),
  version: z.number().int(),
}).meta({ id: 'InvoiceView' });

export const BankInstructionSchema = z.object({
  kind: z.string().describe('write-off | change-due-date'),
  reason: z.string(),
  remittanceId: z.string(),
  sequence: z.number().int(),
  movementCode: z.string(),
  sentAt: instant,
  status: z.enum(['sent', 'confirmed']),
  confirmedAt: instant.nullable(),
  confirmationCode: z.string().nullable(),
  confirmationDate: date.nullable(),
  dueDate: date.nullable().optional().describe('change-due-date: the date the instruction 06 carried'),
}).meta({ id: 'BankInstruction' });

/** GET /invoices/{id}: the view, plus the bank instructions when not time-travelled. */
export const InvoiceDetailSchema = InvoiceViewSchema.extend({ bankInstructions: z.array(BankInstructionSchema).optional().describe('absent with asOf') }).meta({ id: 'InvoiceDetail' });

export const InvoiceListItemSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  customerId: z.string(),
  contractId: z.string().nullable(),
  competence: z.string().nullable(),
  issuedOn: date,
  dueDate: date,
  totalCents: z.number().int(),
  paidCents: z.number().int(),
  outstandingCents: z.number().int(),
  status: InvoiceStatusSchema,
  bankCode: z.string().nullable(),
  nossoNumero: z.string().nullable(),
  digitableLine: z.string().nullable(),
}).meta({ id: 'InvoiceListItem' });
export const InvoicePageSchema = z.object({ page: z.number().int(), pageSize: z.number().int(), total: z.number().int(), items: z.array(InvoiceListItemSchema) }).meta({ id: 'InvoicePage' });

export const SecondCopySchema = z.object({
  invoiceId: z.string(),
  payOn: date,
  outstandingCents: z.number().int(),
  fineCents: z.number().int(),
  interestCents: z.number().int(),
  discountCents: z.number().int(),
  totalCents: z.number().int(),
  daysLate: z.number().int(),
  boleto: z.object({ barcode: z.string(), digitableLine: z.string(), dueDate: date }).nullable(),
  pix: z.object({ brCode: z.string(), txid: z.string() }).nullable(),
}).meta({ id: 'SecondCopy' });

/** The customer area's invoice: without history, run and the staff's due-date notes; with what to pay today. */
export const PortalInvoiceSchema = InvoiceViewSchema.omit({ history: true, runId: true, dueDateChanges: true }).extend({ payToday: SecondCopySchema.nullable() }).meta({ id: 'PortalInvoiceView' });

/** POST /invoices/{id}/payments */
export const PaymentRecordedSchema = z.object({ outcome: z.enum(['recorded', 'duplicate']), payment: PaymentViewSchema.nullable(), invoice: InvoiceViewSchema }).meta({ id: 'PaymentRecorded' });

responseMatches<SameShape<z.infer<typeof InvoiceViewSchema>, InvoiceView>>();
responseMatches<SameShape<z.infer<typeof BankInstructionSchema>, BankInstruction>>();
responseMatches<SameShape<z.infer<typeof InvoicePageSchema>, InvoicePage>>();
responseMatches<SameShape<z.infer<typeof SecondCopySchema>, SecondCopy>>();
