import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../platform/auth/permissions.js';
import { principalOf } from '../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../platform/auth/principal.js';
import { asProblems, notFound } from '../../../platform/http/domain-problem.js';
import { responseMatches, ZodBody, ZodQuery, ZodResponse, type RouteAnswer, type SameShape } from '../../../platform/http/validation.js';
import { ACCOUNT_KINDS } from '../domain/chart-of-accounts.js';
import { BooksRepository, splitInstalments } from './books.repository.js';
import {
  BankAccountListSchema, BankAccountSchema, ChartAccountSchema, ChartOfAccountsSchema, MovementListSchema, PayableListSchema, PayableSchema, RecurringBillCreatedSchema,
  RecurringBillListSchema, RecurringBillsGeneratedSchema, SupplierListSchema, SupplierSchema, TransferSchema,
} from './books.schemas.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'a month YYYY-MM' });
const date = z.iso.date({ error: 'a date YYYY-MM-DD' });
const cents = z.number().int({ error: 'integer centavos' });

export const AccountBody = z.object({ code: z.string().trim().regex(/^\d+(\.\d+)*$/, { error: 'dotted digits, e.g. 4.2.05' }).max(20), name: z.string().trim().min(2).max(120), kind: z.enum(ACCOUNT_KINDS as [string, ...string[]]) });
export const AccountPatch = z.object({ name: z.string().trim().min(2).max(120).optional(), active: z.boolean().optional() });
export const SupplierBody = z.object({ name: z.string().trim().min(2).max(200), document: z.string().trim().max(20).optional(), email: z.email().optional(), phone: z.string().trim().max(30).optional() });
export const BankAccountBody = z.object({
  name: z.string().trim().min(2).max(120), kind: z.enum(['bank', 'cash']), bankCode: z.string().regex(/^\d{3}$/).optional(), agency: z.string().max(10).optional(),
  account: z.string().max(20).optional(), collectionAccountId: z.string().max(64).optional(), openingBalanceCents: cents.optional(), openingDate: date.optional(),
});
export const TransferBody = z.object({ fromAccountId: z.string().min(1), toAccountId: z.string().min(1), amountCents: cents.min(1), date, description: z.string().trim().max(200).optional() });
export const MovementsQuery = z.object({ from: date.optional(), to: date.optional() });
export const PayableBody = z.object({
  supplierId: z.string().optional(), description: z.string().trim().min(2).max(200), document: z.string().trim().max(60).optional(), accountId: z.string().min(1),
  competence: month.optional(), issueDate: date,
  /** Either explicit instalments, or a total split monthly from the first due date. */
  instalments: z.array(z.object({ dueDate: date, amountCents: cents.min(1) })).min(1).max(120).optional(),
  totalCents: cents.min(1).optional(), firstDueDate: date.optional(), instalmentCount: z.number().int().min(1).max(120).optional(),
}).refine((b) => b.instalments || (b.totalCents && b.firstDueDate), { error: 'give instalments, or totalCents and firstDueDate', path: ['instalments'] });
export const PayablesQuery = z.object({ status: z.enum(['open', 'paid', 'cancelled']).optional(), competence: month.optional(), dueFrom: date.optional(), dueTo: date.optional() });
/** Without `amountCents` the open balance is paid; with less, the rest stays open. */
export const PayBody = z.object({ bankAccountId: z.string().min(1), paidOn: date, amountCents: cents.min(1).optional() });
export const RecurringBillBody = z.object({
  supplierId: z.string().optional(), description: z.string().trim().min(2).max(200), accountId: z.string().min(1), amountCents: cents.min(1),
  dueDay: z.number().int().min(1).max(31), startMonth: month, endMonth: month.optional(),
});
export const GenerateBody = z.object({ month });

/** Chart of accounts, suppliers, bank and cash accounts, transfers, accounts payable and recurring bills. */
@ApiTags('finance')
@Controller('v1/finance')
export class BooksController {
  constructor(private readonly books: BooksRepository) {}

  @Get('chart-of-accounts')
  @RequirePermission('finance:read')
  @ZodResponse(ChartOfAccountsSchema)
  chart(@Req() req: RequestWithPrincipal) {
    return this.books.accounts(principalOf(req).companyId).then((items) => ({ items }));
  }

  @Post('chart-of-accounts')
  @RequirePermission('finance:write')
  @ZodBody(AccountBody)
  @ZodResponse(ChartAccountSchema, 201)
  addAccount(@Body() body: z.infer<typeof AccountBody>, @Req() req: RequestWithPrincipal) {
    return asProblems(() => this.books.addAccount(principalOf(req).companyId, body as { code: string; name: string; kind: 'cost' }));
  }

  @Patch('chart-of-accounts/:id')
  @RequirePermission('finance:write')
  @ZodBody(AccountPatch)
  @ZodResponse(ChartAccountSchema)
  updateAccount(@Param('id') id: string, @Body() body: z.infer<typeof AccountPatch>, @Req() req: RequestWithPrincipal) {
    return asProblems(() => this.books.updateAccount(principalOf(req).companyId, id, body));
  }

  @Get('suppliers')
  @RequirePermission('finance:read')
  @ZodResponse(SupplierListSchema)
  async suppliers(@Req() req: RequestWithPrincipal) {
    return { items: await this.books.suppliers(principalOf(req).companyId) };
  }

  @Post('suppliers')
  @RequirePermission('finance:write')
  @ZodBody(SupplierBody)
  @ZodResponse(SupplierSchema, 201)
  addSupplier(@Body() body: z.infer<typeof SupplierBody>, @Req() req: RequestWithPrincipal) {
    return this.books.addSupplier(principalOf(req).companyId, body);
  }

  @Get('bank-accounts')
  @RequirePermission('finance:read')
  @ZodResponse(BankAccountListSchema)
  async bankAccounts(@Req() req: RequestWithPrincipal) {
    return { items: await this.books.bankAccounts(principalOf(req).companyId) };
  }

  @Post('bank-accounts')
  @RequirePermission('finance:write')
  @ZodBody(BankAccountBody)
  @ZodResponse(BankAccountSchema, 201)
  addBankAccount(@Body() body: z.infer<typeof BankAccountBody>, @Req() req: RequestWithPrincipal) {
    return this.books.addBankAccount(principalOf(req).companyId, body);
  }

  @Get('bank-accounts/:id/movements')
  @RequirePermission('finance:read')
  @ZodQuery(MovementsQuery)
  @ZodResponse(MovementListSchema)
  async movements(@Param('id') id: string, @Query() q: z.infer<typeof MovementsQuery>, @Req() req: RequestWithPrincipal) {
    return { items: await asProblems(() => this.books.movements(principalOf(req).companyId, id, q.from, q.to)) };
  }

  @Post('transfers')
  @RequirePermission('finance:write')
  @ZodBody(TransferBody)
  @ZodResponse(TransferSchema, 201)
  transfer(@Body() body: z.infer<typeof TransferBody>, @Req() req: RequestWithPrincipal) {
    return asProblems(() => this.books.transfer(principalOf(req).companyId, body));
  }

  @Get('accounts-payable')
  @RequirePermission('finance:read')
  @ZodQuery(PayablesQuery)
  @ZodResponse(PayableListSchema)
  async payables(@Query() q: z.infer<typeof PayablesQuery>, @Req() req: RequestWithPrincipal) {
    return { items: await this.books.payables(principalOf(req).companyId, q) };
  }

  @Post('accounts-payable')
  @RequirePermission('finance:write')
  @ZodBody(PayableBody)
  @ZodResponse(PayableSchema, 201)
  async addPayable(@Body() body: z.infer<typeof PayableBody>, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    const instalments = body.instalments ?? splitInstalments(body.totalCents!, body.instalmentCount ?? 1, body.firstDueDate!);
    const id = await asProblems(() => this.books.addPayable(companyId, { ...body, instalments }));
    return (await this.books.payable(companyId, id))!; // a new id: nothing conflicts (only a recurring bill's month can)
  }

  @Get('accounts-payable/:id')
  @RequirePermission('finance:read')
  @ZodResponse(PayableSchema)
  async payable(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const p = await this.books.payable(principalOf(req).companyId, id);
    if (!p) throw notFound('Bill', id);
    return p;
  }

  @Post('accounts-payable/:id/instalments/:number/pay')
  @HttpCode(200)
  @RequirePermission('finance:write')
  @ZodBody(PayBody)
  @ZodResponse(PayableSchema)
  pay(@Param('id') id: string, @Param('number') number: string, @Body() body: z.infer<typeof PayBody>, @Req() req: RequestWithPrincipal) {
    return asProblems(() => this.books.payInstalment(principalOf(req).companyId, id, Number(number), body));
  }

  @Post('accounts-payable/:id/cancel')
  @HttpCode(200)
  @RequirePermission('finance:write')
  @ZodResponse(PayableSchema)
  cancel(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return asProblems(() => this.books.cancelPayable(principalOf(req).companyId, id));
  }

  @Get('recurring-bills')
  @RequirePermission('finance:read')
  @ZodResponse(RecurringBillListSchema)
  async recurring(@Req() req: RequestWithPrincipal) {
    return { items: await this.books.recurringBills(principalOf(req).companyId) };
  }

  @Post('recurring-bills')
  @RequirePermission('finance:write')
  @ZodBody(RecurringBillBody)
  @ZodResponse(RecurringBillCreatedSchema, 201)
  addRecurring(@Body() body: z.infer<typeof RecurringBillBody>, @Req() req: RequestWithPrincipal) {
    return asProblems(() => this.books.addRecurringBill(principalOf(req).companyId, body));
  }

  @Post('recurring-bills/generate')
  @HttpCode(200)
  @RequirePermission('finance:write')
  @ZodBody(GenerateBody)
  @ZodResponse(RecurringBillsGeneratedSchema)
  generate(@Body() body: z.infer<typeof GenerateBody>, @Req() req: RequestWithPrincipal) {
    return asProblems(() => this.books.generateRecurring(principalOf(req).companyId, body.month));
  }
}

responseMatches<SameShape<z.infer<typeof ChartOfAccountsSchema>, RouteAnswer<BooksController, 'chart'>>>();
responseMatches<SameShape<z.infer<typeof ChartAccountSchema>, RouteAnswer<BooksController, 'addAccount'>>>();
responseMatches<SameShape<z.infer<typeof ChartAccountSchema>, RouteAnswer<BooksController, 'updateAccount'>>>();
responseMatches<SameShape<z.infer<typeof SupplierListSchema>, RouteAnswer<BooksController, 'suppliers'>>>();
responseMatches<SameShape<z.infer<typeof SupplierSchema>, RouteAnswer<BooksController, 'addSupplier'>>>();
responseMatches<SameShape<z.infer<typeof BankAccountListSchema>, RouteAnswer<BooksController, 'bankAccounts'>>>();
responseMatches<SameShape<z.infer<typeof BankAccountSchema>, RouteAnswer<BooksController, 'addBankAccount'>>>();
responseMatches<SameShape<z.infer<typeof MovementListSchema>, RouteAnswer<BooksController, 'movements'>>>();
responseMatches<SameShape<z.infer<typeof TransferSchema>, RouteAnswer<BooksController, 'transfer'>>>();
responseMatches<SameShape<z.infer<typeof PayableListSchema>, RouteAnswer<BooksController, 'payables'>>>();
responseMatches<SameShape<z.infer<typeof PayableSchema>, RouteAnswer<BooksController, 'addPayable'>>>();
responseMatches<SameShape<z.infer<typeof PayableSchema>, RouteAnswer<BooksController, 'payable'>>>();
responseMatches<SameShape<z.infer<typeof PayableSchema>, RouteAnswer<BooksController, 'pay'>>>();
responseMatches<SameShape<z.infer<typeof PayableSchema>, RouteAnswer<BooksController, 'cancel'>>>();
responseMatches<SameShape<z.infer<typeof RecurringBillListSchema>, RouteAnswer<BooksController, 'recurring'>>>();
responseMatches<SameShape<z.infer<typeof RecurringBillCreatedSchema>, RouteAnswer<BooksController, 'addRecurring'>>>();
responseMatches<SameShape<z.infer<typeof RecurringBillsGeneratedSchema>, RouteAnswer<BooksController, 'generate'>>>();
