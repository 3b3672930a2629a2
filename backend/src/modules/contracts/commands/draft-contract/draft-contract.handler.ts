import { randomInt, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Database, EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { ProblemException, validationProblem } from '../../../../platform/http/problem.js';
import { CustomersPublicApi } from '../../../customers/public-api.js';
import { PlansPublicApi, type PlanForSale } from '../../../plans/public-api.js';
import { saoPauloDate } from '../../domain/business-date.js';
import type { ContractCommand } from '../../domain/contract.decider.js';
import type { AddOnSnapshot, ComboSnapshot, ContractAddress, PlanSnapshot, PromotionSnapshot } from '../../domain/contract.events.js';
import { generatePppoePassword, pppoeLoginFromName } from '../../domain/pppoe-credentials.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import { Reservations, reservationConflict } from '../../infrastructure/reservations.js';
import { asProblems } from '../../../../platform/http/domain-problem.js';
import { contractView, type ContractView } from '../../queries/contract-details/contract.view.js';
import type { DraftContractBodyInput } from './draft-contract.request.dto.js';

export class DraftContractCommand extends Command<ContractView> {
  constructor(readonly body: DraftContractBodyInput, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

const field = (f: string, reason: string) => validationProblem([{ field: f, reason }]);

export const planSnapshotOf = (p: PlanForSale): PlanSnapshot => ({
  planId: p.planId, planVersion: p.planVersion, downloadMbps: p.downloadMbps, uploadMbps: p.uploadMbps,
  priceCents: p.priceCents, loyaltyMonths: p.loyaltyMonths, penaltyAmountCents: p.penaltyAmountCents,
});

/** Resolves an add-on for sale to the snapshot a contract pins (422 naming `fieldName` otherwise). */
export async function addOnSnapshot(plans: PlansPublicApi, companyId: string, addOnId: string, fieldName: string): Promise<AddOnSnapshot> {
  const a = await plans.addOnForSale(companyId, addOnId);
  if (!a) throw field(fieldName, 'no such add-on in this company');
  if (!a.active) throw field(fieldName, 'is not for sale (inactive)');
  return { addOnId: a.addOnId, version: a.version, priceCents: a.priceCents };
}

/**
 * Drafts a contract: pins the plan's current version (or a combo's plan and add-ons), the add-ons' current
 * prices and an eligible promotion, resolves the installation address, generates free PPPoE credentials,
 * and records the acceptance when given (one append).
 */
@CommandHandler(DraftContractCommand)
export class DraftContractHandler implements ICommandHandler<DraftContractCommand> {
  constructor(
    private readonly aggregates: ContractAggregates,
    private readonly customers: CustomersPublicApi,
    private readonly plans: PlansPublicApi,
    private readonly reservations: Reservations,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  async execute({ body, actor, metadata }: DraftContractCommand): Promise<ContractView> {
    const companyId = actor.companyId;
    const customer = await this.customers.customerForContract(companyId, body.customerId);
    if (!customer) throw field('customerId', 'no such customer in this company');
    if (customer.status !== 'active') throw new ProblemException(409, 'customer-not-active', 'Customer not active', `The customer is ${customer.status}.`, { current: customer.status });

    const combo = body.comboId ? await this.plans.comboForSale(companyId, body.comboId) : null;
    if (body.comboId && !combo) throw field('comboId', 'no such combo in this company');
    if (combo && !combo.active) throw field('comboId', 'is not for sale (inactive)');
    if (combo && body.planId && body.planId !== combo.planId) throw field('planId', "is not the combo's plan");
    const planId = combo?.planId ?? body.planId!;
    const plan = await this.plans.planForSale(companyId, planId);
    if (!plan) throw field(combo ? 'comboId' : 'planId', 'no such plan in this company');
    if (!plan.active) throw field(combo ? 'comboId' : 'planId', 'is not for sale (inactive)');

    const addOns: AddOnSnapshot[] = [];
    for (const id of combo?.addOnIds ?? []) addOns.push(await addOnSnapshot(this.plans, companyId, id, 'comboId'));
    for (const [i, id] of body.addOnIds.entries()) {
      if (addOns.some((a) => a.addOnId === id)) throw field(`addOnIds.${i}`, combo?.addOnIds.includes(id) ? 'is already in the combo' : 'is repeated');
      addOns.push(await addOnSnapshot(this.plans, companyId, id, `addOnIds.${i}`));
    }
    let comboSnapshot: ComboSnapshot | undefined;
    if (combo) {
      const parts = plan.priceCents + addOns.filter((a) => combo.addOnIds.includes(a.addOnId)).reduce((s, a) => s + a.priceCents, 0);
      comboSnapshot = { comboId: combo.comboId, version: combo.version, priceCents: combo.priceCents, addOnIds: combo.addOnIds, discountCents: Math.max(0, parts - combo.priceCents) };
    }

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

    const at = new Date().toISOString();
    let promotion: PromotionSnapshot | undefined;
    if (body.promotionId) {
      const previous = await this.db.query('SELECT 1 FROM contracts_directory WHERE company_id = $1 AND customer_id = $2 LIMIT 1', [companyId, customer.customerId]);
      const found = await this.plans.promotionForSale(companyId, body.promotionId, {
        on: saoPauloDate(at),
        planId: plan.planId,
        isNewCustomer: previous.rows.length === 0,
        uf: installationAddress.state,
        ...(installationAddress.cityIbgeCode ? { ibgeCityCode: installationAddress.cityIbgeCode } : {}),
      });
      if (!found) throw field('promotionId', 'no such promotion in this company');
      if (found.ineligible) throw field('promotionId', `this sale is not eligible (${found.ineligible})`);
      promotion = { promotionId: found.promotion.promotionId, discount: found.promotion.discount, months: found.promotion.months };
    }

    if (body.pppoeLogin && (await this.reservations.loginTaken(companyId, body.pppoeLogin))) throw reservationConflict({ code: '23505', table: 'contracts_pppoe_logins' });
    if (body.fixedIp && (await this.reservations.ipTaken(companyId, body.fixedIp))) throw reservationConflict({ code: '23505', table: 'contracts_fixed_ips' });
    let login = body.pppoeLogin ?? pppoeLoginFromName(customer.name, randomInt);
    for (let i = 0; !body.pppoeLogin && i < 20 && (await this.reservations.loginTaken(companyId, login)); i++) login = pppoeLoginFromName(customer.name, randomInt, { suffixDigits: i < 10 ? 4 : 6 });

    const contractId = randomUUID();
    const commands: ContractCommand[] = [
      {
        type: 'DraftContract',
        data: {
          contractId,
          customerId: customer.customerId,
          plan: planSnapshotOf(plan),
          addOns,
          ...(promotion ? { promotion } : {}),
          ...(comboSnapshot ? { combo: comboSnapshot } : {}),
          installationAddress,
          ...(billing ? { billingAddress: billing } : {}),
          dueDay: body.dueDay,
          pppoe: { login, password: generatePppoePassword(randomInt) },
          ...(body.fixedIp ? { fixedIp: body.fixedIp } : {}),
          ...(plan.installationFeeCents > 0 && !body.installation?.waive ? { installation: { feeCents: plan.installationFeeCents, instalments: body.installation?.instalments ?? 1 } } : {}),
          at,
        },
      },
    ];
    if (body.acceptance) commands.push({ type: 'AcceptContract', data: { ...body.acceptance, at } });
    try {
      const r = await asProblems(() => this.aggregates.contracts.handle(contractId, commands, metadata));
      return contractView(r.state, r.version);
    } catch (err) {
      throw reservationConflict(err);
    }
  }
}
