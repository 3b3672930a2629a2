import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import type { CustomerCommand, CustomerState } from '../../domain/customer.decider.js';
import { DomainError } from '../../domain/domain-error.js';
import type { CustomerEvent } from '../../domain/customer.events.js';
import { CustomerAggregates } from '../../infrastructure/aggregates.js';
import { CustomerDirectoryReader } from '../../queries/customer-directory/customer-directory.reader.js';
import { customerView, type CustomerView } from '../../queries/customer-details/customer.view.js';

/**
 * One decider command on an existing customer of the caller's company: the shared path of the sub-resource
 * routes (addresses, tags, notes, guarantor, consents), whose rules all live in the decider. `command` may be
 * built from the current state (a PATCH merges into what is there). `bodyPath` is where the request body sits
 * in the decider's field paths (`guarantor`, `address`): errors are reported relative to the body.
 */
export class ApplyCustomerCommand extends Command<{ view: CustomerView; events: CustomerEvent[] }> {
  constructor(
    readonly customerId: string,
    readonly command: CustomerCommand | ((state: CustomerState) => CustomerCommand),
    readonly actor: Principal,
    readonly metadata: EventMetadata,
    readonly bodyPath?: string,
  ) {
    super();
  }
}

function relativeTo(err: unknown, bodyPath: string | undefined): unknown {
  if (!bodyPath || !(err instanceof DomainError)) return err;
  const field = err.details.field;
  if (typeof field !== 'string' || !field.startsWith(`${bodyPath}.`)) return err;
  return new DomainError(err.code, { ...err.details, field: field.slice(bodyPath.length + 1) });
}

@CommandHandler(ApplyCustomerCommand)
export class ApplyCustomerCommandHandler implements ICommandHandler<ApplyCustomerCommand> {
  constructor(private readonly aggregates: CustomerAggregates, private readonly directory: CustomerDirectoryReader) {}

  async execute({ customerId, command, actor, metadata, bodyPath }: ApplyCustomerCommand) {
    if (!(await this.directory.exists(actor.companyId, customerId))) throw notFound('Customer', customerId);
    const { state, version, events } = await asProblems(async () => {
      try {
        const cmd = typeof command === 'function' ? command((await this.aggregates.customers.load(customerId)).state) : command;
        return await this.aggregates.customers.handle(customerId, cmd, metadata);
      } catch (err) {
        throw relativeTo(err, bodyPath);
      }
    });
    return { view: customerView(state, version), events };
  }
}
