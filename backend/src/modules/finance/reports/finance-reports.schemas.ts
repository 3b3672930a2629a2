import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../platform/http/validation.js';
import { AGING_BUCKETS, type AgingBucket } from '../domain/aging.js';
import type { FinanceReportsReader } from './finance-reports.reader.js';

/*
 * Response schemas of the finance reports' JSON answer (the default; `format=csv|pdf` answers a file with the
 * same numbers). Documentation only, see ZodResponseOrFile. Amounts in integer centavos.
 */

const month = z.string().describe('YYYY-MM');

export const DreSectionSchema = z.object({
  lines: z.array(z.object({ code: z.string(), name: z.string(), amountCents: z.number().int() })).describe('every account of the chart, zero when nothing posted'),
  totalCents: z.number().int(),
}).meta({ id: 'DreSection' });
export const DreReportSchema = z.object({
  month: month.optional().describe('when asked for one month'),
  from: month,
  to: month,
  basis: z.enum(['accrual', 'cash']),
  receitaBruta: DreSectionSchema,
  deducoes: DreSectionSchema,
  receitaLiquidaCents: z.number().int(),
  custos: DreSectionSchema,
  lucroBrutoCents: z.number().int(),
  despesas: DreSectionSchema,
  resultadoCents: z.number().int(),
}).meta({ id: 'DreReport' });

const bucket = z.object({ count: z.number().int(), amountCents: z.number().int() });
export const AgingReportSchema = z.object({
  asOf: z.iso.date(),
  buckets: z.object(Object.fromEntries(AGING_BUCKETS.map((b) => [b, bucket])) as Record<AgingBucket, typeof bucket>).describe('days past due'),
  totalCents: z.number().int(),
}).meta({ id: 'AgingReport' });

export const DelinquencyReportSchema = z.object({
  from: month,
  to: month,
  months: z.array(z.object({ month, dueCents: z.number().int(), unpaidCents: z.number().int(), rateBp: z.number().int().describe('unpaid ÷ due, in basis points') })),
}).meta({ id: 'DelinquencyReport' });

export const CashFlowReportSchema = z.object({
  from: month,
  to: month,
  months: z.array(z.object({
    month,
    realisedInCents: z.number().int(),
    realisedOutCents: z.number().int(),
    projectedInCents: z.number().int().describe('open invoices by due date'),
    projectedOutCents: z.number().int().describe('unpaid bills by due date'),
    netCents: z.number().int(),
  })),
}).meta({ id: 'CashFlowReport' });

type Report<M extends keyof FinanceReportsReader> = Awaited<ReturnType<FinanceReportsReader[M]>>;
responseMatches<SameShape<z.infer<typeof DreReportSchema>, Report<'dre'> & { month?: string }>>();
responseMatches<SameShape<z.infer<typeof AgingReportSchema>, Report<'aging'>>>();
responseMatches<SameShape<z.infer<typeof DelinquencyReportSchema>, Report<'delinquency'>>>();
responseMatches<SameShape<z.infer<typeof CashFlowReportSchema>, Report<'cashFlow'>>>();
