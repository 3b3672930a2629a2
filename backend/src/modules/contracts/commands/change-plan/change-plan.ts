import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { EventMetadata } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { Principal, RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { saoPauloDate } from '../../domain/business-date.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import type { ContractView } from '../../queries/contract-details/contract.view.js';

import { validationProblem } from '../../../../platform/http/problem.js';
import { PlansPublicApi } from '../../../plans/public-api.js';
import { addDays, addMonths } from '../../domain/business-date.js';
import { dueDateFor } from '../../domain/contract.money.js';
import { ContractViewSchema } from '../../queries/contract-details/contract.schemas.js';

export const ChangePlanBody = z.object({
  planId: z.string().min(1),
  changeOn: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
  /** Company setting: fee for a downgrade inside the loyalty period (absent = refused). */
  downgradeFeeCents: z.number().int().min(0).optional(),
});
type Body_ = z.infer<typeof ChangePlanBody>;

/** The billing cycle containing `day`: from the last due date on or before it to the day before the next. */
export function cycleOf(day: string, dueDay: number): { cycleStart: string; cycleEnd: string } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const thisMonth = dueDateFor(y, m, dueDay);
  const start = thisMonth <= day ? thisMonth : (() => { const p = addMonths(`${day.slice(0, 7)}-01`, -1); return dueDateFor(Number(p.slice(0, 4)), Number(p.slice(5, 7)), dueDay); })();
  const n = addMonths(`${start.slice(0, 7)}-01`, 1);
  return { cycleStart: start, cycleEnd: addDays(dueDateFor(Number(n.slice(0, 4)), Number(n.slice(5, 7)), dueDay), -1) };
}

export class ChangeContractPlanCommand extends Command<ContractView> {
  constructor(readonly contractId: string, readonly body: Body_, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

@CommandHandler(ChangeContractPlanCommand)
export class ChangeContractPlanHandler implements ICommandHandler<ChangeContractPlanCommand> {
  constructor(private readonly aggregates: ContractAggregates, private readonly plans: PlansPublicApi) {}

  async execute({ contractId, body, actor, metadata }: ChangeContractPlanCommand) {
    const plan = await this.plans.planForSale(actor.companyId, body.planId);
    if (!plan) throw validationProblem([{ field: 'planId', reason: 'no such plan in this company' }]);
    if (!plan.active) throw validationProblem([{ field: 'planId', reason: 'is not for sale (inactive)' }]);
    const at = new Date().toISOString();
    const changeOn = body.changeOn ?? saoPauloDate(at);
    return this.aggregates.run(actor, metadata, contractId, (state) => [
      {
        type: 'ChangePlan',
        data: {
          plan: {
            planId: plan.planId, planVersion: plan.planVersion, downloadMbps: plan.downloadMbps, uploadMbps: plan.uploadMbps,
            priceCents: plan.priceCents, loyaltyMonths: plan.loyaltyMonths, penaltyAmountCents: plan.penaltyAmountCents,
          },
          changeOn,
          ...cycleOf(changeOn, state.dueDay || 1),
          ...(body.downgradeFeeCents !== undefined ? { downgradeFeeCents: body.downgradeFeeCents } : {}),
          at,
        },
      },
    ]);
  }
}

@ApiTags('contracts')
@Controller('v1/contracts')
export class ChangeContractPlanController {
  constructor(private readonly bus: CommandBus) {}

  /** Upgrade or downgrade to the plan's current version, with pro-rata over the current billing cycle. Only when active. */
  @Post(':id/change-plan')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ZodBody(ChangePlanBody)
  @ZodResponse(ContractViewSchema)
  changePlan(@Param('id') id: string, @Body() body: Body_, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ChangeContractPlanCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
