import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { InvoiceAggregates } from '../../infrastructure/invoice-aggregates.js';
import type { InvoiceView } from '../../queries/invoices/invoice.view.js';
import { StatementsReader, type StatementLineView } from '../../queries/statements/statements.reader.js';
import { ReconcileStatementLineHandler } from './reconcile-statement-line.handler.js';
import { StatementLineConfirmedSchema, StatementLineIgnoredSchema } from './reconcile-statement-line.schemas.js';

export const ConfirmStatementLineBody = z.object({ invoiceId: z.uuid({ error: 'an invoice id' }) });
type ConfirmInput = z.infer<typeof ConfirmStatementLineBody>;

export const IgnoreStatementLineBody = z.object({ reason: z.string().trim().min(3).max(500) });
type IgnoreInput = z.infer<typeof IgnoreStatementLineBody>;

export interface StatementLineConfirmed { outcome: 'recorded' | 'duplicate'; paymentId: string; line: StatementLineView; invoice: InvoiceView }
export interface StatementLineIgnored { line: StatementLineView }

/** Confirm a statement credit against an invoice (settles it), or ignore the line with a reason. */
@ApiTags('billing')
@Controller('v1/billing/statements')
export class ReconcileStatementLineController {
  constructor(
    private readonly handler: ReconcileStatementLineHandler,
    private readonly reader: StatementsReader,
    private readonly aggregates: InvoiceAggregates,
  ) {}

  @Post(':id/lines/:fitId/confirm')
  @HttpCode(200)
  @RequirePermission('payments:write')
  @ZodBody(ConfirmStatementLineBody)
  @ZodResponse(StatementLineConfirmedSchema)
  async confirm(@Param('id') id: string, @Param('fitId') fitId: string, @Body() body: ConfirmInput, @Req() req: RequestWithPrincipal): Promise<StatementLineConfirmed> {
    const actor = principalOf(req);
    const r = await this.handler.confirm(actor.companyId, id, fitId, body.invoiceId, actor.id, commandMetadata(req));
    return { outcome: r.outcome, paymentId: r.paymentId, line: await this.lineView(actor.companyId, id, fitId), invoice: await this.aggregates.view(actor.companyId, body.invoiceId) };
  }

  @Post(':id/lines/:fitId/ignore')
  @HttpCode(200)
  @RequirePermission('payments:write')
  @ZodBody(IgnoreStatementLineBody)
  @ZodResponse(StatementLineIgnoredSchema)
  async ignore(@Param('id') id: string, @Param('fitId') fitId: string, @Body() body: IgnoreInput, @Req() req: RequestWithPrincipal): Promise<StatementLineIgnored> {
    const actor = principalOf(req);
    await this.handler.ignore(actor.companyId, id, fitId, body.reason, actor.id);
    return { line: await this.lineView(actor.companyId, id, fitId) };
  }

  private async lineView(companyId: string, statementId: string, fitId: string): Promise<StatementLineView> {
    const line = (await this.reader.get(companyId, statementId))?.lines.find((l) => l.fitId === fitId);
    if (!line) throw notFound('Statement line', `${statementId}/${fitId}`);
    return line;
  }
}
