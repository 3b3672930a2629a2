import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { InvoiceViewSchema, PaymentRecordedSchema } from '../../queries/invoices/invoice.schemas.js';
import { saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { deterministicId } from '../../domain/deterministic-id.js';
import { InvoiceAggregates } from '../../infrastructure/invoice-aggregates.js';
import { PaymentRecorder } from '../../infrastructure/payment-recorder.js';

export const RecordPaymentBody = z.object({
  amountCents: z.number().int({ error: 'integer centavos' }).min(1).max(100_000_000_00),
  method: z.enum(['cash', 'card', 'transfer', 'pix', 'boleto']),
  paidOn: z.iso.date({ error: 'a date YYYY-MM-DD' }).optional(),
  reference: z.string().trim().max(200).optional(),
});
type RecordInput = z.infer<typeof RecordPaymentBody>;

export const ReversePaymentBody = z.object({ reason: z.string().trim().min(3).max(500) });
type ReverseInput = z.infer<typeof ReversePaymentBody>;

/**
 * Manual settlement at the counter (cash, card machine, transfer): fine and interest for the payment date
 * are added to what is owed; a partial payment leaves the rest open; an overpayment becomes the customer's
 * credit for the next invoice. An Idempotency-Key header makes a retried request record one payment.
 */
@ApiTags('invoices')
@Controller('v1/invoices')
export class RecordPaymentController {
  constructor(
    private readonly aggregates: InvoiceAggregates,
    private readonly payments: PaymentRecorder,
  ) {}

  @Post(':id/payments')
  @HttpCode(201)
  @RequirePermission('payments:write')
  @ZodBody(RecordPaymentBody)
  @ZodResponse(PaymentRecordedSchema, 201)
  async record(@Param('id') id: string, @Body() body: RecordInput, @Req() req: RequestWithPrincipal, @Headers('idempotency-key') key?: string) {
    const actor = principalOf(req);
    if (!(await this.aggregates.belongs(actor.companyId, id))) throw notFound('Invoice', id);
    const paidOn = body.paidOn ?? saoPauloDate(new Date());
    if (paidOn > saoPauloDate(new Date())) {
      return asProblems(async () => {
        throw Object.assign(new Error('paidOn'), { name: 'DomainError', code: 'payment.future-date', details: { field: 'paidOn', reason: 'cannot be in the future' } });
      });
    }
    const paymentId = key ? deterministicId('payment', id, key) : randomUUID();
    const outcome = await asProblems(() =>
      this.payments.record({
        invoiceId: id, companyId: actor.companyId, paymentId, method: body.method, amountCents: body.amountCents, paidOn,
        source: { kind: 'manual', reference: body.reference ?? `recebido por ${actor.id}` }, receivedBy: actor.id,
      }, commandMetadata(req)),
    );
    const invoice = await this.aggregates.view(actor.companyId, id);
    return { outcome: outcome.outcome, payment: invoice.payments.find((p) => p.id === paymentId) ?? null, invoice };
  }

  @Post(':id/payments/:paymentId/reverse')
  @HttpCode(200)
  @RequirePermission('payments:write')
  @ZodBody(ReversePaymentBody)
  @ZodResponse(InvoiceViewSchema)
  reverse(@Param('id') id: string, @Param('paymentId') paymentId: string, @Body() body: ReverseInput, @Req() req: RequestWithPrincipal) {
    return this.aggregates.run(principalOf(req).companyId, id, commandMetadata(req), () => [{ type: 'ReversePayment', data: { paymentId, reason: body.reason, at: new Date().toISOString() } }]);
  }
}
