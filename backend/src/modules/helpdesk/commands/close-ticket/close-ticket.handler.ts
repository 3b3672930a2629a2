import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { TicketAggregates } from '../../infrastructure/tickets.js';
import { ticketView, type TicketView } from '../../queries/tickets/ticket.view.js';
import { TicketsReader } from '../../queries/tickets/tickets.reader.js';

export class CloseTicketCommand extends Command<TicketView> {
  constructor(readonly companyId: string, readonly ticketId: string, readonly note: string | undefined, readonly metadata: EventMetadata) {
    super();
  }
}

/** Closes a ticket of the company (closing a closed one changes nothing). */
@CommandHandler(CloseTicketCommand)
export class CloseTicketHandler implements ICommandHandler<CloseTicketCommand> {
  constructor(private readonly aggregates: TicketAggregates, private readonly reader: TicketsReader) {}

  async execute({ companyId, ticketId, note, metadata }: CloseTicketCommand): Promise<TicketView> {
    if (!(await this.reader.get(companyId, ticketId))) throw notFound('Ticket', ticketId);
    const { state } = await asProblems(() => this.aggregates.tickets.handle(ticketId, { type: 'CloseTicket', data: { ...(note ? { note } : {}), at: new Date().toISOString() } }, metadata));
    return ticketView(state);
  }
}
