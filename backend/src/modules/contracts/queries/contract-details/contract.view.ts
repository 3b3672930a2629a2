import type { ContractState } from '../../domain/contract.decider.js';

/** A contract as the API shows it (never the PPPoE password). */
export function contractView(s: ContractState, version: number) {
  return {
    id: s.contractId,
    status: s.status,
    customerId: s.customerId,
    plan: s.plan,
    addOns: s.addOns,
    promotion: s.promotion ?? null,
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
