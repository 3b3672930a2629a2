import { z } from 'zod';

export const OverdueListQuery = z.object({
  step: z.string().trim().min(1).max(40).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
export type OverdueListQueryInput = z.infer<typeof OverdueListQuery>;

const action = z.enum(['remind', 'notify', 'throttle', 'redirect', 'block', 'cancel']);
const step = z.object({ key: z.string(), label: z.string(), action, daysOffset: z.number().int() });

/** One contract with overdue invoices. Amounts in centavos, dates YYYY-MM-DD (São Paulo business dates). */
export const OverdueItemSchema = z.object({
  contractId: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  pppoeLogin: z.string().nullable(),
  oldestDueDate: z.string(),
  daysOverdue: z.number().int(),
  overdueInvoices: z.number().int(),
  openCents: z.number().int(),
  serviceLevel: z.enum(['none', 'throttle', 'redirect', 'block', 'cancel']),
  currentStep: step.nullable(),
  nextStep: step.extend({ on: z.string() }).nullable(),
  trustUnblockActive: z.boolean(),
  trustUntil: z.string().nullable(),
}).meta({ id: 'OverdueItem' });

export const OverdueListResponseSchema = z.object({
  today: z.string(),
  items: z.array(OverdueItemSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
}).meta({ id: 'OverdueList' });
export type OverdueListResponse = z.infer<typeof OverdueListResponseSchema>;
