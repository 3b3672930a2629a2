import { Body, Controller, Param, Patch, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { UpdateUserCommand } from './update-user.handler.js';
import { UpdateUserBody, type UpdateUserBodyInput } from './update-user.request.dto.js';
import { UserViewSchema } from '../../identity.schemas.js';

@ApiTags('users')
@Controller('v1/users')
export class UpdateUserController {
  constructor(private readonly bus: CommandBus) {}

  @Patch(':id')
  @ZodResponse(UserViewSchema)
  @RequirePermission('users:manage')
  @ZodBody(UpdateUserBody)
  update(@Param('id') id: string, @Body() body: UpdateUserBodyInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new UpdateUserCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
