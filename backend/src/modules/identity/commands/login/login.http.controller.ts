import { SecretResponse } from '../../../../platform/http/idempotency.interceptor.js';
import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import { Public } from '../../../../platform/auth/permissions.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { clientOf } from '../client.js';
import { LoginCommand, LoginLockedProblem } from './login.handler.js';
import { LoginBody, type LoginBodyInput } from './login.request.dto.js';
import { LoginResultSchema } from '../../identity.schemas.js';

@ApiTags('auth')
@Controller('v1/auth')
export class LoginController {
  constructor(private readonly bus: CommandBus) {}

  /** Staff login. 401 `invalid-credentials` for any wrong combination, 401 `mfa-required` when a code is due, 429 with Retry-After when locked. */
  @SecretResponse()
  @Post('login')
  @ZodResponse(LoginResultSchema)
  @HttpCode(200)
  @Public()
  @ZodBody(LoginBody)
  async login(@Body() body: LoginBodyInput, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    try {
      return await this.bus.execute(new LoginCommand(body, clientOf(req)));
    } catch (err) {
      if (err instanceof LoginLockedProblem) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
  }
}
