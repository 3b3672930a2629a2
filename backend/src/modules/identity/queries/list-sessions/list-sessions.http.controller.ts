import { Controller, Get, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { SessionListSchema } from '../../identity.schemas.js';
import { ListSessionsQuery } from './list-sessions.handler.js';

@ApiTags('auth')
@Controller('v1/auth')
export class ListSessionsController {
  constructor(private readonly bus: QueryBus) {}

  /** The caller's live sessions (device, IP, last use); revoke one with DELETE /auth/sessions/{id}. */
  @Get('sessions')
  @RequirePermission('authenticated')
  @ZodResponse(SessionListSchema)
  list(@Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ListSessionsQuery(principalOf(req)));
  }
}
