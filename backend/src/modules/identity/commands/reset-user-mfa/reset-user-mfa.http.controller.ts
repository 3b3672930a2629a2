import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ResetUserMfaCommand } from './reset-user-mfa.handler.js';
import { UserViewSchema } from '../../identity.schemas.js';
import { ZodResponse } from '../../../../platform/http/validation.js';

@ApiTags('users')
@Controller('v1/users')
export class ResetUserMfaController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/reset-mfa')
  @ZodResponse(UserViewSchema)
  @HttpCode(200)
  @RequirePermission('users:manage')
  reset(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ResetUserMfaCommand(id, principalOf(req), commandMetadata(req)));
  }
}
