import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody } from '../../../../platform/http/validation.js';
import { subscriberOf } from '../../queries/tickets/portal-tickets.http.controller.js';
import { OpenTicketCommand } from './open-ticket.handler.js';
import { OpenTicketBody, type OpenTicketInput } from './open-ticket.request.dto.js';

/** The customer area's support request: a ticket with a protocol number, for the caller's own customer. */
@ApiTags('portal')
@Controller('v1/portal/tickets')
export class PortalOpenTicketController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @RequirePermission('portal')
  @ZodBody(OpenTicketBody)
  open(@Body() body: OpenTicketInput, @Req() req: RequestWithPrincipal) {
    const p = subscriberOf(req);
    return this.bus.execute(new OpenTicketCommand(p.companyId, p.customerId, body, 'portal', commandMetadata(req)));
  }
}
