import { SecretResponse } from '../../../../platform/http/idempotency.interceptor.js';
import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import { Public } from '../../../../platform/auth/permissions.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { clientOf } from '../client.js';
import { LoginLockedProblem } from '../login/login.handler.js';
import { SubscriberLoginCommand } from './subscriber-login.handler.js';
import { SubscriberLoginBody, type SubscriberLoginBodyInput } from './subscriber-login.request.dto.js';
import { TokenPairSchema } from '../../identity.schemas.js';

@ApiTags('portal')
@Controller('v1/portal/auth')
export class SubscriberLoginController {
  constructor(private readonly bus: CommandBus) {}

  @SecretResponse()

  @Post('login')
  @ZodResponse(TokenPairSchema)
  @HttpCode(200)
  @Public()
  @ZodBody(SubscriberLoginBody)
  async login(@Body() body: SubscriberLoginBodyInput, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    try {
      return await this.bus.execute(new SubscriberLoginCommand(body, clientOf(req)));
    } catch (err) {
      if (err instanceof LoginLockedProblem) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
  }
}
