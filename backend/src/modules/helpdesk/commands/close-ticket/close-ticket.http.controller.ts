import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { CloseTicketCommand } from './close-ticket.handler.js';
import { TicketViewSchema } from '../../queries/tickets/ticket.schemas.js';

export const CloseTicketBody = z.object({
  note: z.string().trim().max(4000, { error: 'must have at most 4000 characters' }).optional(),
});
type CloseTicketInput = z.infer<typeof CloseTicketBody>;

/** Staff close a ticket, with an optional closing note the subscriber sees. */
@ApiTags('helpdesk')
@Controller('v1/tickets')
export class CloseTicketController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/close')
  @ZodResponse(TicketViewSchema)
  @HttpCode(200)
  @RequirePermission('tickets:write')
  @ZodBody(CloseTicketBody)
  close(@Param('id') id: string, @Body() body: CloseTicketInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new CloseTicketCommand(principalOf(req).companyId, id, body.note || undefined, commandMetadata(req)));
  }
}
