import type { UF } from '@netprovider/br-docs';
import type { Loyalty, LoyaltyPenalty, ProRata } from './contract.money.js';

/*
 * Events of the contracts context (stream `contract-<contractId>`). They carry what billing and network
 * need without reading this module: customer, plan version and price, add-ons, due day, PPPoE login and
 * addresses (ContractFacts on every lifecycle event). Contracts pin snapshots of the plan version, add-on
 * prices and promotion they were sold with; later catalogue changes never alter them.
 */

export interface ContractAddress {
  /** 8 digits. */
  zipCode: string;
  street: string;
  number: string;
  complement?: string;
  district: string;
  city: string;
  cityIbgeCode?: string;
  state: UF;
  lat?: number;
  lng?: number;
}

/** The plan version the contract was sold with (resolved by the handler from the plans public API). */
export interface PlanSnapshot {
  planId: string;
  planVersion: number;
  downloadMbps: number;
  uploadMbps: number;
  priceCents: number;
  loyaltyMonths: number;
  /** Full penalty before proration (plans' penaltyAmountCents(terms)); 0 = none. */
  penaltyAmountCents: number;
}

export interface AddOnSnapshot {
  addOnId: string;
  version: number;
  priceCents: number;
}

export interface PromotionSnapshot {
  promotionId: string;
  discount: { kind: 'percentage'; basisPoints: number } | { kind: 'fixed'; amountCents: number };
  months: number;
}

/**
 * A combo sold as one price (plans' combo version). The contract keeps the plan and add-on snapshots and the
 * combo's discount, fixed at sale: (plan + the combo's add-ons at their sale prices) − combo price. The
 * discount lasts while the contract keeps the combo's plan and every one of its add-ons.
 */
export interface ComboSnapshot {
  comboId: string;
  version: number;
  priceCents: number;
  addOnIds: string[];
  discountCents: number;
}

export interface InstallationCharge {
  feeCents: number;
  instalments: number;
}

export interface PppoeCredentials {
  login: string;
  /** Cleartext: CHAP needs it on the RADIUS side. Encrypted at rest (contract.personal-data.ts). */
  password: string;
}

export type SuspensionReason = 'delinquency' | 'customer_request';
export type CancellationReason = 'customer_request' | 'delinquency' | 'moved_out_of_coverage' | 'technical_unfeasibility' | 'provider_decision' | 'other';
export type AcceptanceMethod = 'click' | 'signature' | 'in-person' | 'recorded-call' | 'electronic' | 'signed-scan';

/** Evidence of an electronic acceptance (link or customer area): who, from where, and which exact document. */
export interface ElectronicAcceptance {
  via: 'link' | 'portal';
  ip: string;
  userAgent: string;
  /** SHA-256 (hex) of the PDF bytes served for this contract version. */
  documentSha256: string;
  /** Contract stream version the document was generated from. */
  documentVersion: number;
}

/** What other modules need to bill and provision, as of the event. */
export interface ContractFacts {
  contractId: string;
  customerId: string;
  planId: string;
  planVersion: number;
  priceCents: number;
  downloadMbps: number;
  uploadMbps: number;
  addOns: AddOnSnapshot[];
  dueDay: number;
  pppoeLogin: string;
  fixedIp?: string;
  installationAddress: ContractAddress;
  billingAddress?: ContractAddress;
}

export type ContractDrafted = {
  type: 'ContractDrafted';
  data: {
    contractId: string;
    customerId: string;
    plan: PlanSnapshot;
    addOns: AddOnSnapshot[];
    promotion?: PromotionSnapshot;
    combo?: ComboSnapshot;
    /** Installation fee charged on the first invoices, in equal instalments (rest on the first). */
    installation?: InstallationCharge;
    installationAddress: ContractAddress;
    billingAddress?: ContractAddress;
    dueDay: number;
    pppoe: PppoeCredentials;
    fixedIp?: string;
    at: string;
  };
};

/** Electronic acceptance of the contract terms: the contract now awaits installation. */
export type ContractAccepted = {
  type: 'ContractAccepted';
  data: {
    contractId: string;
    customerId: string;
    method: AcceptanceMethod;
    evidence: string;
    /** method `electronic`. */
    electronic?: ElectronicAcceptance;
    /** method `signed-scan`: the customer document (customers module) holding the signed scan. */
    documentId?: string;
    at: string;
  };
};

export type ContractActivated = {
  type: 'ContractActivated';
  data: { facts: ContractFacts; activatedOn: string; billingStartsOn: string; loyalty: Loyalty | null; promotion?: PromotionSnapshot; at: string };
};

/**
 * Why the system (not a person) suspended or reactivated a contract: the collections dunning step that blocked
 * it or the restoration (payment / trust unblock) that lifted the block, with the invoices involved.
 */
export interface DunningCause {
  source: 'collections';
  /** The dunning event (stream `dunning-<contractId>`) that caused this change. */
  dunningEventId: string;
  /** The ladder step that blocked (suspension) or null (restoration). */
  stepId: string | null;
  /** `block` / `cancel` step, or the restoration reason (`payment` / `trust`). */
  action: string;
  invoiceIds: string[];
}

export type ContractSuspended = {
  type: 'ContractSuspended';
  data: { facts: ContractFacts; reason: SuspensionReason; startsOn: string; endsOn?: string; at: string; cause?: DunningCause };
};

export type ContractReactivated = {
  type: 'ContractReactivated';
  data: { facts: ContractFacts; on: string; suspensionReason: SuspensionReason; suspendedDays: number; at: string; cause?: DunningCause };
};

export type ContractPlanChanged = {
  type: 'ContractPlanChanged';
  data: {
    facts: ContractFacts;
    from: PlanSnapshot;
    to: PlanSnapshot;
    direction: 'upgrade' | 'downgrade';
    effectiveOn: string;
    proRata: ProRata;
    /** Configured fee for a downgrade inside the loyalty period; 0 otherwise. */
    downgradeFeeCents: number;
    at: string;
  };
};

export type ContractInstallationAddressChanged = {
  type: 'ContractInstallationAddressChanged';
  data: { facts: ContractFacts; previous: ContractAddress; at: string };
};

export type ContractOwnershipTransferred = {
  type: 'ContractOwnershipTransferred';
  data: { facts: ContractFacts; fromCustomerId: string; toCustomerId: string; on: string; at: string };
};

export type ContractPppoeCredentialsChanged = {
  type: 'ContractPppoeCredentialsChanged';
  data: { facts: ContractFacts; previousLogin: string; password: string; at: string };
};

export type ContractFixedIpAssigned = { type: 'ContractFixedIpAssigned'; data: { facts: ContractFacts; ip: string; at: string } };
export type ContractFixedIpReleased = { type: 'ContractFixedIpReleased'; data: { facts: ContractFacts; ip: string; at: string } };

/** An add-on service added to (or removed from) an active contract, at its current price version. */
export type ContractAddOnAdded = { type: 'ContractAddOnAdded'; data: { facts: ContractFacts; addOn: AddOnSnapshot; at: string } };
export type ContractAddOnRemoved = { type: 'ContractAddOnRemoved'; data: { facts: ContractFacts; addOn: AddOnSnapshot; at: string } };

/** Price adjustment (reajuste): the contract moves explicitly to a newer version of the same plan. */
export type ContractPriceAdjusted = {
  type: 'ContractPriceAdjusted';
  data: { facts: ContractFacts; from: PlanSnapshot; to: PlanSnapshot; effectiveOn: string; at: string };
};

export type ContractCancelled = {
  type: 'ContractCancelled';
  data: { facts: ContractFacts; reason: CancellationReason; cancelledOn: string; penalty: LoyaltyPenalty | null; previousStatus: string; at: string };
};

export type ContractEvent =
  | ContractDrafted
  | ContractAccepted
  | ContractActivated
  | ContractSuspended
  | ContractReactivated
  | ContractPlanChanged
  | ContractInstallationAddressChanged
  | ContractOwnershipTransferred
  | ContractPppoeCredentialsChanged
  | ContractFixedIpAssigned
  | ContractFixedIpReleased
  | ContractAddOnAdded
  | ContractAddOnRemoved
  | ContractPriceAdjusted
  | ContractCancelled;

export type ContractEventType = ContractEvent['type'];
