import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { BusinessClock } from '../../infrastructure/business-clock.js';
import { OverdueListReader } from './overdue-list.reader.js';
import { OverdueListQuery, OverdueListResponseSchema, type OverdueListQueryInput } from './overdue-list.schema.js';

/** The collections work list: contracts with overdue invoices, where each stands on its ladder. */
@ApiTags('collections')
@Controller('v1/collections/overdue')
export class OverdueListController {
  constructor(private readonly reader: OverdueListReader, private readonly clock: BusinessClock) {}

  /** Ordered by days overdue (desc), then contract id; `step` = current ladder step key; `q` = customer name, contract id or PPPoE login. */
  @Get()
  @RequirePermission('collections:read')
  @ZodQuery(OverdueListQuery)
  @ZodResponse(OverdueListResponseSchema)
  list(@Query() q: OverdueListQueryInput, @Req() req: RequestWithPrincipal) {
    return this.reader.list(principalOf(req).companyId, this.clock.today(), { ...q, page: q.page ?? 1, pageSize: q.pageSize ?? 50 });
  }
}
