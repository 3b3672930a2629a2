import { SecretResponse } from '../../../../platform/http/idempotency.interceptor.js';
import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { Public } from '../../../../platform/auth/permissions.js';
import { commandMetadata } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { clientOf } from '../client.js';
import { SubscriberFirstAccessCommand } from './subscriber-first-access.handler.js';
import { SubscriberFirstAccessBody, type SubscriberFirstAccessBodyInput } from '../subscriber-login/subscriber-login.request.dto.js';
import { TokenPairSchema } from '../../identity.schemas.js';

@ApiTags('portal')
@Controller('v1/portal/auth')
export class SubscriberFirstAccessController {
  constructor(private readonly bus: CommandBus) {}

  /** Sets the password from the invitation link; answers with a token pair (the subscriber is logged in). */
  @SecretResponse()
  @Post('first-access')
  @ZodResponse(TokenPairSchema)
  @HttpCode(200)
  @Public()
  @ZodBody(SubscriberFirstAccessBody)
  firstAccess(@Body() body: SubscriberFirstAccessBodyInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new SubscriberFirstAccessCommand(body.token, body.password, clientOf(req), commandMetadata(req)));
  }
}
