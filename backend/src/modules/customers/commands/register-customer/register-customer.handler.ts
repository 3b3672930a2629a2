import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { document as brDocument } from '@netprovider/br-docs';
import type { EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { toRegisterCustomerCommand, type RegisterCustomerRequest } from '../../domain/customer.validation.js';
import { CustomerAggregates } from '../../infrastructure/aggregates.js';
import { asProblems } from '../../../../platform/http/domain-problem.js';
import { CustomerDirectoryReader } from '../../queries/customer-directory/customer-directory.reader.js';
import { customerView, type CustomerView } from '../../queries/customer-details/customer.view.js';

export class RegisterCustomerCommand extends Command<CustomerView> {
  constructor(readonly body: RegisterCustomerRequest, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

const duplicate = (existingCustomerId: string) =>
  new ProblemException(409, 'customer-document-taken', 'Document already registered', 'A customer with this CPF/CNPJ already exists in this company.', {
    code: 'customer.document-taken',
    existingCustomerId,
    errors: [{ field: 'document', reason: 'is already registered' }],
  });

/**
 * Uniqueness of the document per company: a look-up first (the usual case gives a friendly answer), and the
 * directory's unique index inside the append transaction for the race (the loser's events roll back).
 */
@CommandHandler(RegisterCustomerCommand)
export class RegisterCustomerHandler implements ICommandHandler<RegisterCustomerCommand> {
  constructor(private readonly aggregates: CustomerAggregates, private readonly directory: CustomerDirectoryReader) {}

  async execute({ body, actor, metadata }: RegisterCustomerCommand): Promise<CustomerView> {
    const parsed = brDocument.safeParse(body.document);
    const existing = parsed.ok ? await this.directory.idByDocument(actor.companyId, parsed.value) : null;
    if (existing) throw duplicate(existing);
    const customerId = randomUUID();
    try {
      const { state, version } = await asProblems(() =>
        this.aggregates.customers.handle(customerId, toRegisterCustomerCommand(body, { customerId, at: new Date().toISOString() }), metadata),
      );
      return customerView(state, version);
    } catch (err) {
      if ((err as { code?: string }).code === '23505' && parsed.ok) {
        const winner = await this.directory.idByDocument(actor.companyId, parsed.value);
        if (winner) throw duplicate(winner);
      }
      throw err;
    }
  }
}
