import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { EventMetadata } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { Principal, RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { PlanAggregates } from '../../infrastructure/aggregates.js';
import { PlanCatalogueReader } from '../../queries/plan-catalogue/plan-catalogue.reader.js';
import { PlanExtensions, planForSaleOf, type PriceAdjustmentOutcome } from '../../public-api.js';
import { PriceAdjustmentResultSchema } from './adjust-plan-price.schemas.js';

export const PriceAdjustmentBody = z
  .object({
    newPriceCents: z.number().int({ error: 'must be an integer number of centavos' }).min(0).optional(),
    /** +1 000 = +10 %; the new price rounds down (subscriber's favour). */
    percentBasisPoints: z.number().int().min(-10_000).max(100_000).optional(),
    effectiveOn: z.iso.date({ error: 'must be a date YYYY-MM-DD' }),
    contractIds: z.array(z.string().min(1).max(100)).min(1).max(5000).optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.newPriceCents === undefined) === (b.percentBasisPoints === undefined)) ctx.addIssue({ code: 'custom', path: ['newPriceCents'], message: 'give newPriceCents or percentBasisPoints (one of them)' });
  });
type PriceAdjustmentInput = z.infer<typeof PriceAdjustmentBody>;

/** New price after a percentage: floor(price × (10 000 + bp) / 10 000), in the subscriber's favour. */
export const adjustedPriceCents = (priceCents: number, basisPoints: number): number => Math.floor((priceCents * (10_000 + basisPoints)) / 10_000);

/** The plan version now sold and what happened to each contract on an older one. */
export interface PriceAdjustmentResult { planId: string; version: number; priceCents: number; effectiveOn: string; contracts: PriceAdjustmentOutcome[] }

export class AdjustPlanPriceCommand extends Command<PriceAdjustmentResult> {
  constructor(readonly planId: string, readonly body: PriceAdjustmentInput, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

/**
 * Reajuste: publishes the new price as a plan version when it differs from the current one, then moves the
 * contracts on older versions (all, or `contractIds`) to it explicitly, each with its own event. Contracts
 * are never moved by a plan change alone.
 */
@CommandHandler(AdjustPlanPriceCommand)
export class AdjustPlanPriceHandler implements ICommandHandler<AdjustPlanPriceCommand> {
  constructor(private readonly aggregates: PlanAggregates, private readonly reader: PlanCatalogueReader, private readonly extensions: PlanExtensions) {}

  async execute({ planId, body, actor, metadata }: AdjustPlanPriceCommand) {
    const current = await this.reader.get(actor.companyId, planId);
    if (!current) throw notFound('Plan', planId);
    const priceCents = body.newPriceCents ?? adjustedPriceCents(current.terms.priceCents, body.percentBasisPoints!);
    if (priceCents !== current.terms.priceCents) {
      await asProblems(() => this.aggregates.plans.handle(planId, { type: 'ChangePlanTerms', data: { priceCents, at: new Date().toISOString() } }, metadata));
    }
    const plan = planForSaleOf((await this.reader.get(actor.companyId, planId))!);
    const apply = this.extensions.priceAdjustmentApplier;
    const contracts = apply ? await apply({ companyId: actor.companyId, plan, effectiveOn: body.effectiveOn, ...(body.contractIds ? { contractIds: body.contractIds } : {}), metadata }) : [];
    return { planId, version: plan.planVersion, priceCents: plan.priceCents, effectiveOn: body.effectiveOn, contracts };
  }
}

@ApiTags('plans')
@Controller('v1/plans')
export class AdjustPlanPriceController {
  constructor(private readonly bus: CommandBus) {}

  /** Price adjustment: new version if needed, applied to the contracts on older versions (see `contracts`). */
  @Post(':id/price-adjustments')
  @HttpCode(200)
  @RequirePermission('plans:write')
  @ZodBody(PriceAdjustmentBody)
  @ZodResponse(PriceAdjustmentResultSchema)
  adjust(@Param('id') id: string, @Body() body: PriceAdjustmentInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new AdjustPlanPriceCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
