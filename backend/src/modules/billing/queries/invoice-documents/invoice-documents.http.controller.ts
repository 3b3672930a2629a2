import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { ZodQuery } from '../../../../platform/http/validation.js';
import { saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { renderBoletoPdf } from '../../documents/boleto-pdf.js';
import { renderCarnePdf } from '../../documents/carne-pdf.js';
import { renderPaymentReceiptPdf } from '../../documents/payment-receipt-pdf.js';
import type { BoletoSlip } from '../../documents/boleto-slip.js';
import { monthlyInvoice, nextCompetence } from '../../domain/monthly-invoice.js';
import { BILLABLE_COLUMNS, toBillable, type BillableRow } from '../../billable-contracts/billable-contract.row.js';
import { InvoiceAggregates } from '../../infrastructure/invoice-aggregates.js';
import { InvoiceIssuer, type InvoiceDraft } from '../../infrastructure/invoice-issuer.js';
import { runInvoiceId } from '../../processors/billing-run.worker.js';
import { InvoiceSlips } from './invoice-slips.js';

export const CarneQuery = z.object({
  from: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'a month YYYY-MM' }),
  months: z.coerce.number().int().min(1).max(24).optional(),
});
type CarneInput = z.infer<typeof CarneQuery>;

const sendPdf = (res: Response, pdf: Buffer, name: string) => {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `inline; filename="${name}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(pdf);
};

/**
 * Printable documents: the boleto (FEBRABAN layout with the PIX QR, boleto híbrido) of an invoice, and a
 * contract's carnê (three slips per A4 page). A carnê for months not yet billed issues their invoices first,
 * with the same ids the monthly billing run would use, so a later run finds them and never bills twice
 * (this needs invoices:write; with read access only, the carnê holds the invoices already issued).
 */
@ApiTags('invoices')
@Controller('v1')
export class InvoiceDocumentsController {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly aggregates: InvoiceAggregates,
    private readonly slips: InvoiceSlips,
    private readonly issuer: InvoiceIssuer,
  ) {}

  @Get('invoices/:id/pdf')
  @RequirePermission('invoices:read')
  @ApiProduces('application/pdf')
  async pdf(@Param('id') id: string, @Req() req: RequestWithPrincipal, @Res() res: Response) {
    const { companyId } = principalOf(req);
    sendPdf(res, await this.boletoPdf(companyId, id), `boleto-${id}.pdf`);
  }

  async boletoPdf(companyId: string, id: string, customerId?: string): Promise<Buffer> {
    const v = await this.aggregates.view(companyId, id, { customerId });
    if (v.status === 'cancelled') throw new ProblemException(409, 'invoice-cancelled', 'Invoice cancelled', 'A cancelled invoice has no payable slip.');
    const slip = await this.slips.slip(companyId, v);
    if (!slip) throw new ProblemException(409, 'no-boleto', 'No boleto', 'This invoice has no boleto.');
    return renderBoletoPdf(slip);
  }

  /** Recibo of one payment (counter receipts, or any settlement): amount, split, balance left. */
  @Get('invoices/:id/payments/:paymentId/receipt.pdf')
  @RequirePermission('payments:read')
  @ApiProduces('application/pdf')
  async receipt(@Param('id') id: string, @Param('paymentId') paymentId: string, @Req() req: RequestWithPrincipal, @Res() res: Response) {
    const { companyId } = principalOf(req);
    const v = await this.aggregates.view(companyId, id);
    const index = v.payments.findIndex((p) => p.id === paymentId);
    if (index < 0) throw notFound('Payment', paymentId);
    const p = v.payments[index]!;
    const upTo = v.payments.slice(0, index + 1).filter((x) => !x.reversed);
    const paidAfter = upTo.reduce((sum, x) => sum + x.principalCents + x.discountCents, 0);
    const slip = v.boleto ? await this.slips.slip(companyId, v) : null;
    const pdf = await renderPaymentReceiptPdf({
      beneficiary: { name: slip?.beneficiary.name ?? '', document: slip?.beneficiary.document ?? '' },
      payer: { name: slip?.payer.name ?? '', document: slip?.payer.document ?? '' },
      invoiceNumber: v.number, competence: v.competence, paymentId: p.id, method: p.method, paidOn: p.paidOn, amountCents: p.amountCents,
      principalCents: p.principalCents, fineCents: p.fineCents, interestCents: p.interestCents, discountCents: p.discountCents, overpaidCents: p.overpaidCents,
      outstandingAfterCents: Math.max(0, v.totalCents - paidAfter), receivedBy: p.receivedBy, reversed: !!p.reversed,
    });
    sendPdf(res, pdf, `recibo-${v.number}-${index + 1}.pdf`);
  }

  @Get('contracts/:id/carne.pdf')
  @RequirePermission('invoices:read')
  @ApiProduces('application/pdf')
  @ZodQuery(CarneQuery)
  async carne(@Param('id') contractId: string, @Query() q: CarneInput, @Req() req: RequestWithPrincipal, @Res() res: Response) {
    const actor = principalOf(req);
    const c = await this.db.query<BillableRow>(
      `SELECT ${BILLABLE_COLUMNS} FROM billing_contracts WHERE contract_id = $1 AND company_id = $2`,
      [contractId, actor.companyId],
    );
    const row = c.rows[0];
    if (!row) throw notFound('Contract', contractId);
    const months = q.months ?? 12;
    const competences = Array.from({ length: months }, (_, i) => nextCompetence(q.from, i));
    const ids = competences.map((m) => runInvoiceId(contractId, m));
    const existing = new Set((await this.db.query<{ id: string }>('SELECT id FROM billing_invoices WHERE id = ANY($1::text[])', [ids])).rows.map((r) => r.id));
    if (actor.permissions.has('invoices:write')) {
      const today = saoPauloDate(new Date());
      const drafts: InvoiceDraft[] = [];
      const consumed = new Set<string>();
      competences.forEach((competence, i) => {
        if (existing.has(ids[i]!)) return;
        const d = monthlyInvoice({ ...toBillable(row), pendingAdjustments: row.pending_adjustments.filter((a) => !consumed.has(a.id)) }, competence);
        if ('skip' in d || d.dueDate < today) return;
        for (const id of d.adjustmentIds) consumed.add(id);
        drafts.push({ invoiceId: ids[i]!, customerId: d.customerId, contractId, competence, runId: null, dueDate: d.dueDate, items: d.items, totalCents: d.totalCents });
      });
      if (drafts.length) {
        const now = new Date();
        await asProblems(() =>
          this.db.transaction(async (tx) => {
            await this.issuer.issue(tx, actor.companyId, drafts, commandMetadata(req), saoPauloDate(now), now.toISOString());
            if (consumed.size) {
              await tx.query(
                `UPDATE billing_contracts SET pending_adjustments = COALESCE((SELECT jsonb_agg(a) FROM jsonb_array_elements(pending_adjustments) a WHERE NOT (a->>'id' = ANY($2::text[]))), '[]'::jsonb) WHERE contract_id = $1`,
                [contractId, [...consumed]],
              );
            }
          }),
        );
        for (const d of drafts) existing.add(d.invoiceId);
      }
    }
    const slips: BoletoSlip[] = [];
    for (const id of ids) {
      if (!existing.has(id)) continue;
      const v = await this.aggregates.view(actor.companyId, id);
      if (v.status === 'cancelled') continue;
      const slip = await this.slips.slip(actor.companyId, v);
      if (slip) slips.push(slip);
    }
    if (!slips.length) throw new ProblemException(409, 'nothing-to-print', 'Nothing to print', `No payable invoice of this contract from ${q.from} over ${months} month(s).`);
    sendPdf(res, await renderCarnePdf(slips), `carne-${contractId}-${q.from}.pdf`);
  }
}
