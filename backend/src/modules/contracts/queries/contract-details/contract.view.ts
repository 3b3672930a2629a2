import { saoPauloDate } from '../../domain/business-date.js';
import type { ContractState, ContractStatus } from '../../domain/contract.decider.js';
import { monthlyTotal, promotionMonthsRemaining } from '../../domain/contract.money.js';

/**
 * A contract as the API shows it (never the PPPoE password), with the promotion's months still to come and
 * this month's total (plan + add-ons − combo discount − promotion discount) as of `today` (São Paulo).
 */
export function contractView(s: ContractState, version: number, today: string = saoPauloDate(new Date())) {
  const monthsRemaining = s.promotion ? promotionMonthsRemaining(s.promotion, s.billingStartsOn, today) : 0;
  return {
    id: s.contractId,
    status: s.status as ContractStatus, // folded from at least its draft
    customerId: s.customerId,
    plan: s.plan,
    addOns: s.addOns,
    promotion: s.promotion ? { ...s.promotion, monthsRemaining } : null,
    combo: s.combo ?? null,
    monthly: s.plan ? monthlyTotal({ plan: s.plan, addOns: s.addOns, ...(s.combo ? { combo: s.combo } : {}), ...(s.promotion ? { promotion: s.promotion } : {}) }, monthsRemaining) : null,
    installationAddress: s.installationAddress,
    billingAddress: s.billingAddress ?? null,
    dueDay: s.dueDay,
    pppoeLogin: s.pppoe?.login ?? null,
    fixedIp: s.fixedIp ?? null,
    activatedOn: s.activatedOn ?? null,
    billingStartsOn: s.billingStartsOn ?? null,
    loyalty: s.loyalty,
    suspension: s.suspension,
    version,
  };
}
export type ContractView = ReturnType<typeof contractView>;
