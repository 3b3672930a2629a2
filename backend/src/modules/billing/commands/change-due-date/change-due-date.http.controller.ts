import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { InvoiceViewSchema } from '../../queries/invoices/invoice.schemas.js';
import { saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { InvoiceAggregates } from '../../infrastructure/invoice-aggregates.js';

export const ChangeDueDateBody = z.object({
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date YYYY-MM-DD' }),
  reason: z.string().trim().min(3, { error: 'say why (at least 3 characters)' }).max(500),
});
type ChangeDueDateInput = z.infer<typeof ChangeDueDateBody>;

/**
 * Alteração de vencimento of an open or overdue invoice (the decider refuses the rest and dates before today;
 * the same date is a no-op). The new boleto line is in the answer; a registered boleto goes to the next
 * remessa as instruction 06, a cobv is updated at the PSP by the pix-charges reactor.
 */
@ApiTags('invoices')
@Controller('v1/invoices')
export class ChangeDueDateController {
  constructor(private readonly aggregates: InvoiceAggregates) {}

  @Post(':id/due-date')
  @HttpCode(200)
  @RequirePermission('invoices:write')
  @ZodBody(ChangeDueDateBody)
  @ZodResponse(InvoiceViewSchema)
  change(@Param('id') id: string, @Body() body: ChangeDueDateInput, @Req() req: RequestWithPrincipal) {
    const principal = principalOf(req);
    const now = new Date();
    return this.aggregates.run(principal.companyId, id, commandMetadata(req), () => [{
      type: 'ChangeDueDate',
      data: { dueDate: body.dueDate, reason: body.reason, changedBy: principal.id, today: saoPauloDate(now), at: now.toISOString() },
    }]);
  }
}
