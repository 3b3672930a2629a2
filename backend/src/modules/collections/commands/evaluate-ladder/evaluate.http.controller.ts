import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { asProblems } from '../../../../platform/http/domain-problem.js';
import { ZodBody } from '../../../../platform/http/validation.js';
import { BusinessClock } from '../../infrastructure/business-clock.js';
import { DunningEvaluator } from '../../infrastructure/dunning-evaluator.js';

export const EvaluateBody = z.object({ date: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional() }).optional();
type EvaluateInput = z.infer<typeof EvaluateBody>;

/**
 * Runs the daily ladder evaluation now, for the company. Outside production `date` also moves the business
 * clock there (a simulated calendar for tests and demos); in production only today is accepted.
 */
@ApiTags('collections')
@Controller('v1/collections/evaluate')
export class EvaluateLadderController {
  constructor(private readonly evaluator: DunningEvaluator, private readonly clock: BusinessClock) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('collections:write')
  @ZodBody(EvaluateBody)
  evaluate(@Body() body: EvaluateInput, @Req() req: RequestWithPrincipal) {
    return asProblems(async () => {
      if (body?.date) this.clock.set(body.date);
      const date = this.clock.today();
      return { date, ...(await this.evaluator.sweep(date, commandMetadata(req, { trigger: 'evaluate' }), principalOf(req).companyId)) };
    });
  }
}
