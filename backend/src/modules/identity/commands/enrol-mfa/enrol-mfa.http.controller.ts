import { SecretResponse } from '../../../../platform/http/idempotency.interceptor.js';
import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { EnrolMfaCommand } from './enrol-mfa.handler.js';
import { MfaEnrolmentSchema } from '../../identity.schemas.js';
import { ZodResponse } from '../../../../platform/http/validation.js';

@ApiTags('auth')
@Controller('v1/auth/mfa')
export class EnrolMfaController {
  constructor(private readonly bus: CommandBus) {}

  /** A TOTP secret with its otpauth:// URL and QR code; confirm it with /auth/mfa/verify. */
  @SecretResponse()
  @Post('enroll')
  @ZodResponse(MfaEnrolmentSchema)
  @HttpCode(200)
  @RequirePermission('mfa-enrolment')
  enrol(@Req() req: RequestWithPrincipal) {
    return this.bus.execute(new EnrolMfaCommand(principalOf(req)));
  }
}
