import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { ReplyToTicketCommand } from './reply-to-ticket.handler.js';
import { TicketViewSchema } from '../../queries/tickets/ticket.schemas.js';
import { subscriberOf } from '../../queries/tickets/portal-tickets.http.controller.js';

export const ReplyToTicketBody = z.object({
  message: z.string().trim().min(2, { error: 'must have at least 2 characters' }).max(4000, { error: 'must have at most 4000 characters' }),
});
type ReplyToTicketInput = z.infer<typeof ReplyToTicketBody>;

/** Staff answer a ticket; the subscriber reads the answer in the customer area. */
@ApiTags('helpdesk')
@Controller('v1/tickets')
export class ReplyToTicketController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/replies')
  @ZodResponse(TicketViewSchema)
  @HttpCode(200)
  @RequirePermission('tickets:write')
  @ZodBody(ReplyToTicketBody)
  reply(@Param('id') id: string, @Body() body: ReplyToTicketInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ReplyToTicketCommand(principalOf(req).companyId, id, 'staff', body.message, commandMetadata(req)));
  }
}

/** The subscriber answers in their own ticket's conversation from the customer area (staff read it at /chamados). */
@ApiTags('portal')
@Controller('v1/portal/tickets')
export class PortalReplyToTicketController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/replies')
  @ZodResponse(TicketViewSchema)
  @HttpCode(200)
  @RequirePermission('portal')
  @ZodBody(ReplyToTicketBody)
  reply(@Param('id') id: string, @Body() body: ReplyToTicketInput, @Req() req: RequestWithPrincipal) {
    const p = subscriberOf(req);
    return this.bus.execute(new ReplyToTicketCommand(p.companyId, id, 'subscriber', body.message, commandMetadata(req), p.customerId));
  }
}
