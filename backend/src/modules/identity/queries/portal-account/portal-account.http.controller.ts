import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { GetSubscriberAccountQuery } from '../subscriber-account/get-subscriber-account.js';
import { SubscriberAccountViewSchema } from '../../identity.schemas.js';
import { ZodResponse } from '../../../../platform/http/validation.js';

/** The customer area: a subscriber sees only their own account, whatever id is in the URL. */
@ApiTags('portal')
@Controller('v1/portal')
export class PortalAccountController {
  constructor(private readonly bus: QueryBus) {}

  @Get('me')
  @ZodResponse(SubscriberAccountViewSchema)
  @RequirePermission('portal')
  me(@Req() req: RequestWithPrincipal) {
    const p = principalOf(req);
    return this.bus.execute(new GetSubscriberAccountQuery(p.id, p.companyId, p.id));
  }

  @Get('accounts/:id')
  @ZodResponse(SubscriberAccountViewSchema)
  @RequirePermission('portal')
  account(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const p = principalOf(req);
    return this.bus.execute(new GetSubscriberAccountQuery(id, p.companyId, p.id));
  }
}
