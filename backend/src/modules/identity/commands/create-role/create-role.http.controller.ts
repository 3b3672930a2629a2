import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { CreateRoleCommand } from './create-role.handler.js';
import { CreateRoleBody, type CreateRoleBodyInput } from './create-role.request.dto.js';
import { RoleDefinitionSchema } from '../../identity.schemas.js';

@ApiTags('roles')
@Controller('v1/roles')
export class CreateRoleController {
  constructor(private readonly bus: CommandBus) {}

  /** A custom role: a named set of permissions from the catalogue (GET /roles lists it). */
  @Post()
  @ZodResponse(RoleDefinitionSchema, 201)
  @RequirePermission('roles:manage')
  @ZodBody(CreateRoleBody)
  create(@Body() body: CreateRoleBodyInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new CreateRoleCommand(body, principalOf(req), commandMetadata(req)));
  }
}
