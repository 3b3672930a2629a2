import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { subscriberOf } from '../../queries/tickets/portal-tickets.http.controller.js';
import { OpenTicketCommand } from './open-ticket.handler.js';
import { OpenTicketBody, StaffOpenTicketBody, type OpenTicketInput, type StaffOpenTicketInput } from './open-ticket.request.dto.js';
import { TicketViewSchema } from '../../queries/tickets/ticket.schemas.js';

/** The customer area's support request: a ticket with a protocol number, for the caller's own customer. */
@ApiTags('portal')
@Controller('v1/portal/tickets')
export class PortalOpenTicketController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @ZodResponse(TicketViewSchema, 201)
  @RequirePermission('portal')
  @ZodBody(OpenTicketBody)
  open(@Body() body: OpenTicketInput, @Req() req: RequestWithPrincipal) {
    const p = subscriberOf(req);
    return this.bus.execute(new OpenTicketCommand(p.companyId, p.customerId, body, 'portal', commandMetadata(req)));
  }
}

/** Staff open a ticket on behalf of a customer (channel `staff`): same protocol numbers and rules. */
@ApiTags('helpdesk')
@Controller('v1/tickets')
export class StaffOpenTicketController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @ZodResponse(TicketViewSchema, 201)
  @RequirePermission('tickets:write')
  @ZodBody(StaffOpenTicketBody)
  open(@Body() body: StaffOpenTicketInput, @Req() req: RequestWithPrincipal) {
    const { customerId, ...request } = body;
    return this.bus.execute(new OpenTicketCommand(principalOf(req).companyId, customerId, request, 'staff', commandMetadata(req)));
  }
}
