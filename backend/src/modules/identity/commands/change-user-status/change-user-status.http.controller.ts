import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ChangeUserStatusCommand } from './change-user-status.handler.js';
import { UserViewSchema } from '../../identity.schemas.js';
import { ZodResponse } from '../../../../platform/http/validation.js';

@ApiTags('users')
@Controller('v1/users')
export class ChangeUserStatusController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/disable')
  @ZodResponse(UserViewSchema)
  @HttpCode(200)
  @RequirePermission('users:manage')
  disable(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ChangeUserStatusCommand(id, 'disabled', principalOf(req), commandMetadata(req)));
  }

  @Post(':id/enable')
  @ZodResponse(UserViewSchema)
  @HttpCode(200)
  @RequirePermission('users:manage')
  enable(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ChangeUserStatusCommand(id, 'active', principalOf(req), commandMetadata(req)));
  }
}
