import { SecretResponse } from '../../../../platform/http/idempotency.interceptor.js';
import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { InviteSubscriberCommand } from './invite-subscriber.handler.js';
import { InviteSubscriberBody, type InviteSubscriberBodyInput } from './invite-subscriber.request.dto.js';
import { SubscriberInvitationSchema } from '../../identity.schemas.js';

@ApiTags('subscriber-accounts')
@Controller('v1/subscriber-accounts')
export class InviteSubscriberController {
  constructor(private readonly bus: CommandBus) {}

  /** Invites a customer to the customer area; the first-access link goes through the mail outbox. */
  @SecretResponse()
  @Post()
  @ZodResponse(SubscriberInvitationSchema, 201)
  @RequirePermission('customers:write')
  @ZodBody(InviteSubscriberBody)
  invite(@Body() body: InviteSubscriberBodyInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new InviteSubscriberCommand(body, { ...commandMetadata(req), companyId: principalOf(req).companyId }));
  }
}
