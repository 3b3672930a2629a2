import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import type { ChangePlanTerms, PlanCommand } from '../../domain/plan.decider.js';
import { PlanAggregates } from '../../infrastructure/aggregates.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { PlanCatalogueReader, type PlanView } from '../../queries/plan-catalogue/plan-catalogue.reader.js';
import type { UpdatePlanBodyInput } from './update-plan.request.dto.js';

export class UpdatePlanCommand extends Command<PlanView> {
  constructor(readonly planId: string, readonly body: UpdatePlanBodyInput, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

const TERM_KEYS = ['technology', 'downloadMbps', 'uploadMbps', 'priceCents', 'installationFeeCents', 'loyaltyMonths', 'penaltyRule', 'ipv4', 'ipv6PrefixLength'] as const;

/** Rename, (de)activate and change terms in one append; unchanged values produce no event. */
@CommandHandler(UpdatePlanCommand)
export class UpdatePlanHandler implements ICommandHandler<UpdatePlanCommand> {
  constructor(private readonly aggregates: PlanAggregates, private readonly reader: PlanCatalogueReader) {}

  async execute({ planId, body, actor, metadata }: UpdatePlanCommand): Promise<PlanView> {
    if (!(await this.reader.get(actor.companyId, planId))) throw notFound('Plan', planId);
    const at = new Date().toISOString();
    const commands: PlanCommand[] = [];
    if (body.name !== undefined) commands.push({ type: 'RenamePlan', data: { name: body.name, at } });
    const terms: Record<string, unknown> = {};
    for (const k of TERM_KEYS) if (body[k] !== undefined) terms[k] = body[k];
    if (Object.keys(terms).length) commands.push({ type: 'ChangePlanTerms', data: { ...terms, at } as ChangePlanTerms['data'] });
    if (body.active !== undefined) commands.push({ type: body.active ? 'ActivatePlan' : 'DeactivatePlan', data: { at } });
    await asProblems(() => this.aggregates.plans.handle(planId, commands, metadata));
    return (await this.reader.get(actor.companyId, planId))!;
  }
}
