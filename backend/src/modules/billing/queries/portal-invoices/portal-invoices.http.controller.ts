import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { Principal, RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { InvoicePageSchema, PortalInvoiceSchema } from '../invoices/invoice.schemas.js';
import { saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { BillingSettingsRepository } from '../../infrastructure/billing-settings.repository.js';
import { CollectionAccountsRepository } from '../../infrastructure/collection-accounts.repository.js';
import { InvoiceAggregates } from '../../infrastructure/invoice-aggregates.js';
import { renderBoletoPdf } from '../../documents/boleto-pdf.js';
import { InvoiceSlips } from '../invoice-documents/invoice-slips.js';
import { InvoicesReader } from '../invoices/invoices.reader.js';
import { overdueBefore } from '../invoices/invoices.http.controller.js';
import { secondCopy } from '../invoices/second-copy.js';

export const PortalInvoicesQuery = z.object({
  status: z.enum(['open', 'partially_paid', 'paid', 'cancelled', 'overdue']).optional(),
  page: z.coerce.number().int().min(1).optional(),
});
type PortalListInput = z.infer<typeof PortalInvoicesQuery>;

const subscriber = (req: RequestWithPrincipal): Principal & { customerId: string } => {
  const p = principalOf(req);
  if (p.kind !== 'subscriber' || !p.customerId) throw new ProblemException(403, 'forbidden', 'Forbidden', 'Only a subscriber account can use the customer area.');
  return p as Principal & { customerId: string };
};

/** The customer area: the logged-in subscriber's own invoices only (another customer's id is a 404). */
@ApiTags('portal')
@Controller('v1/portal/invoices')
export class PortalInvoicesController {
  constructor(
    private readonly reader: InvoicesReader,
    private readonly aggregates: InvoiceAggregates,
    private readonly settings: BillingSettingsRepository,
    private readonly accounts: CollectionAccountsRepository,
    private readonly slips: InvoiceSlips,
  ) {}

  @Get()
  @ZodResponse(InvoicePageSchema)
  @RequirePermission('portal')
  @ZodQuery(PortalInvoicesQuery)
  async list(@Query() q: PortalListInput, @Req() req: RequestWithPrincipal) {
    const p = subscriber(req);
    const today = saoPauloDate(new Date());
    return this.reader.list(p.companyId, { customerId: p.customerId, ...(q.status ? { status: q.status } : {}), page: q.page ?? 1, pageSize: 24 }, await overdueBefore(this.settings, p.companyId, today));
  }

  /** The invoice with the amount owed today (2ª via: fine and interest updated, new boleto line and PIX code). */
  @Get(':id')
  @RequirePermission('portal')
  @ZodResponse(PortalInvoiceSchema)
  async get(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const p = subscriber(req);
    const v = await this.aggregates.view(p.companyId, id, { customerId: p.customerId });
    const account = v.boleto ? await this.accounts.get(p.companyId, v.boleto.collectionAccountId) : null;
    const pixAccount = account?.pixKey ? { key: account.pixKey, merchantName: account.beneficiaryName.slice(0, 25), merchantCity: account.pixMerchantCity } : null;
    const { history: _history, runId: _runId, dueDateChanges: _changes, ...visible } = v;
    const payable = v.status !== 'paid' && v.status !== 'cancelled';
    return { ...visible, payToday: payable ? secondCopy(v, saoPauloDate(new Date()), await this.settings.calendar(p.companyId), pixAccount) : null };
  }

  @Get(':id/pdf')
  @RequirePermission('portal')
  @ApiProduces('application/pdf')
  async pdf(@Param('id') id: string, @Req() req: RequestWithPrincipal, @Res() res: Response) {
    const p = subscriber(req);
    const v = await this.aggregates.view(p.companyId, id, { customerId: p.customerId });
    if (v.status === 'cancelled' || v.status === 'paid') throw new ProblemException(409, 'not-payable', 'Not payable', `This invoice is ${v.status}.`);
    const slip = await this.slips.slip(p.companyId, v);
    if (!slip) throw new ProblemException(409, 'no-boleto', 'No boleto', 'This invoice has no boleto.');
    // 2ª via: an overdue invoice prints the amount and line updated for today.
    const account = await this.accounts.get(p.companyId, v.boleto!.collectionAccountId);
    const pixAccount = account?.pixKey ? { key: account.pixKey, merchantName: account.beneficiaryName.slice(0, 25), merchantCity: account.pixMerchantCity } : null;
    const today = saoPauloDate(new Date());
    const copy = secondCopy(v, today, await this.settings.calendar(p.companyId), pixAccount);
    if (copy.boleto && copy.daysLate > 0) {
      Object.assign(slip, { dueDate: copy.boleto.dueDate, amountCents: copy.totalCents, barcode: copy.boleto.barcode, digitableLine: copy.boleto.digitableLine, processingDate: today });
      if (copy.pix) slip.pix = { brCode: copy.pix.brCode };
      slip.instructions = [`2ª via: valor atualizado com multa e juros até ${today.split('-').reverse().join('/')}.`, ...slip.instructions];
    }
    const pdf = await renderBoletoPdf(slip);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="fatura-${v.number}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(pdf);
  }
}
