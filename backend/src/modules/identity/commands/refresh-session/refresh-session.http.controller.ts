import { SecretResponse } from '../../../../platform/http/idempotency.interceptor.js';
import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import type { Request } from 'express';
import { Public } from '../../../../platform/auth/permissions.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { clientOf } from '../client.js';
import { RefreshSessionCommand } from './refresh-session.handler.js';
import { RefreshBody, type RefreshBodyInput } from './refresh-session.request.dto.js';
import { LoginResultSchema } from '../../identity.schemas.js';

@ApiTags('auth')
@Controller('v1/auth')
export class RefreshSessionController {
  constructor(private readonly bus: CommandBus) {}

  /** New access token and the next refresh token (staff and subscribers). */
  @SecretResponse()
  @Post('refresh')
  @ZodResponse(LoginResultSchema)
  @HttpCode(200)
  @Public()
  @ZodBody(RefreshBody)
  refresh(@Body() body: RefreshBodyInput, @Req() req: Request) {
    return this.bus.execute(new RefreshSessionCommand(body.refreshToken, clientOf(req)));
  }
}
