import { Controller, Get, Inject, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Database } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { Principal, RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { MyCompaniesSchema } from '../../identity.schemas.js';

/** The caller's companies; `active` marks the one the request acts for. */
export interface MyCompanies { items: Array<{ id: string; name: string; active: boolean }> }

export class ListMyCompaniesQuery extends Query<MyCompanies> {
  constructor(readonly principal: Principal) {
    super();
  }
}

/** The companies the caller belongs to (the one marked active is what X-Company-Id selected). */
@QueryHandler(ListMyCompaniesQuery)
export class ListMyCompaniesHandler implements IQueryHandler<ListMyCompaniesQuery> {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async execute({ principal }: ListMyCompaniesQuery) {
    const r = await this.db.query<{ id: string; name: string }>('SELECT id, name FROM identity_companies WHERE id = ANY($1::text[]) ORDER BY name', [principal.companyIds]);
    return { items: r.rows.map((c) => ({ ...c, active: c.id === principal.companyId })) };
  }
}

@ApiTags('companies')
@Controller('v1/companies')
export class ListMyCompaniesController {
  constructor(private readonly bus: QueryBus) {}

  @Get()
  @RequirePermission('authenticated')
  @ZodResponse(MyCompaniesSchema)
  list(@Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ListMyCompaniesQuery(principalOf(req)));
  }
}
