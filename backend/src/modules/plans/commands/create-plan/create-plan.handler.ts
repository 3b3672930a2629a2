import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { toCreatePlanCommand, type CreatePlanRequest } from '../../domain/plan.validation.js';
import { PlanAggregates } from '../../infrastructure/aggregates.js';
import { asProblems } from '../../../../platform/http/domain-problem.js';
import { PlanCatalogueReader, type PlanView } from '../../queries/plan-catalogue/plan-catalogue.reader.js';

export class CreatePlanCommand extends Command<PlanView> {
  constructor(readonly body: CreatePlanRequest, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

@CommandHandler(CreatePlanCommand)
export class CreatePlanHandler implements ICommandHandler<CreatePlanCommand> {
  constructor(private readonly aggregates: PlanAggregates, private readonly reader: PlanCatalogueReader) {}

  async execute({ body, actor, metadata }: CreatePlanCommand): Promise<PlanView> {
    const planId = randomUUID();
    await asProblems(() => this.aggregates.plans.handle(planId, toCreatePlanCommand(body, { planId, at: new Date().toISOString() }), metadata));
    return (await this.reader.get(actor.companyId, planId))!;
  }
}
