import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { InvoiceDetailSchema, InvoicePageSchema, SecondCopySchema } from './invoice.schemas.js';
import { saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { BillingSettingsRepository } from '../../infrastructure/billing-settings.repository.js';
import { CollectionAccountsRepository } from '../../infrastructure/collection-accounts.repository.js';
import { InvoiceAggregates } from '../../infrastructure/invoice-aggregates.js';
import { InvoicesReader } from './invoices.reader.js';
import { secondCopy } from './second-copy.js';

export const InvoiceListQuery = z.object({
  customerId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  status: z.enum(['open', 'partially_paid', 'paid', 'cancelled', 'overdue', 'written_off', 'renegotiated']).optional(),
  competence: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'a month YYYY-MM' }).optional(),
  dueFrom: z.iso.date().optional(),
  dueTo: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
type ListInput = z.infer<typeof InvoiceListQuery>;

export const InvoiceDetailQuery = z.object({ asOf: z.iso.datetime({ offset: true, error: 'an ISO instant' }).optional() });
type DetailInput = z.infer<typeof InvoiceDetailQuery>;
export const SecondCopyQuery = z.object({ payOn: z.iso.date({ error: 'a date YYYY-MM-DD' }).optional() });
type SecondCopyInput = z.infer<typeof SecondCopyQuery>;

/** The last due date that is not overdue today: invoices due before it are overdue (weekends and holidays respected). */
export async function overdueBefore(settings: BillingSettingsRepository, companyId: string, today: string): Promise<string> {
  const calendar = await settings.calendar(companyId);
  // An invoice due on D is overdue when today > nextBusinessDay(D) + grace; scan back at most 10 days.
  const { rules } = await settings.get(companyId);
  let d = today;
  for (let i = 0; i < 15 + rules.graceDays; i++) {
    const prev = new Date(`${d}T00:00:00Z`);
    prev.setUTCDate(prev.getUTCDate() - 1);
    const candidate = prev.toISOString().slice(0, 10);
    const payable = new Date(`${calendar.nextBusinessDay(candidate)}T00:00:00Z`);
    payable.setUTCDate(payable.getUTCDate() + rules.graceDays);
    if (payable.toISOString().slice(0, 10) < today) return d;
    d = candidate;
  }
  return d;
}

@ApiTags('invoices')
@Controller('v1/invoices')
export class InvoicesQueryController {
  constructor(
    private readonly reader: InvoicesReader,
    private readonly aggregates: InvoiceAggregates,
    private readonly settings: BillingSettingsRepository,
    private readonly accounts: CollectionAccountsRepository,
  ) {}

  @Get()
  @RequirePermission('invoices:read')
  @ZodQuery(InvoiceListQuery)
  @ZodResponse(InvoicePageSchema)
  async list(@Query() q: ListInput, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    const today = saoPauloDate(new Date());
    return this.reader.list(companyId, { ...q, page: q.page ?? 1, pageSize: q.pageSize ?? 50 }, await overdueBefore(this.settings, companyId, today));
  }

  /** The invoice folded from its events: items, boleto, PIX, payments, history; `asOf` shows it as it was. */
  @Get(':id')
  @RequirePermission('invoices:read')
  @ZodQuery(InvoiceDetailQuery)
  @ZodResponse(InvoiceDetailSchema)
  async get(@Param('id') id: string, @Query() q: DetailInput, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    const view = await this.aggregates.view(companyId, id, { asOf: q.asOf });
    // instructions sent to the bank by remessa (pedido de baixa) and their confirmation by retorno; not time-travelled
    return q.asOf ? view : { ...view, bankInstructions: await this.reader.bankInstructions(companyId, id) };
  }

  /** 2ª via: amount with fine and interest for `payOn` (default today) and a boleto/PIX for it. */
  @Get(':id/second-copy')
  @RequirePermission('invoices:read')
  @ZodQuery(SecondCopyQuery)
  @ZodResponse(SecondCopySchema)
  async secondCopy(@Param('id') id: string, @Query() q: SecondCopyInput, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    return this.secondCopyFor(companyId, id, q.payOn);
  }

  async secondCopyFor(companyId: string, id: string, payOn?: string, customerId?: string) {
    const v = await this.aggregates.view(companyId, id, { customerId });
    const account = v.boleto ? await this.accounts.get(companyId, v.boleto.collectionAccountId) : null;
    const pixAccount = account?.pixKey ? { key: account.pixKey, merchantName: account.beneficiaryName.slice(0, 25), merchantCity: account.pixMerchantCity } : null;
    return secondCopy(v, payOn ?? saoPauloDate(new Date()), await this.settings.calendar(companyId), pixAccount);
  }
}
