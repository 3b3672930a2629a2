import { randomInt, randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { ProblemException, validationProblem } from '../../../../platform/http/problem.js';
import { CustomersPublicApi } from '../../../customers/public-api.js';
import { PlansPublicApi } from '../../../plans/public-api.js';
import type { ContractCommand } from '../../domain/contract.decider.js';
import type { ContractAddress } from '../../domain/contract.events.js';
import { generatePppoePassword, pppoeLoginFromName } from '../../domain/pppoe-credentials.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import { asProblems } from '../../../../platform/http/domain-problem.js';
import { contractView, type ContractView } from '../../queries/contract-details/contract.view.js';
import type { DraftContractBodyInput } from './draft-contract.request.dto.js';

export class DraftContractCommand extends Command<ContractView> {
  constructor(readonly body: DraftContractBodyInput, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

const field = (f: string, reason: string) => validationProblem([{ field: f, reason }]);

/**
 * Drafts a contract: pins the plan's current version, resolves the installation address, generates the
 * PPPoE credentials, and records the acceptance when given (one append).
 */
@CommandHandler(DraftContractCommand)
export class DraftContractHandler implements ICommandHandler<DraftContractCommand> {
  constructor(
    private readonly aggregates: ContractAggregates,
    private readonly customers: CustomersPublicApi,
    private readonly plans: PlansPublicApi,
  ) {}

  async execute({ body, actor, metadata }: DraftContractCommand): Promise<ContractView> {
    const customer = await this.customers.customerForContract(actor.companyId, body.customerId);
    if (!customer) throw field('customerId', 'no such customer in this company');
    if (customer.status !== 'active') throw new ProblemException(409, 'customer-not-active', 'Customer not active', `The customer is ${customer.status}.`, { current: customer.status });
    const plan = await this.plans.planForSale(actor.companyId, body.planId);
    if (!plan) throw field('planId', 'no such plan in this company');
    if (!plan.active) throw field('planId', 'is not for sale (inactive)');
    if (body.addOnIds.length) throw field('addOnIds', 'add-on services are not available yet');
    if (body.promotionId) throw field('promotionId', 'promotions are not available yet');

    let installationAddress: ContractAddress;
    if (body.installationAddressId) {
      const a = customer.addresses.find((x) => x.id === body.installationAddressId);
      if (!a) throw field('installationAddressId', "is not one of the customer's addresses");
      const { id: _id, type: _type, ...rest } = a;
      installationAddress = rest;
    } else {
      const { type: _type, ...rest } = body.installationAddress!;
      installationAddress = rest as ContractAddress;
    }
    const billing = body.billingAddress ? (({ type: _t, ...rest }) => rest as ContractAddress)(body.billingAddress) : undefined;

    const contractId = randomUUID();
    const at = new Date().toISOString();
    const commands: ContractCommand[] = [
      {
        type: 'DraftContract',
        data: {
          contractId,
          customerId: customer.customerId,
          plan: {
            planId: plan.planId, planVersion: plan.planVersion, downloadMbps: plan.downloadMbps, uploadMbps: plan.uploadMbps,
            priceCents: plan.priceCents, loyaltyMonths: plan.loyaltyMonths, penaltyAmountCents: plan.penaltyAmountCents,
          },
          installationAddress,
          ...(billing ? { billingAddress: billing } : {}),
          dueDay: body.dueDay,
          pppoe: { login: body.pppoeLogin ?? pppoeLoginFromName(customer.name, randomInt), password: generatePppoePassword(randomInt) },
          ...(body.fixedIp ? { fixedIp: body.fixedIp } : {}),
          at,
        },
      },
    ];
    if (body.acceptance) commands.push({ type: 'AcceptContract', data: { ...body.acceptance, at } });
    const r = await asProblems(() => this.aggregates.contracts.handle(contractId, commands, metadata));
    return contractView(r.state, r.version);
  }
}
