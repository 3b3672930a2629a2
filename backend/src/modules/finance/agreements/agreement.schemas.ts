import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../platform/http/validation.js';
import type { AgreementMade } from './agreement.events.js';
import type { AgreementEvaluation, AgreementView } from './agreements.service.js';

/* Response schemas of the payment-agreement routes (documentation only, see ZodResponse). */

const date = z.iso.date();
const instant = z.string().describe('ISO instant');

export const AgreementDebtSchema = z.object({
  invoiceId: z.string(),
  dueDate: date,
  principalCents: z.number().int().describe('what the invoice still owed'),
  fineCents: z.number().int(),
  interestCents: z.number().int().describe('to the agreement date'),
}).meta({ id: 'AgreementDebt' });
export const AgreementInstalmentSchema = z.object({
  number: z.number().int().describe('0 is the down payment (entrada); 1..n the monthly instalments'),
  invoiceId: z.string(),
  dueDate: date,
  amountCents: z.number().int(),
  debtCents: z.number().int().describe('renegotiated debt; the rest of the amount is the agreement\'s fine and interest'),
  chargesCents: z.number().int(),
}).meta({ id: 'AgreementInstalment' });
/** POST /agreements/simulate (200) and POST /agreements (201): the terms (a simulation issues nothing). */
export const AgreementTermsSchema = z.object({
  agreementId: z.string(),
  customerId: z.string(),
  date,
  debts: z.array(AgreementDebtSchema),
  chargesWaived: z.boolean(),
  debtCents: z.number().int(),
  chargesCents: z.number().int(),
  totalCents: z.number().int(),
  instalments: z.array(AgreementInstalmentSchema),
  breakAfterDays: z.number().int().describe('broken when an instalment is this many days past its due date'),
  at: instant,
}).meta({ id: 'AgreementTerms' });

const AgreementBrokenSchema = z.object({
  date,
  overdueInvoiceId: z.string().describe('the instalment whose delay broke it'),
  paidCents: z.number().int(),
  cancelledInvoiceIds: z.array(z.string()),
  movedBackInvoiceIds: z.array(z.string()).describe('partially paid instalments whose balance went back to the original invoices'),
  reopened: z.array(z.object({ invoiceId: z.string(), amountCents: z.number().int() })),
  at: instant,
});
const AgreementCompletedSchema = z.object({ date, at: instant });
export const AgreementViewSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  date,
  status: z.enum(['active', 'broken', 'completed']),
  totalCents: z.number().int(),
  terms: AgreementTermsSchema,
  outcome: z.union([AgreementBrokenSchema, AgreementCompletedSchema]).nullable().describe('null while active'),
}).meta({ id: 'AgreementView' });
export const AgreementListSchema = z.object({ items: z.array(AgreementViewSchema) }).meta({ id: 'AgreementList' });

export const AgreementEvaluationSchema = z.object({
  date,
  evaluated: z.number().int().describe('active agreements looked at'),
  completed: z.array(z.string()).describe('agreement ids'),
  broken: z.array(z.string()).describe('agreement ids'),
}).meta({ id: 'AgreementEvaluation' });
export const FinanceSettingsSchema = z.object({ agreementBreakDays: z.number().int() }).meta({ id: 'FinanceSettings' });

responseMatches<SameShape<z.infer<typeof AgreementTermsSchema>, AgreementMade['data']>>();
responseMatches<SameShape<z.infer<typeof AgreementViewSchema>, AgreementView>>();
responseMatches<SameShape<z.infer<typeof AgreementEvaluationSchema>, AgreementEvaluation>>();
