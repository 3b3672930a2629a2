import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { InvoiceAggregates, InvoiceViewSchema } from '../../infrastructure/billing.gateway.js';

export const WriteOffBody = z.object({ reason: z.string().trim().min(3, { error: 'say why (at least 3 characters)' }).max(500) });
type WriteOffInput = z.infer<typeof WriteOffBody>;

/**
 * Baixa por perda: the outstanding amount of an open or partially paid invoice is given up as bad debt (an
 * expense in the DRE of the month), with the reason; reversible by event. Money arriving later on the
 * invoice reverses the write-off by itself (recovery).
 */
@ApiTags('invoices')
@Controller('v1/invoices')
export class WriteOffInvoiceController {
  constructor(private readonly aggregates: InvoiceAggregates) {}

  @Post(':id/write-off')
  @HttpCode(200)
  @RequirePermission('write-offs:write')
  @ZodBody(WriteOffBody)
  @ZodResponse(InvoiceViewSchema)
  writeOff(@Param('id') id: string, @Body() body: WriteOffInput, @Req() req: RequestWithPrincipal) {
    return this.aggregates.run(principalOf(req).companyId, id, commandMetadata(req), () => [{ type: 'WriteOffInvoice', data: { reason: body.reason, at: new Date().toISOString() } }]);
  }

  @Post(':id/write-off/reverse')
  @HttpCode(200)
  @RequirePermission('write-offs:write')
  @ZodBody(WriteOffBody)
  @ZodResponse(InvoiceViewSchema)
  reverse(@Param('id') id: string, @Body() body: WriteOffInput, @Req() req: RequestWithPrincipal) {
    return this.aggregates.run(principalOf(req).companyId, id, commandMetadata(req), () => [{ type: 'ReverseWriteOff', data: { reason: body.reason, at: new Date().toISOString() } }]);
  }
}
