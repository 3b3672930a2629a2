import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { InvoiceAggregates } from '../../infrastructure/invoice-aggregates.js';
import { PixPspError } from '../../infrastructure/pix-psp/pix-psp.errors.js';
import { PixChargesReactor, type PixChargeSync } from '../../processors/pix-charges.reactor.js';
import { PixChargeRetriedSchema } from './retry-pix-charge.schemas.js';

/** What a retry did (a failure is answered as a 502 problem, never as an outcome). */
export type PixChargeRetried = Exclude<PixChargeSync, { outcome: 'failed' }>;

/**
 * Does now what the PSP charges reactor would do for the invoice (create its cobv, or remove it when the
 * invoice is cancelled), after someone fixed the cause of a recorded failure. 200 with the outcome, 502
 * when the PSP refuses again (the failure stays listed).
 */
@ApiTags('billing')
@Controller('v1/billing/pix/charges')
export class RetryPixChargeController {
  constructor(
    private readonly aggregates: InvoiceAggregates,
    private readonly reactor: PixChargesReactor,
  ) {}

  @Post(':invoiceId/retry')
  @HttpCode(200)
  @RequirePermission('invoices:write')
  @ZodResponse(PixChargeRetriedSchema)
  async retry(@Param('invoiceId') invoiceId: string, @Req() req: RequestWithPrincipal): Promise<PixChargeRetried> {
    const { companyId } = principalOf(req);
    if (!(await this.aggregates.belongs(companyId, invoiceId))) throw notFound('Invoice', invoiceId);
    let r;
    try {
      r = await this.reactor.sync(companyId, invoiceId, commandMetadata(req));
    } catch (err) {
      if (!(err instanceof PixPspError)) throw err;
      throw new ProblemException(502, 'pix-psp', 'The PSP did not take the charge', err.message, { pspStatus: err.status, errorType: err.type });
    }
    if (r.outcome === 'failed') {
      const f = r.failure;
      throw new ProblemException(502, 'pix-psp', 'The PSP did not take the charge', f.title, { pspStatus: f.pspStatus, errorType: f.errorType, violations: f.violations });
    }
    return r;
  }
}
