import { Injectable } from '@nestjs/common';
import type { EventMetadata } from '@netprovider/event-store';
import { asProblems, notFound, notFoundForCaller } from '../../../../platform/http/domain-problem.js';
import { trustUnblockEligibility, type TrustUnblockVerdict } from '../../domain/trust-unblock.js';
import { BusinessClock } from '../../infrastructure/business-clock.js';
import { DunningEvaluator, type DunningContext } from '../../infrastructure/dunning-evaluator.js';
import { LaddersRepository } from '../../infrastructure/ladders.repository.js';
import { BillingPublicApi } from '../../../billing/public-api.js';
import { addDays } from '../../../../shared-kernel/business-date.js';
import { DomainError } from '../../domain/domain-error.js';
import type { PaymentProof } from '../../domain/dunning.events.js';

/** A PIX presented as payment proof must have been paid at most this many days ago (docs/collections.md). */
export const PAYMENT_PROOF_MAX_AGE_DAYS = 7;

export interface TrustUnblockCaller {
  companyId: string;
  /** A subscriber may only act on its own contracts (another one's is a 404). */
  customerId?: string;
  requestedBy: 'staff' | 'subscriber';
}

/** Desbloqueio em confiança: release a suspended contract for N days on a promise to pay. */
@Injectable()
export class TrustUnblockHandler {
  constructor(
    private readonly evaluator: DunningEvaluator,
    private readonly ladders: LaddersRepository,
    private readonly clock: BusinessClock,
    private readonly billing: BillingPublicApi,
  ) {}

  /**
   * A PIX end-to-end id billing already received from this contract's customer, paid in the last
   * PAYMENT_PROOF_MAX_AGE_DAYS days. Anything else (unknown, another customer's, reversed, old) is the same 422,
   * so the answer says nothing about other customers' payments.
   */
  private async proof(companyId: string, customerId: string, endToEndId: string, today: string): Promise<PaymentProof> {
    const pix = await this.billing.receivedPix(companyId, endToEndId);
    if (!pix || pix.customerId !== customerId || pix.paidOn < addDays(today, -PAYMENT_PROOF_MAX_AGE_DAYS)) {
      const message = `Não encontramos um PIX recebido deste cliente com este identificador (E2E) nos últimos ${PAYMENT_PROOF_MAX_AGE_DAYS} dias.`;
      throw new DomainError('collections.trust-unblock-proof-not-found', { field: 'endToEndId', reason: message }, message);
    }
    return { kind: 'pix', endToEndId, invoiceId: pix.invoiceId, amountCents: pix.amountCents, paidOn: pix.paidOn };
  }

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

  /** `endToEndId`: a PIX already received (payment proof) releases at once, outside the usage limits. */
  async grant(caller: TrustUnblockCaller, contractId: string, meta: EventMetadata, days?: number, endToEndId?: string) {
    return asProblems(async () => {
      const ctx = await this.context(caller, contractId);
      const rules = (await this.ladders.resolver(caller.companyId))(ctx.planId).trustUnblock;
      const today = this.clock.today();
      const proof = endToEndId ? await this.proof(caller.companyId, ctx.contract.customerId, endToEndId, today) : undefined;
      const events = await this.evaluator.handle(ctx, {
        type: 'GrantTrustUnblock',
        data: {
          contract: ctx.contract, rules, invoices: ctx.invoices, today, at: new Date().toISOString(), requestedBy: caller.requestedBy,
          ...(days ? { days } : {}), ...(proof ? { proof } : {}),
        },
      }, meta);
      const granted = events.find((e) => e.type === 'TrustUnblockGranted');
      return { contractId, released: true, paymentProof: proof ? proof.endToEndId : null, until: granted?.type === 'TrustUnblockGranted' ? granted.data.until : null, days: granted?.type === 'TrustUnblockGranted' ? granted.data.days : null };
    });
  }
}
