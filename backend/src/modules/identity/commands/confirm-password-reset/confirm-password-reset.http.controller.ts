import { SecretResponse } from '../../../../platform/http/idempotency.interceptor.js';
import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { Public } from '../../../../platform/auth/permissions.js';
import { commandMetadata } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody } from '../../../../platform/http/validation.js';
import { ConfirmPasswordResetCommand } from './confirm-password-reset.handler.js';
import { PasswordResetConfirmBody, type PasswordResetConfirmBodyInput } from './confirm-password-reset.request.dto.js';

@ApiTags('auth')
@Controller('v1/auth/password-reset')
export class ConfirmPasswordResetController {
  constructor(private readonly bus: CommandBus) {}

  /** Sets the new password (reset link or first-access link); 422 names the policy rule it breaks. */
  @SecretResponse()
  @Post('confirm')
  @HttpCode(204)
  @Public()
  @ZodBody(PasswordResetConfirmBody)
  async confirm(@Body() body: PasswordResetConfirmBodyInput, @Req() req: RequestWithPrincipal): Promise<void> {
    await this.bus.execute(new ConfirmPasswordResetCommand(body.token, body.newPassword, commandMetadata(req)));
  }
}
