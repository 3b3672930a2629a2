import { Controller, Get, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { GetMeQuery } from './get-me.handler.js';
import { MeSchema } from '../../identity.schemas.js';
import { ZodResponse } from '../../../../platform/http/validation.js';

@ApiTags('auth')
@Controller('v1/auth')
export class GetMeController {
  constructor(private readonly bus: QueryBus) {}

  /** The caller: profile, effective permissions, companies (active one from X-Company-Id), MFA state. */
  @Get('me')
  @ZodResponse(MeSchema)
  @RequirePermission('mfa-enrolment')
  me(@Req() req: RequestWithPrincipal) {
    return this.bus.execute(new GetMeQuery(principalOf(req)));
  }
}
