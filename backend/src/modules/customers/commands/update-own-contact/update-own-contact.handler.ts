import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import { asProblems, notFoundForCaller } from '../../../../platform/http/domain-problem.js';
import { toUpdateCustomerCommand, type PortalContactRequest } from '../../domain/customer.validation.js';
import { CustomerAggregates } from '../../infrastructure/aggregates.js';
import { CustomerDirectoryReader } from '../../queries/customer-directory/customer-directory.reader.js';
import type { OwnContact } from '../../queries/own-contact/own-contact.http.controller.js';

/** The subscriber changes their own e-mails and phones (the decider's UpdateCustomer; the subscriber is the actor). */
export class UpdateOwnContactCommand extends Command<OwnContact> {
  constructor(readonly companyId: string, readonly customerId: string, readonly body: PortalContactRequest, readonly metadata: EventMetadata) {
    super();
  }
}

@CommandHandler(UpdateOwnContactCommand)
export class UpdateOwnContactHandler implements ICommandHandler<UpdateOwnContactCommand> {
  constructor(private readonly aggregates: CustomerAggregates, private readonly directory: CustomerDirectoryReader) {}

  async execute({ companyId, customerId, body, metadata }: UpdateOwnContactCommand): Promise<OwnContact> {
    if (!(await this.directory.exists(companyId, customerId))) throw notFoundForCaller('Customer');
    const { state } = await asProblems(() => this.aggregates.customers.handle(customerId, toUpdateCustomerCommand(body, new Date().toISOString()), metadata));
    return { emails: state.emails, phones: state.phones };
  }
}
