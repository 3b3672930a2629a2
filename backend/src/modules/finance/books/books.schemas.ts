import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../platform/http/validation.js';
import type {
  AccountRow, BankAccountRow, MovementRow, PayableView, RecurringBillCreated, RecurringBillView, SupplierRow, TransferView,
} from './books.repository.js';

/* Response schemas of the books routes: chart of accounts, suppliers, bank and cash accounts, payables, recurring bills (documentation only, see ZodResponse). */

const date = z.iso.date();
const month = z.string().describe('YYYY-MM');

export const ChartAccountSchema = z.object({
  id: z.string(),
  code: z.string().describe('dotted digits, e.g. 4.2.05'),
  name: z.string(),
  kind: z.enum(['revenue', 'deduction', 'cost', 'expense']),
  systemKey: z.string().nullable().describe('set on the accounts finance posts to on its own (they can be renamed, not deactivated)'),
  active: z.boolean(),
}).meta({ id: 'ChartAccount' });
export const ChartOfAccountsSchema = z.object({ items: z.array(ChartAccountSchema) }).meta({ id: 'ChartOfAccounts' });

export const SupplierSchema = z.object({
  id: z.string(), name: z.string(), document: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), active: z.boolean(),
}).meta({ id: 'Supplier' });
export const SupplierListSchema = z.object({ items: z.array(SupplierSchema) }).meta({ id: 'SupplierList' });

export const BankAccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['bank', 'cash']),
  bankCode: z.string().nullable(),
  agency: z.string().nullable(),
  account: z.string().nullable(),
  collectionAccountId: z.string().nullable().describe("the billing collection account whose receipts land here"),
  defaultFor: z.string().nullable(),
  openingBalanceCents: z.number().int(),
  balanceCents: z.number().int().describe('opening balance + every movement'),
  active: z.boolean(),
}).meta({ id: 'BankAccount' });
export const BankAccountListSchema = z.object({ items: z.array(BankAccountSchema) }).meta({ id: 'BankAccountList' });

export const MovementSchema = z.object({
  id: z.string(),
  date,
  amountCents: z.number().int().describe('negative: money out of the account'),
  kind: z.string().describe('receipt | bank-fee | payment | transfer'),
  description: z.string(),
  reference: z.string().nullable(),
}).meta({ id: 'Movement' });
export const MovementListSchema = z.object({ items: z.array(MovementSchema) }).meta({ id: 'MovementList' });

export const TransferSchema = z.object({
  id: z.string(), fromAccountId: z.string(), toAccountId: z.string(), amountCents: z.number().int(), date, description: z.string().optional(),
}).meta({ id: 'Transfer' });

export const PayableStatusSchema = z.enum(['open', 'paid', 'cancelled']).meta({ id: 'PayableStatus' });
export const PayableInstalmentSchema = z.object({
  number: z.number().int(),
  dueDate: date,
  amountCents: z.number().int(),
  paidCents: z.number().int(),
  openCents: z.number().int(),
  paidOn: date.nullable().describe('set once nothing is left open'),
  bankAccountId: z.string().nullable(),
}).meta({ id: 'PayableInstalment' });
export const PayableSchema = z.object({
  id: z.string(),
  supplierId: z.string().nullable(),
  supplierName: z.string().nullable(),
  description: z.string(),
  document: z.string().nullable(),
  account: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  competence: month,
  issueDate: date,
  totalCents: z.number().int(),
  status: PayableStatusSchema,
  recurringBillId: z.string().nullable(),
  instalments: z.array(PayableInstalmentSchema),
}).meta({ id: 'Payable' });
export const PayableListSchema = z.object({ items: z.array(PayableSchema) }).meta({ id: 'PayableList' });

export const RecurringBillSchema = z.object({
  id: z.string(),
  supplierId: z.string().nullable(),
  description: z.string(),
  accountId: z.string(),
  amountCents: z.number().int(),
  dueDay: z.number().int(),
  startMonth: month,
  endMonth: month.nullable(),
  active: z.boolean(),
}).meta({ id: 'RecurringBill' });
export const RecurringBillListSchema = z.object({ items: z.array(RecurringBillSchema) }).meta({ id: 'RecurringBillList' });
/** POST /finance/recurring-bills: the bill as given, with its id (fields not given are absent). */
export const RecurringBillCreatedSchema = RecurringBillSchema.extend({ supplierId: z.string().optional(), endMonth: month.optional() }).meta({ id: 'RecurringBillCreated' });
export const RecurringBillsGeneratedSchema = z.object({ created: z.number().int().describe("bills created for the month (a second run creates none)") }).meta({ id: 'RecurringBillsGenerated' });

responseMatches<SameShape<z.infer<typeof ChartAccountSchema>, AccountRow>>();
responseMatches<SameShape<z.infer<typeof SupplierSchema>, SupplierRow>>();
responseMatches<SameShape<z.infer<typeof BankAccountSchema>, BankAccountRow>>();
responseMatches<SameShape<z.infer<typeof MovementSchema>, MovementRow>>();
responseMatches<SameShape<z.infer<typeof TransferSchema>, TransferView>>();
responseMatches<SameShape<z.infer<typeof PayableSchema>, PayableView>>();
responseMatches<SameShape<z.infer<typeof RecurringBillSchema>, RecurringBillView>>();
responseMatches<SameShape<z.infer<typeof RecurringBillCreatedSchema>, RecurringBillCreated>>();
