import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import type { ConsentChannel } from '../../domain/customer.events.js';
import { CustomerAggregates } from '../../infrastructure/aggregates.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { CustomerExtensions } from '../../public-api.js';
import { CustomerDirectoryReader } from '../../queries/customer-directory/customer-directory.reader.js';
import { customerView, type CustomerView } from '../../queries/customer-details/customer.view.js';

export class EraseCustomerCommand extends Command<CustomerView> {
  constructor(readonly customerId: string, readonly channel: ConsentChannel, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

/**
 * LGPD erasure: records the request and the erasure, scrubs the directory row (inline projection) and
 * destroys the customer's data key, all in one transaction. Every personal field of every event of the
 * customer (and of its contracts: same subject) reads as null from then on.
 */
@CommandHandler(EraseCustomerCommand)
export class EraseCustomerHandler implements ICommandHandler<EraseCustomerCommand> {
  constructor(
    private readonly aggregates: CustomerAggregates,
    private readonly directory: CustomerDirectoryReader,
    private readonly extensions: CustomerExtensions,
  ) {}

  async execute({ customerId, channel, actor, metadata }: EraseCustomerCommand): Promise<CustomerView> {
    if (!(await this.directory.exists(actor.companyId, customerId))) throw notFound('Customer', customerId);
    for (const guard of this.extensions.erasureGuards) {
      const reason = await guard(actor.companyId, customerId);
      if (reason) throw new ProblemException(409, 'customer-retention', 'Cannot erase yet', reason, { code: 'customer.retention-duty' });
    }
    const at = new Date().toISOString();
    const store = this.aggregates.store;
    const { state, version } = await asProblems(() =>
      store.db.transaction(async (tx) => {
        const r = await this.aggregates.customers.handle(
          customerId,
          [
            { type: 'RequestErasure', data: { channel, requestedBy: actor.id, at } },
            { type: 'EraseCustomer', data: { pseudonym: `Titular removido ${customerId.slice(0, 8)}`, at } },
          ],
          metadata,
          tx,
        );
        await store.forgetSubject(customerId, tx);
        return r;
      }),
    );
    return customerView(state, version);
  }
}
