import { SecretResponse } from '../../../../platform/http/idempotency.interceptor.js';
import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { VerifyMfaCommand } from './verify-mfa.handler.js';
import { VerifyMfaBody, type VerifyMfaBodyInput } from './verify-mfa.request.dto.js';
import { MfaVerifiedSchema } from '../../identity.schemas.js';

@ApiTags('auth')
@Controller('v1/auth/mfa')
export class VerifyMfaController {
  constructor(private readonly bus: CommandBus) {}

  /** Confirms enrolment: 200 with the ten recovery codes (shown once) and a new token pair. */
  @SecretResponse()
  @Post('verify')
  @ZodResponse(MfaVerifiedSchema)
  @HttpCode(200)
  @RequirePermission('mfa-enrolment')
  @ZodBody(VerifyMfaBody)
  verify(@Body() body: VerifyMfaBodyInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new VerifyMfaCommand(principalOf(req), body.code, commandMetadata(req)));
  }
}
