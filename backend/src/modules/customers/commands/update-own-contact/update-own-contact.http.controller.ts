import { Body, Controller, Patch, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { portalContactRequestSchema, type PortalContactRequest } from '../../domain/customer.validation.js';
import { subscriberOf } from '../../queries/own-contact/own-contact.http.controller.js';
import { UpdateOwnContactCommand } from './update-own-contact.handler.js';
import { OwnContactSchema } from '../../queries/customer-details/customer-portal.schemas.js';

@ApiTags('portal')
@Controller('v1/portal/me')
export class UpdateOwnContactController {
  constructor(private readonly bus: CommandBus) {}

  /** E-mails and phones (WhatsApp flag); a given list replaces the current one. 422 names the field (`phones.0.number`). */
  @Patch('contact')
  @ZodResponse(OwnContactSchema)
  @RequirePermission('portal')
  @ZodBody(portalContactRequestSchema)
  update(@Body() body: PortalContactRequest, @Req() req: RequestWithPrincipal) {
    const p = subscriberOf(req);
    return this.bus.execute(new UpdateOwnContactCommand(p.companyId, p.customerId, body, commandMetadata(req)));
  }
}
