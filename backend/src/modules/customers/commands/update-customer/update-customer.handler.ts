import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { toUpdateCustomerCommand, type UpdateCustomerRequest } from '../../domain/customer.validation.js';
import { CustomerAggregates } from '../../infrastructure/aggregates.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { CustomerDirectoryReader } from '../../queries/customer-directory/customer-directory.reader.js';
import { customerView, type CustomerView } from '../../queries/customer-details/customer.view.js';

export class UpdateCustomerCommand extends Command<CustomerView> {
  constructor(readonly customerId: string, readonly body: UpdateCustomerRequest, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

@CommandHandler(UpdateCustomerCommand)
export class UpdateCustomerHandler implements ICommandHandler<UpdateCustomerCommand> {
  constructor(private readonly aggregates: CustomerAggregates, private readonly directory: CustomerDirectoryReader) {}

  async execute({ customerId, body, actor, metadata }: UpdateCustomerCommand): Promise<CustomerView> {
    if (!(await this.directory.exists(actor.companyId, customerId))) throw notFound('Customer', customerId);
    const { state, version } = await asProblems(() =>
      this.aggregates.customers.handle(customerId, toUpdateCustomerCommand(body, new Date().toISOString()), metadata),
    );
    return customerView(state, version);
  }
}
