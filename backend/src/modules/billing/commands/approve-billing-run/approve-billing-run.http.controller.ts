import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { asProblems } from '../../../../platform/http/domain-problem.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { BillingRunViewSchema } from '../../queries/billing-runs/billing-run.schemas.js';
import { BillingRunWorker } from '../../processors/billing-run.worker.js';
import { BillingRunsReader } from '../../queries/billing-runs/billing-runs.reader.js';

/** Approval (billing-runs:approve) starts issuance in the background; progress shows on GET /billing/runs/{id}. */
@ApiTags('billing')
@Controller('v1/billing/runs')
export class ApproveBillingRunController {
  constructor(
    private readonly worker: BillingRunWorker,
    private readonly reader: BillingRunsReader,
  ) {}

  @Post(':id/approve')
  @ZodResponse(BillingRunViewSchema, 202)
  @HttpCode(202)
  @RequirePermission('billing-runs:approve')
  async approve(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    await this.reader.get(companyId, id);
    await asProblems(() => this.worker.runs.handle(id, { type: 'ApproveBillingRun', data: { at: new Date().toISOString() } }, commandMetadata(req)));
    return this.reader.get(companyId, id);
  }
}
