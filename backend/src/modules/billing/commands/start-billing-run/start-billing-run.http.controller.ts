import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { asProblems } from '../../../../platform/http/domain-problem.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { BillingRunViewSchema } from '../../queries/billing-runs/billing-run.schemas.js';
import { BillingRunWorker } from '../../processors/billing-run.worker.js';
import { BillingRunsReader } from '../../queries/billing-runs/billing-runs.reader.js';

export const StartBillingRunBody = z
  .object({
    competence: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'a month YYYY-MM' }),
    dueDayFrom: z.number().int().min(1).max(31).optional(),
    dueDayTo: z.number().int().min(1).max(31).optional(),
  })
  .refine((b) => (b.dueDayFrom ?? 1) <= (b.dueDayTo ?? 31), { path: ['dueDayTo'], error: 'must be on or after dueDayFrom' });
type StartInput = z.infer<typeof StartBillingRunBody>;

export const DiscardBillingRunBody = z.object({ reason: z.string().trim().min(1).max(500) }).optional();
type DiscardInput = z.infer<typeof DiscardBillingRunBody>;

/**
 * Starting a run records the request; the preview (a dry run listing every invoice with its total and
 * warnings) is computed in the background — poll GET /billing/runs/{id} until `awaiting_approval`.
 */
@ApiTags('billing')
@Controller('v1/billing/runs')
export class StartBillingRunController {
  constructor(
    private readonly worker: BillingRunWorker,
    private readonly reader: BillingRunsReader,
  ) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('billing-runs:run')
  @ZodBody(StartBillingRunBody)
  @ZodResponse(BillingRunViewSchema, 202)
  async start(@Body() body: StartInput, @Req() req: RequestWithPrincipal) {
    const runId = randomUUID();
    const data = { runId, competence: body.competence, dueDayFrom: body.dueDayFrom ?? 1, dueDayTo: body.dueDayTo ?? 31, at: new Date().toISOString() };
    await asProblems(() => this.worker.runs.handle(runId, { type: 'RequestBillingRun', data }, commandMetadata(req)));
    return this.reader.get(principalOf(req).companyId, runId);
  }

  @Post(':id/discard')
  @HttpCode(200)
  @RequirePermission('billing-runs:run')
  @ZodBody(DiscardBillingRunBody)
  @ZodResponse(BillingRunViewSchema)
  async discard(@Param('id') id: string, @Body() body: DiscardInput, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    await this.reader.get(companyId, id);
    await asProblems(() => this.worker.runs.handle(id, { type: 'DiscardBillingRun', data: { reason: body?.reason ?? 'descartado', at: new Date().toISOString() } }, commandMetadata(req)));
    return this.reader.get(companyId, id);
  }
}
