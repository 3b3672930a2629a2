import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { asProblems } from '../../../../platform/http/domain-problem.js';
import { responseMatches, ZodBody, ZodResponse, type SameShape } from '../../../../platform/http/validation.js';
import { BusinessClock } from '../../infrastructure/business-clock.js';
import { DunningEvaluator } from '../../infrastructure/dunning-evaluator.js';

export const EvaluateBody = z.object({ date: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional() }).optional();
type EvaluateInput = z.infer<typeof EvaluateBody>;

/** What one evaluation did: the business date it ran for, the contracts looked at and the events recorded. */
export interface DunningSweepReport { date: string; contracts: number; events: number }
export const DunningSweepReportSchema = z.object({
  date: z.iso.date().describe('the business date evaluated'),
  contracts: z.number().int().describe('contracts with open invoices or a dunning level, looked at'),
  events: z.number().int().describe('dunning events recorded (steps applied, suspensions, restorations)'),
}).meta({ id: 'DunningSweepReport' });

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
  @ZodResponse(DunningSweepReportSchema)
  evaluate(@Body() body: EvaluateInput, @Req() req: RequestWithPrincipal): Promise<DunningSweepReport> {
    return asProblems(async () => {
      if (body?.date) this.clock.set(body.date);
      const date = this.clock.today();
      return { date, ...(await this.evaluator.sweep(date, commandMetadata(req, { trigger: 'evaluate' }), principalOf(req).companyId)) };
    });
  }
}

responseMatches<SameShape<z.infer<typeof DunningSweepReportSchema>, DunningSweepReport>>();
