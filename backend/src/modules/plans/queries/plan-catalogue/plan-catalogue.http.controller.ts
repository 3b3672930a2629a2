import { Controller, Get, Param, Query as QueryParams, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { PlanListSchema, PlanViewSchema } from './plan.schemas.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { PlanCatalogueReader, type PlanView } from './plan-catalogue.reader.js';

export const ListPlansQueryString = z.object({
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export class ListPlansQuery extends Query<{ items: PlanView[] }> {
  constructor(readonly companyId: string, readonly active?: boolean) {
    super();
  }
}
export class GetPlanQuery extends Query<PlanView> {
  constructor(readonly companyId: string, readonly planId: string) {
    super();
  }
}

@QueryHandler(ListPlansQuery)
export class ListPlansHandler implements IQueryHandler<ListPlansQuery> {
  constructor(private readonly reader: PlanCatalogueReader) {}
  async execute(q: ListPlansQuery) {
    return { items: await this.reader.list(q.companyId, { active: q.active }) };
  }
}

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery> {
  constructor(private readonly reader: PlanCatalogueReader) {}
  async execute(q: GetPlanQuery) {
    const plan = await this.reader.get(q.companyId, q.planId);
    if (!plan) throw notFound('Plan', q.planId);
    return plan;
  }
}

@ApiTags('plans')
@Controller('v1/plans')
export class PlanCatalogueController {
  constructor(private readonly bus: QueryBus) {}

  /** The company's plans, by name; `active=true` for what can be sold now. */
  @Get()
  @ZodResponse(PlanListSchema)
  @RequirePermission('plans:read')
  @ZodQuery(ListPlansQueryString)
  list(@QueryParams() query: z.infer<typeof ListPlansQueryString>, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ListPlansQuery(principalOf(req).companyId, query.active));
  }

  /** One plan with its current terms and every published version. */
  @Get(':id')
  @ZodResponse(PlanViewSchema)
  @RequirePermission('plans:read')
  get(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new GetPlanQuery(principalOf(req).companyId, id));
  }
}
