import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { Public } from '../../../../platform/auth/permissions.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { RequestAcceptedSchema } from '../../identity.schemas.js';
import { RequestPasswordResetCommand } from './request-password-reset.handler.js';
import { PasswordResetRequestBody, type PasswordResetRequestBodyInput } from './request-password-reset.request.dto.js';

/** The answer of the reset requests: the same whether or not the account exists. */
export interface RequestAccepted { status: 'accepted' }

@ApiTags('auth')
@Controller('v1/auth/password-reset')
export class RequestPasswordResetController {
  constructor(private readonly bus: CommandBus) {}

  /** Always 202, whether or not the e-mail belongs to someone. */
  @Post('request')
  @HttpCode(202)
  @Public()
  @ZodBody(PasswordResetRequestBody)
  @ZodResponse(RequestAcceptedSchema, 202)
  async request(@Body() body: PasswordResetRequestBodyInput): Promise<RequestAccepted> {
    await this.bus.execute(new RequestPasswordResetCommand(body.email));
    return { status: 'accepted' };
  }
}
