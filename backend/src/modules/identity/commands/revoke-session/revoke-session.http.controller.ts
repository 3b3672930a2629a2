import { Controller, Delete, HttpCode, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { RevokeSessionCommand } from './revoke-session.handler.js';

@ApiTags('auth')
@Controller('v1/auth/sessions')
export class RevokeSessionController {
  constructor(private readonly bus: CommandBus) {}

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('authenticated')
  async revoke(@Param('id') id: string, @Req() req: RequestWithPrincipal): Promise<void> {
    await this.bus.execute(new RevokeSessionCommand(principalOf(req), id));
  }
}
