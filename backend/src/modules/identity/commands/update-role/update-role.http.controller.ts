import { Body, Controller, Param, Patch, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { UpdateRoleCommand } from './update-role.handler.js';
import { UpdateRoleBody, type UpdateRoleBodyInput } from '../create-role/create-role.request.dto.js';
import { RoleDefinitionSchema } from '../../identity.schemas.js';

@ApiTags('roles')
@Controller('v1/roles')
export class UpdateRoleController {
  constructor(private readonly bus: CommandBus) {}

  @Patch(':id')
  @ZodResponse(RoleDefinitionSchema)
  @RequirePermission('roles:manage')
  @ZodBody(UpdateRoleBody)
  update(@Param('id') id: string, @Body() body: UpdateRoleBodyInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new UpdateRoleCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
