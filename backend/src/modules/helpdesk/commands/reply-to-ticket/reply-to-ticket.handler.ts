import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import { asProblems, notFound, notFoundForCaller } from '../../../../platform/http/domain-problem.js';
import type { TicketAuthor } from '../../domain/ticket.events.js';
import { TicketAggregates } from '../../infrastructure/tickets.js';
import { ticketView, type TicketView } from '../../queries/tickets/ticket.view.js';
import { TicketsReader } from '../../queries/tickets/tickets.reader.js';

export class ReplyToTicketCommand extends Command<TicketView> {
  /** `customerId`: a subscriber replies only to the tickets of their own customer (others are the same 404 as a random id). */
  constructor(
    readonly companyId: string, readonly ticketId: string, readonly author: TicketAuthor, readonly message: string, readonly metadata: EventMetadata,
    readonly customerId?: string,
  ) {
    super();
  }
}

/** A reply in the ticket's conversation, from staff or from the subscriber (an open ticket of the company; a closed one is a 409). */
@CommandHandler(ReplyToTicketCommand)
export class ReplyToTicketHandler implements ICommandHandler<ReplyToTicketCommand> {
  constructor(private readonly aggregates: TicketAggregates, private readonly reader: TicketsReader) {}

  async execute({ companyId, ticketId, author, message, metadata, customerId }: ReplyToTicketCommand): Promise<TicketView> {
    if (!(await this.reader.get(companyId, ticketId, customerId))) throw customerId ? notFoundForCaller('Ticket') : notFound('Ticket', ticketId);
    const { state } = await asProblems(() => this.aggregates.tickets.handle(ticketId, { type: 'ReplyToTicket', data: { author, message, at: new Date().toISOString() } }, metadata));
    return ticketView(state);
  }
}
