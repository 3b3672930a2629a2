import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { Principal, RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { notFoundForCaller } from '../../../../platform/http/domain-problem.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { TicketAggregates } from '../../infrastructure/tickets.js';
import { ticketView } from './ticket.view.js';
import { TicketsReader } from './tickets.reader.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { TicketListSchema, TicketViewSchema } from './ticket.schemas.js';

export const subscriberOf = (req: RequestWithPrincipal): Principal & { customerId: string } => {
  const p = principalOf(req);
  if (p.kind !== 'subscriber' || !p.customerId) throw new ProblemException(403, 'forbidden', 'Forbidden', 'Only a subscriber account can use the customer area.');
  return p as Principal & { customerId: string };
};

/** The customer area: the caller's own tickets (anyone else's id is the same 404 as a random one). */
@ApiTags('portal')
@Controller('v1/portal/tickets')
export class PortalTicketsController {
  constructor(private readonly reader: TicketsReader, private readonly aggregates: TicketAggregates) {}

  @Get()
  @ZodResponse(TicketListSchema)
  @RequirePermission('portal')
  async list(@Req() req: RequestWithPrincipal) {
    const p = subscriberOf(req);
    return { items: await this.reader.list(p.companyId, { customerId: p.customerId }) };
  }

  @Get(':id')
  @ZodResponse(TicketViewSchema)
  @RequirePermission('portal')
  async get(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const p = subscriberOf(req);
    if (!(await this.reader.get(p.companyId, id, p.customerId))) throw notFoundForCaller('Ticket');
    return ticketView((await this.aggregates.tickets.load(id)).state);
  }
}
