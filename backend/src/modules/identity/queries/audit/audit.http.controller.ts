import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { AuditPageSchema, StreamHistorySchema } from '../../identity.schemas.js';
import { AuditQueryString, type AuditQueryStringInput, SearchAuditQuery, StreamHistoryQuery } from './audit.queries.js';

@ApiTags('audit')
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly bus: QueryBus) {}

  /** Who did what, when, from where: the event log of the active company, filtered and paginated, newest first. */
  @Get()
  @RequirePermission('audit:read')
  @ZodQuery(AuditQueryString)
  @ZodResponse(AuditPageSchema)
  search(@Query() query: AuditQueryStringInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new SearchAuditQuery(principalOf(req), query));
  }

  /** The whole history of one entity (stream), oldest first. */
  @Get('streams/:streamId')
  @RequirePermission('audit:read')
  @ZodResponse(StreamHistorySchema)
  stream(@Param('streamId') streamId: string, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new StreamHistoryQuery(principalOf(req), streamId));
  }
}
