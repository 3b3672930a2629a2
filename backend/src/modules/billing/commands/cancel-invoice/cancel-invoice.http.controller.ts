import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { InvoiceViewSchema } from '../../queries/invoices/invoice.schemas.js';
import { InvoiceAggregates } from '../../infrastructure/invoice-aggregates.js';

export const CancelInvoiceBody = z.object({ reason: z.string().trim().min(3, { error: 'say why (at least 3 characters)' }).max(500) });
type CancelInput = z.infer<typeof CancelInvoiceBody>;

/** Cancels an invoice with nothing paid on it (reverse its payments first); the reason is recorded. */
@ApiTags('invoices')
@Controller('v1/invoices')
export class CancelInvoiceController {
  constructor(private readonly aggregates: InvoiceAggregates) {}

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('invoices:write')
  @ZodBody(CancelInvoiceBody)
  @ZodResponse(InvoiceViewSchema)
  cancel(@Param('id') id: string, @Body() body: CancelInput, @Req() req: RequestWithPrincipal) {
    return this.aggregates.run(principalOf(req).companyId, id, commandMetadata(req), () => [{ type: 'CancelInvoice', data: { reason: body.reason, at: new Date().toISOString() } }]);
  }
}
