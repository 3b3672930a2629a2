import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import { asProblems } from '../../../../platform/http/domain-problem.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { ContractsPublicApi } from '../../../contracts/public-api.js';
import { CustomersPublicApi } from '../../../customers/public-api.js';
import type { TicketChannel } from '../../domain/ticket.events.js';
import { ProtocolNumbers } from '../../infrastructure/protocol-numbers.js';
import { TicketAggregates } from '../../infrastructure/tickets.js';
import { ticketView, type TicketView } from '../../queries/tickets/ticket.view.js';
import type { OpenTicketInput } from './open-ticket.request.dto.js';

export class OpenTicketCommand extends Command<TicketView> {
  constructor(readonly companyId: string, readonly customerId: string, readonly body: OpenTicketInput, readonly channel: TicketChannel, readonly metadata: EventMetadata) {
    super();
  }
}

/**
 * Takes the next protocol number, then opens the ticket. Staff name the customer (it must be a live customer of
 * the company: 422 `customerId`); a contract, when given, must be the customer's.
 */
@CommandHandler(OpenTicketCommand)
export class OpenTicketHandler implements ICommandHandler<OpenTicketCommand> {
  constructor(private readonly aggregates: TicketAggregates, private readonly protocols: ProtocolNumbers, private readonly contracts: ContractsPublicApi, private readonly customers: CustomersPublicApi) {}

  async execute({ companyId, customerId, body, channel, metadata }: OpenTicketCommand): Promise<TicketView> {
    if (channel === 'staff') {
      const customer = await this.customers.customerForContract(companyId, customerId);
      if (!customer || customer.status === 'erased') {
        throw new ProblemException(422, 'validation', 'Invalid request', 'customerId does not name a customer of this company', { errors: [{ field: 'customerId', reason: 'unknown customer', code: 'ticket.unknown-customer' }] });
      }
    }
    if (body.contractId && (await this.contracts.holderOf(companyId, body.contractId)) !== customerId) {
      throw new ProblemException(422, 'validation', 'Invalid request', 'contractId is not one of your contracts', { errors: [{ field: 'contractId', reason: 'is not one of your contracts', code: 'ticket.unknown-contract' }] });
    }
    const ticketId = randomUUID();
    const protocol = await this.protocols.next(companyId);
    const { state } = await asProblems(() =>
      this.aggregates.tickets.handle(ticketId, { type: 'OpenTicket', data: { ticketId, protocol, customerId, ...(body.contractId ? { contractId: body.contractId } : {}), category: body.category, subject: body.subject, message: body.message, channel, at: new Date().toISOString() } }, metadata),
    );
    return ticketView(state);
  }
}
