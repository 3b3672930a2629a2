import { Body, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { PixSettlement, type PixSettlementReport } from '../../infrastructure/pix-settlement.js';
import { PixSettlementReportSchema } from '../../infrastructure/pix-settlement.schemas.js';
import { PixPspError } from '../../infrastructure/pix-psp/pix-psp.errors.js';
import type { PixPsp } from '../../infrastructure/pix-psp/pix-psp.port.js';
import { PIX_PSP } from '../../infrastructure/pix-psp/pix-psp.provider.js';

const MAX_RANGE_MS = 31 * 86_400_000;

export const ReconcilePixBody = z
  .object({
    from: z.iso.datetime({ offset: true, error: 'an ISO instant, e.g. 2026-12-01T00:00:00-03:00' }),
    to: z.iso.datetime({ offset: true, error: 'an ISO instant, e.g. 2026-12-02T00:00:00-03:00' }),
  })
  .refine((b) => Date.parse(b.to) >= Date.parse(b.from), { path: ['to'], error: 'on or after from' })
  .refine((b) => Date.parse(b.to) - Date.parse(b.from) <= MAX_RANGE_MS, { path: ['to'], error: 'at most 31 days after from' });
type ReconcileInput = z.infer<typeof ReconcilePixBody>;

/**
 * The safety net the API Pix recommends next to the webhook: lists the Pix the PSP received in a window
 * (GET /pix) and settles this company's invoices they pay, through the same path as the webhook, so a Pix
 * already settled by its notification is a duplicate, never a second payment.
 */
@ApiTags('billing')
@Controller('v1/billing/pix/reconcile')
export class ReconcilePixController {
  constructor(
    @Inject(PIX_PSP) private readonly psp: PixPsp | null,
    private readonly settlement: PixSettlement,
  ) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('payments:write')
  @ZodBody(ReconcilePixBody)
  @ZodResponse(PixSettlementReportSchema)
  async reconcile(@Body() body: ReconcileInput, @Req() req: RequestWithPrincipal): Promise<PixSettlementReport> {
    const { companyId } = principalOf(req);
    if (!this.psp) throw new ProblemException(409, 'pix-psp-not-configured', 'No PSP configured', 'Set PIX_PSP_BASE_URL and its credentials to list received Pix.');
    let received;
    try {
      received = await this.psp.listReceived({ from: new Date(body.from).toISOString(), to: new Date(body.to).toISOString() });
    } catch (err) {
      if (!(err instanceof PixPspError)) throw err;
      throw new ProblemException(502, 'pix-psp', 'The PSP did not answer the list of received Pix', err.message, { pspStatus: err.status, errorType: err.type });
    }
    return this.settlement.settle(received, (c) => commandMetadata(req, { companyId: c }), companyId);
  }
}
