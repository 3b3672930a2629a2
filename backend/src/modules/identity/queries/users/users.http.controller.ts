import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { GetUserQuery, ListUsersQuery, ListUsersQueryString, type ListUsersQueryStringInput } from './users.queries.js';
import { UserPageSchema, UserViewSchema } from '../../identity.schemas.js';

@ApiTags('users')
@Controller('v1/users')
export class UsersQueryController {
  constructor(private readonly bus: QueryBus) {}

  @Get()
  @ZodResponse(UserPageSchema)
  @RequirePermission('users:read')
  @ZodQuery(ListUsersQueryString)
  list(@Query() query: ListUsersQueryStringInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ListUsersQuery(principalOf(req), query));
  }

  @Get(':id')
  @ZodResponse(UserViewSchema)
  @RequirePermission('users:read')
  get(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new GetUserQuery(principalOf(req), id));
  }
}
