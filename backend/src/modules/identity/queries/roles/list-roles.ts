import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { PERMISSIONS, type RoleDefinition } from '../../domain/permissions.js';
import { RoleCatalogue } from '../../infrastructure/role-catalogue.js';
import { RoleListSchema } from '../../identity.schemas.js';
import { ZodResponse } from '../../../../platform/http/validation.js';

export class ListRolesQuery extends Query<{ items: RoleDefinition[]; permissions: readonly string[] }> {}

/** Built-in and custom roles, and the permission catalogue a custom role picks from. */
@QueryHandler(ListRolesQuery)
export class ListRolesHandler implements IQueryHandler<ListRolesQuery> {
  constructor(private readonly catalogue: RoleCatalogue) {}

  async execute() {
    return { items: await this.catalogue.all(), permissions: PERMISSIONS };
  }
}

@ApiTags('roles')
@Controller('v1/roles')
export class ListRolesController {
  constructor(private readonly bus: QueryBus) {}

  @Get()
  @ZodResponse(RoleListSchema)
  @RequirePermission('roles:read')
  list() {
    return this.bus.execute(new ListRolesQuery());
  }
}
