import { Injectable } from '@nestjs/common';
import type { EventMetadata } from '@netprovider/event-store';
import { asProblems, notFound, notFoundForCaller } from '../../../../platform/http/domain-problem.js';
import { trustUnblockEligibility, type TrustUnblockVerdict } from '../../domain/trust-unblock.js';
import { BusinessClock } from '../../infrastructure/business-clock.js';
import { DunningEvaluator, type DunningContext } from '../../infrastructure/dunning-evaluator.js';
import { LaddersRepository } from '../../infrastructure/ladders.repository.js';

export interface TrustUnblockCaller {
  companyId: string;
  /** A subscriber may only act on its own contracts (another one's is a 404). */
  customerId?: string;
  requestedBy: 'staff' | 'subscriber';
}

/** Desbloqueio em confiança: release a suspended contract for N days on a promise to pay. */
@Injectable()
export class TrustUnblockHandler {
  constructor(private readonly evaluator: DunningEvaluator, private readonly ladders: LaddersRepository, private readonly clock: BusinessClock) {}

  private async context(caller: TrustUnblockCaller, contractId: string): Promise<DunningContext> {
    const ctx = (await this.evaluator.contexts([contractId], caller.companyId)).get(contractId);
    if (!ctx || (caller.customerId && ctx.contract.customerId !== caller.customerId)) throw caller.customerId ? notFoundForCaller('Contract') : notFound('Contract', contractId);
    return ctx;
  }

  async eligibility(caller: TrustUnblockCaller, contractId: string): Promise<TrustUnblockVerdict & { contractId: string }> {
    const ctx = await this.context(caller, contractId);
    const rules = (await this.ladders.resolver(caller.companyId))(ctx.planId).trustUnblock;
    return { contractId, ...trustUnblockEligibility(ctx.state, rules, this.clock.today()) };
  }

  async grant(caller: TrustUnblockCaller, contractId: string, meta: EventMetadata, days?: number) {
    return asProblems(async () => {
      const ctx = await this.context(caller, contractId);
      const rules = (await this.ladders.resolver(caller.companyId))(ctx.planId).trustUnblock;
      const today = this.clock.today();
      const events = await this.evaluator.handle(ctx, {
        type: 'GrantTrustUnblock',
        data: { contract: ctx.contract, rules, invoices: ctx.invoices, today, at: new Date().toISOString(), requestedBy: caller.requestedBy, ...(days ? { days } : {}) },
      }, meta);
      const granted = events.find((e) => e.type === 'TrustUnblockGranted');
      return { contractId, released: true, until: granted?.type === 'TrustUnblockGranted' ? granted.data.until : null, days: granted?.type === 'TrustUnblockGranted' ? granted.data.days : null };
    });
  }
}
