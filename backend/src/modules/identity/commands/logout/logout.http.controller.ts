import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { LogoutCommand } from './logout.handler.js';

@ApiTags('auth')
@Controller('v1')
export class LogoutController {
  constructor(private readonly bus: CommandBus) {}

  /** Staff logout (also with a token still waiting for MFA enrolment). */
  @Post('auth/logout')
  @HttpCode(204)
  @RequirePermission('mfa-enrolment')
  async logout(@Req() req: RequestWithPrincipal): Promise<void> {
    await this.bus.execute(new LogoutCommand(principalOf(req)));
  }

  /** Subscriber logout. */
  @Post('portal/auth/logout')
  @HttpCode(204)
  @RequirePermission('portal')
  async portalLogout(@Req() req: RequestWithPrincipal): Promise<void> {
    await this.bus.execute(new LogoutCommand(principalOf(req)));
  }
}
