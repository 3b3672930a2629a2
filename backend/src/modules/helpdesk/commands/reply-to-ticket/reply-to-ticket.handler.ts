import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import type { TicketAuthor } from '../../domain/ticket.events.js';
import { TicketAggregates } from '../../infrastructure/tickets.js';
import { ticketView, type TicketView } from '../../queries/tickets/ticket.view.js';
import { TicketsReader } from '../../queries/tickets/tickets.reader.js';

export class ReplyToTicketCommand extends Command<TicketView> {
  constructor(readonly companyId: string, readonly ticketId: string, readonly author: TicketAuthor, readonly message: string, readonly metadata: EventMetadata) {
    super();
  }
}

/** A reply in the ticket's conversation (an open ticket of the company; a closed one is a 409). */
@CommandHandler(ReplyToTicketCommand)
export class ReplyToTicketHandler implements ICommandHandler<ReplyToTicketCommand> {
  constructor(private readonly aggregates: TicketAggregates, private readonly reader: TicketsReader) {}

  async execute({ companyId, ticketId, author, message, metadata }: ReplyToTicketCommand): Promise<TicketView> {
    if (!(await this.reader.get(companyId, ticketId))) throw notFound('Ticket', ticketId);
    const { state } = await asProblems(() => this.aggregates.tickets.handle(ticketId, { type: 'ReplyToTicket', data: { author, message, at: new Date().toISOString() } }, metadata));
    return ticketView(state);
  }
}
