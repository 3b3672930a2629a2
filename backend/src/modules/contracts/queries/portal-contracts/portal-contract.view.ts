import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, RecordedEvent } from '@netprovider/event-store';
import { EVENT_STORE } from '../../../../platform/database/tokens.js';
import { addMonths, saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { PlansPublicApi } from '../../../plans/public-api.js';
import { contractDecider, contractStreamId, type ContractState } from '../../domain/contract.decider.js';
import type { ContractEvent, SuspensionReason } from '../../domain/contract.events.js';
import { contractView } from '../contract-details/contract.view.js';

/** Why the service is suspended, in words a subscriber understands. */
export const SUSPENSION_REASON_PT: Record<SuspensionReason, string> = {
  delinquency: 'Serviço suspenso por falta de pagamento. Pague a fatura em aberto para religar.',
  customer_request: 'Serviço suspenso temporariamente a seu pedido.',
};

/**
 * A contract as the customer area shows it: the plan's name and technology as the sold version published
 * them, add-on names, the promotion and the day it ends, loyalty end, PPPoE login (never the password) and
 * when the contract was accepted. Folded from the contract's stream.
 */
@Injectable()
export class PortalContractViews {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, private readonly plans: PlansPublicApi) {}

  async view(companyId: string, contractId: string) {
    const events = await this.store.readStream(contractStreamId(contractId));
    const state = events.reduce<ContractState>((s, e: RecordedEvent) => contractDecider.evolve(s, { type: e.type, data: e.data } as ContractEvent), contractDecider.initialState());
    const accepted = events.filter((e) => e.type === 'ContractAccepted').at(-1);
    const v = contractView(state, events.length, saoPauloDate(new Date()));
    const plan = state.plan ? await this.plans.planVersionSummary(companyId, state.plan.planId, state.plan.planVersion) : null;
    const addOns = await Promise.all(
      state.addOns.map(async (a) => ({ addOnId: a.addOnId, name: (await this.plans.addOnForSale(companyId, a.addOnId))?.name ?? 'Serviço adicional', priceCents: a.priceCents })),
    );
    const promotion = v.promotion
      ? { discount: v.promotion.discount, months: v.promotion.months, monthsRemaining: v.promotion.monthsRemaining, endsOn: state.billingStartsOn ? addMonths(state.billingStartsOn, v.promotion.months) : null }
      : null;
    return {
      id: v.id,
      status: v.status,
      suspension: v.suspension ? { ...v.suspension, reasonText: SUSPENSION_REASON_PT[v.suspension.reason] } : null,
      plan: state.plan
        ? { name: plan?.name ?? 'Plano', technology: plan?.technology ?? null, version: state.plan.planVersion, downloadMbps: state.plan.downloadMbps, uploadMbps: state.plan.uploadMbps, priceCents: state.plan.priceCents }
        : null,
      addOns,
      promotion,
      monthlyTotalCents: v.monthly?.totalCents ?? null,
      installationAddress: v.installationAddress,
      dueDay: v.dueDay,
      loyaltyEndsOn: v.loyalty?.endsOn ?? null,
      pppoeLogin: v.pppoeLogin,
      activatedOn: v.activatedOn,
      acceptedAt: accepted ? (accepted.data as { at: string }).at : null,
    };
  }
}
export type PortalContractView = Awaited<ReturnType<PortalContractViews['view']>>;
