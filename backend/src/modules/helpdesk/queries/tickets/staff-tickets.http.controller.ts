import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { isBusinessDate } from '../../../../shared-kernel/business-date.js';
import { CustomersPublicApi } from '../../../customers/public-api.js';
import { TicketAggregates } from '../../infrastructure/tickets.js';
import { ticketView } from './ticket.view.js';
import { TicketsReader } from './tickets.reader.js';
import { StaffTicketListSchema, TicketViewSchema } from './ticket.schemas.js';

const day = z.string().refine(isBusinessDate, { error: 'is not a date (YYYY-MM-DD)' });
export const TicketsQueryString = z.object({
  status: z.enum(['open', 'closed']).optional(),
  protocol: z.string().trim().regex(/^\d{8}-\d{6,}$/, { error: 'is not a protocol number (YYYYMMDD-NNNNNN)' }).optional(),
  customerId: z.string().min(1).max(64).optional(),
  from: day.optional(),
  to: day.optional(),
});
type TicketsQueryParams = z.infer<typeof TicketsQueryString>;

/** Staff: tickets of the company, newest first (filters: status, protocol, customer, São Paulo period). */
@ApiTags('helpdesk')
@Controller('v1/tickets')
export class StaffTicketsController {
  constructor(private readonly reader: TicketsReader, private readonly aggregates: TicketAggregates, private readonly customers: CustomersPublicApi) {}

  @Get()
  @ZodResponse(StaffTicketListSchema)
  @RequirePermission('tickets:read')
  @ZodQuery(TicketsQueryString)
  async list(@Query() q: TicketsQueryParams, @Req() req: RequestWithPrincipal) {
    const companyId = principalOf(req).companyId;
    const items = await this.reader.list(companyId, q);
    const names = await this.customers.displayNames(companyId, items.map((x) => x.customerId));
    return { items: items.map((x) => ({ ...x, customerName: names.get(x.customerId)?.name ?? null })) };
  }

  @Get(':id')
  @ZodResponse(TicketViewSchema)
  @RequirePermission('tickets:read')
  async get(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    if (!(await this.reader.get(principalOf(req).companyId, id))) throw notFound('Ticket', id);
    return ticketView((await this.aggregates.tickets.load(id)).state);
  }
}
