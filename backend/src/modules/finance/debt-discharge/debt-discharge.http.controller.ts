import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import { RequirePermission } from '../../../platform/auth/permissions.js';
import { principalOf } from '../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../platform/auth/principal.js';
import { notFound } from '../../../platform/http/domain-problem.js';
import { ProblemException } from '../../../platform/http/problem.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { CustomersPublicApi } from '../../customers/public-api.js';
import { CollectionAccountsRepository } from '../infrastructure/billing.gateway.js';
import { renderDebtDischargePdf } from './debt-discharge-pdf.js';

interface Row { invoice_id: string; number: string | null; due_date: string; total_cents: string; outstanding: string; written_off_cents: string; settled: boolean }

/**
 * The annual debt-discharge declaration of a customer: only when every invoice due in the year is settled —
 * paid or cancelled, and not held by an agreement still running (a completed agreement paid what it took; a
 * broken one re-opened on the invoice whatever its payments did not cover). A written-off invoice is not
 * settled: the debt still exists.
 */
@ApiTags('customers')
@Controller('v1/customers')
export class DebtDischargeController {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly customers: CustomersPublicApi,
    private readonly accounts: CollectionAccountsRepository,
  ) {}

  @Get(':id/debt-discharge/:year.pdf')
  @RequirePermission('invoices:read')
  @ApiProduces('application/pdf')
  async pdf(@Param('id') customerId: string, @Param('year') yearText: string, @Req() req: RequestWithPrincipal, @Res() res: Response) {
    const { companyId } = principalOf(req);
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2000) {
      throw new ProblemException(422, 'validation', 'Invalid request', 'year must be a four-digit year', { errors: [{ field: 'year', reason: 'a year YYYY' }] });
    }
    const payer = await this.customers.payer(companyId, customerId);
    if (!payer) throw notFound('Customer', customerId);
    const today = saoPauloDate(new Date());
    const r = await this.db.query<Row>(
      `SELECT r.invoice_id, to_char(r.due_date, 'YYYY-MM-DD') AS due_date, r.total_cents, r.written_off_cents,
              r.total_cents - r.paid_cents - r.written_off_cents - r.renegotiated_cents AS outstanding,
              NOT EXISTS (SELECT 1 FROM finance_agreements a WHERE a.company_id = r.company_id AND a.status = 'active'
                    AND a.terms->'debts' @> jsonb_build_array(jsonb_build_object('invoiceId', r.invoice_id))) AS settled,
              r.number
         FROM finance_receivables r
        WHERE r.company_id = $1 AND r.customer_id = $2 AND NOT r.cancelled AND r.due_date >= $3::date AND r.due_date <= $4::date
        ORDER BY r.due_date, r.invoice_id`,
      [companyId, customerId, `${year}-01-01`, `${year}-12-31`],
    );
    const open = r.rows.filter((x) => Number(x.outstanding) > 0 || Number(x.written_off_cents) > 0 || !x.settled);
    if (open.length) {
      throw new ProblemException(409, 'debts-open', 'Debts open', `The customer still owes ${open.length} invoice(s) due in ${year}.`, {
        year, openInvoices: open.map((x) => ({ invoiceId: x.invoice_id, dueDate: x.due_date, outstandingCents: Number(x.outstanding) + Number(x.written_off_cents) })),
      });
    }
    if (!r.rows.length) throw new ProblemException(409, 'no-invoices', 'Nothing to declare', `The customer had no invoices due in ${year}.`, { year });
    const account = await this.accounts.defaultFor(companyId);
    const pdf = await renderDebtDischargePdf({
      year,
      company: { name: account?.beneficiaryName ?? 'Provedor', document: account?.beneficiaryDocument ?? '' },
      customer: { name: payer.name, document: payer.document, kind: payer.kind },
      invoices: r.rows.map((x) => ({ number: Number(x.number), dueDate: x.due_date, totalCents: Number(x.total_cents) })),
      issuedOn: today,
    });
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="quitacao-${year}-${customerId}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(pdf);
  }
}
