import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { Public } from '../../../../platform/auth/permissions.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { RequestAcceptedSchema } from '../../identity.schemas.js';
import type { RequestAccepted } from '../request-password-reset/request-password-reset.http.controller.js';
import { RequestSubscriberResetCommand, SubscriberResetRequestBody, type SubscriberResetRequestInput } from './request-subscriber-reset.handler.js';

@ApiTags('portal')
@Controller('v1/portal/auth/password-reset')
export class RequestSubscriberResetController {
  constructor(private readonly bus: CommandBus) {}

  /** Always 202. The link arrives at the account's e-mail and is used with /portal/auth/first-access. */
  @Post('request')
  @HttpCode(202)
  @Public()
  @ZodBody(SubscriberResetRequestBody)
  @ZodResponse(RequestAcceptedSchema, 202)
  async request(@Body() body: SubscriberResetRequestInput): Promise<RequestAccepted> {
    await this.bus.execute(new RequestSubscriberResetCommand(body.document));
    return { status: 'accepted' };
  }
}
