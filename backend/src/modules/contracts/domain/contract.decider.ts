import { cep, uf } from '@netprovider/br-docs';
import { addDays, assertBusinessDate, daysBetween } from './business-date.js';
import { DomainError } from './domain-error.js';
import { loyaltyFor, loyaltyPenalty, planChangeProRata, type Loyalty } from './contract.money.js';
import type {
  AcceptanceMethod,
  InstallationCharge,
  AddOnSnapshot,
  CancellationReason,
  ComboSnapshot,
  ContractAddress,
  ContractEvent,
  ContractFacts,
  ElectronicAcceptance,
  PlanSnapshot,
  PppoeCredentials,
  PromotionSnapshot,
  DunningCause,
  SuspensionReason,
} from './contract.events.js';
import { isStrongPppoePassword, isValidPppoeLogin } from './pppoe-credentials.js';

/*
 * Contract decider: draft → awaiting_installation → active ⇄ suspended → cancelled.
 * Commands carry snapshots resolved by the handler (plan version, add-on prices, promotion) and business
 * dates ('YYYY-MM-DD', São Paulo) besides the instant `at`; the decider reads no clock.
 * Any command not allowed in the current status throws DomainError('contract.invalid-transition',
 * { current, command }) (see ALLOWED); on a contract that does not exist: 'contract.not-found'.
 */

export type ContractStatus = 'draft' | 'awaiting_installation' | 'active' | 'suspended' | 'cancelled';

export interface DraftContract {
  type: 'DraftContract';
  data: {
    contractId: string;
    customerId: string;
    plan: PlanSnapshot;
    addOns?: AddOnSnapshot[];
    promotion?: PromotionSnapshot;
    combo?: ComboSnapshot;
    installationAddress: ContractAddress;
    billingAddress?: ContractAddress;
    dueDay: number;
    pppoe: PppoeCredentials;
    fixedIp?: string;
    installation?: InstallationCharge;
    at: string;
  };
}
export interface AcceptContract {
  type: 'AcceptContract';
  data: { method: AcceptanceMethod; evidence: string; electronic?: ElectronicAcceptance; documentId?: string; at: string };
}
export interface ActivateContract { type: 'ActivateContract'; data: { installedOn: string; billingStartsOn?: string; at: string } }
export interface SuspendContract {
  type: 'SuspendContract';
  data: {
    reason: SuspensionReason;
    startsOn: string;
    /** Required for customer_request; open-ended for delinquency (ends on payment). */
    endsOn?: string;
    /** Days of customer-request suspension allowed per calendar year (company setting, default 120). */
    maxCustomerRequestDaysPerYear?: number;
    at: string;
    /** Set when collections' dunning suspends the contract (recorded on the event). */
    cause?: DunningCause;
  };
}
export interface ReactivateContract { type: 'ReactivateContract'; data: { on: string; at: string; cause?: DunningCause } }
export interface ChangePlan {
  type: 'ChangePlan';
  data: {
    plan: PlanSnapshot;
    changeOn: string;
    /** Current billing cycle, both inclusive (from billing's calendar). */
    cycleStart: string;
    cycleEnd: string;
    /** Company setting: fee for a downgrade inside the loyalty period; absent = such downgrades are refused. */
    downgradeFeeCents?: number;
    at: string;
  };
}
export interface ChangeInstallationAddress { type: 'ChangeInstallationAddress'; data: { address: ContractAddress; at: string } }
export interface TransferOwnership { type: 'TransferOwnership'; data: { toCustomerId: string; on: string; at: string } }
export interface ChangePppoeCredentials { type: 'ChangePppoeCredentials'; data: { login?: string; password?: string; at: string } }
export interface AssignFixedIp { type: 'AssignFixedIp'; data: { ip: string; at: string } }
export interface ReleaseFixedIp { type: 'ReleaseFixedIp'; data: { at: string } }
export interface AddAddOn { type: 'AddAddOn'; data: { addOn: AddOnSnapshot; at: string } }
export interface RemoveAddOn { type: 'RemoveAddOn'; data: { addOnId: string; at: string } }
/** Reajuste: move to a newer version of the same plan (resolved by the handler), from `effectiveOn`. */
export interface AdjustPrice { type: 'AdjustPrice'; data: { plan: PlanSnapshot; effectiveOn: string; at: string } }
export interface CancelContract { type: 'CancelContract'; data: { reason: CancellationReason; cancelledOn: string; waivePenalty?: boolean; at: string } }

export type ContractCommand =
  | DraftContract
  | AcceptContract
  | ActivateContract
  | SuspendContract
  | ReactivateContract
  | ChangePlan
  | ChangeInstallationAddress
  | TransferOwnership
  | ChangePppoeCredentials
  | AssignFixedIp
  | ReleaseFixedIp
  | AddAddOn
  | RemoveAddOn
  | AdjustPrice
  | CancelContract;

const OPEN: readonly ContractStatus[] = ['draft', 'awaiting_installation', 'active', 'suspended'];

/** The state machine: which statuses accept each command. */
export const ALLOWED: Readonly<Record<Exclude<ContractCommand['type'], 'DraftContract'>, readonly ContractStatus[]>> = {
  AcceptContract: ['draft'],
  ActivateContract: ['awaiting_installation'],
  SuspendContract: ['active'],
  ReactivateContract: ['suspended'],
  ChangePlan: ['active'],
  ChangeInstallationAddress: OPEN,
  TransferOwnership: ['active', 'suspended'],
  ChangePppoeCredentials: OPEN,
  AssignFixedIp: OPEN,
  ReleaseFixedIp: OPEN,
  AddAddOn: ['active'],
  RemoveAddOn: ['active'],
  AdjustPrice: OPEN,
  CancelContract: OPEN,
};

export const DEFAULT_MAX_CUSTOMER_REQUEST_SUSPENSION_DAYS_PER_YEAR = 120;

/** Cancellation reasons that owe the loyalty penalty; the others are not the subscriber's choice (RGC). */
export const PENALTY_REASONS: readonly CancellationReason[] = ['customer_request', 'delinquency'];

export interface ContractState {
  status: ContractStatus | 'none';
  contractId: string;
  customerId: string;
  plan: PlanSnapshot | null;
  addOns: AddOnSnapshot[];
  promotion?: PromotionSnapshot;
  combo?: ComboSnapshot;
  installationAddress: ContractAddress | null;
  billingAddress?: ContractAddress;
  dueDay: number;
  pppoe: PppoeCredentials | null;
  fixedIp?: string;
  activatedOn?: string;
  billingStartsOn?: string;
  loyalty: Loyalty | null;
  suspension: { reason: SuspensionReason; startsOn: string; endsOn?: string } | null;
  /** Customer-request suspension days used, by calendar year ('2026' → 45). */
  customerRequestSuspensionDays: Record<string, number>;
}

export const initialState = (): ContractState => ({
  status: 'none',
  contractId: '',
  customerId: '',
  plan: null,
  addOns: [],
  installationAddress: null,
  dueDay: 0,
  pppoe: null,
  loyalty: null,
  suspension: null,
  customerRequestSuspensionDays: {},
});

// ---------------------------------------------------------------------------------------------- validation

const invalid = (code: string, field: string, reason?: string) => new DomainError(code, reason ? { field, reason } : { field });

function text(value: string | undefined, field: string, max: number): string {
  const v = (value ?? '').trim().replace(/\s+/g, ' ');
  if (v === '') throw invalid('contract.required', field);
  if (v.length > max) throw invalid('contract.too-long', field, `at most ${max} characters`);
  return v;
}

function cents(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw invalid('contract.invalid-amount', field, 'a non-negative integer number of centavos');
  return value;
}

export function validateAddress(a: ContractAddress, field: string): ContractAddress {
  if (!a || typeof a !== 'object') throw invalid('contract.required', field);
  if (!cep.isValid(a.zipCode ?? '')) throw invalid('contract.invalid-zip-code', `${field}.zipCode`);
  const state = uf.normalize(a.state ?? '');
  if (!uf.isValid(state)) throw invalid('contract.invalid-state', `${field}.state`);
  const out: ContractAddress = {
    zipCode: cep.normalize(a.zipCode),
    street: text(a.street, `${field}.street`, 200),
    number: text(a.number, `${field}.number`, 20),
    district: text(a.district, `${field}.district`, 120),
    city: text(a.city, `${field}.city`, 120),
    state,
  };
  if (a.complement !== undefined && a.complement.trim() !== '') out.complement = text(a.complement, `${field}.complement`, 120);
  if (a.cityIbgeCode !== undefined) {
    if (uf.fromIbgeCityCode(a.cityIbgeCode) !== state) throw invalid('contract.invalid-city-code', `${field}.cityIbgeCode`);
    out.cityIbgeCode = a.cityIbgeCode;
  }
  if (a.lat !== undefined || a.lng !== undefined) {
    if (!(Number.isFinite(a.lat) && Math.abs(a.lat!) <= 90)) throw invalid('contract.invalid-coordinates', `${field}.lat`);
    if (!(Number.isFinite(a.lng) && Math.abs(a.lng!) <= 180)) throw invalid('contract.invalid-coordinates', `${field}.lng`);
    out.lat = a.lat!;
    out.lng = a.lng!;
  }
  return out;
}

function validatePlan(p: PlanSnapshot, field = 'plan'): PlanSnapshot {
  if (!p || !p.planId) throw invalid('contract.required', `${field}.planId`);
  if (!Number.isInteger(p.planVersion) || p.planVersion < 1) throw invalid('contract.invalid-plan', `${field}.planVersion`);
  cents(p.priceCents, `${field}.priceCents`);
  cents(p.penaltyAmountCents, `${field}.penaltyAmountCents`);
  if (!Number.isInteger(p.loyaltyMonths) || p.loyaltyMonths < 0) throw invalid('contract.invalid-plan', `${field}.loyaltyMonths`);
  if (!(p.downloadMbps > 0) || !(p.uploadMbps > 0)) throw invalid('contract.invalid-plan', `${field}.downloadMbps`);
  return { planId: p.planId, planVersion: p.planVersion, downloadMbps: p.downloadMbps, uploadMbps: p.uploadMbps, priceCents: p.priceCents, loyaltyMonths: p.loyaltyMonths, penaltyAmountCents: p.penaltyAmountCents };
}

function validateDueDay(dueDay: number): number {
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 31) throw invalid('contract.invalid-due-day', 'dueDay', '1 to 31');
  return dueDay;
}

function validateLogin(login: string, field: string): string {
  const v = (login ?? '').trim().toLowerCase();
  if (!isValidPppoeLogin(v)) throw invalid('contract.invalid-pppoe-login', field, '3–64 of a-z 0-9 . _ @ -, starting with a letter or digit');
  return v;
}

function validatePassword(password: string, field: string): string {
  if (!isStrongPppoePassword(password ?? '')) throw invalid('contract.weak-pppoe-password', field, '10–64 characters with lower case, upper case and a digit');
  return password;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function validateFixedIp(ip: string, field = 'fixedIp'): string {
  const v = (ip ?? '').trim();
  if (!IPV4.test(v)) throw invalid('contract.invalid-ip', field, 'an IPv4 address');
  const [a, , , d] = v.split('.').map(Number) as [number, number, number, number];
  // not "this network", loopback, multicast/reserved, nor a network/broadcast-looking address
  if (a === 0 || a === 127 || a >= 224 || d === 0 || d === 255) throw invalid('contract.invalid-ip', field, 'a unicast host address');
  return v;
}

// ---------------------------------------------------------------------------------------------- helpers

const sameAddress = (a: ContractAddress, b: ContractAddress): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ContractAddress>;
  return [...keys].every((k) => a[k] === b[k]);
};

function facts(state: ContractState, over: Partial<ContractFacts> = {}): ContractFacts {
  const f: ContractFacts = {
    contractId: state.contractId,
    customerId: state.customerId,
    planId: state.plan!.planId,
    planVersion: state.plan!.planVersion,
    priceCents: state.plan!.priceCents,
    downloadMbps: state.plan!.downloadMbps,
    uploadMbps: state.plan!.uploadMbps,
    addOns: state.addOns,
    dueDay: state.dueDay,
    pppoeLogin: state.pppoe!.login,
    installationAddress: state.installationAddress!,
    ...(state.fixedIp !== undefined ? { fixedIp: state.fixedIp } : {}),
    ...(state.billingAddress !== undefined ? { billingAddress: state.billingAddress } : {}),
    ...over,
  };
  if (f.fixedIp === undefined) delete f.fixedIp;
  return f;
}

function assertAllowed(command: Exclude<ContractCommand, DraftContract>, state: ContractState): asserts state is ContractState & { status: ContractStatus } {
  if (state.status === 'none') throw new DomainError('contract.not-found');
  if (!ALLOWED[command.type].includes(state.status)) throw new DomainError('contract.invalid-transition', { current: state.status, command: command.type });
}

/** Days of [startsOn, endsOn] (inclusive) falling in each calendar year. */
export function daysByYear(startsOn: string, endsOn: string): Record<string, number> {
  const out: Record<string, number> = {};
  let cursor = startsOn;
  while (cursor <= endsOn) {
    const year = cursor.slice(0, 4);
    const yearEnd = `${year}-12-31` < endsOn ? `${year}-12-31` : endsOn;
    out[year] = (out[year] ?? 0) + daysBetween(cursor, yearEnd) + 1;
    cursor = addDays(yearEnd, 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- decide

export function decide(command: ContractCommand, state: ContractState): ContractEvent[] {
  if (command.type === 'DraftContract') {
    if (state.status !== 'none') throw new DomainError('contract.already-exists', { current: state.status });
    const c = command.data;
    if (!c.customerId) throw invalid('contract.required', 'customerId');
    const addOns = (c.addOns ?? []).map((a, i) => {
      if (!a.addOnId) throw invalid('contract.required', `addOns.${i}.addOnId`);
      return { addOnId: a.addOnId, version: a.version, priceCents: cents(a.priceCents, `addOns.${i}.priceCents`) };
    });
    const dup = addOns.findIndex((a, i) => addOns.findIndex((b) => b.addOnId === a.addOnId) !== i);
    if (dup >= 0) throw invalid('contract.duplicate-add-on', `addOns.${dup}.addOnId`);
    const data: Extract<ContractEvent, { type: 'ContractDrafted' }>['data'] = {
      contractId: c.contractId,
      customerId: c.customerId,
      plan: validatePlan(c.plan),
      addOns,
      installationAddress: validateAddress(c.installationAddress, 'installationAddress'),
      dueDay: validateDueDay(c.dueDay),
      pppoe: { login: validateLogin(c.pppoe?.login, 'pppoe.login'), password: validatePassword(c.pppoe?.password, 'pppoe.password') },
      at: c.at,
    };
    if (c.billingAddress !== undefined) data.billingAddress = validateAddress(c.billingAddress, 'billingAddress');
    if (c.fixedIp !== undefined) data.fixedIp = validateFixedIp(c.fixedIp);
    if (c.promotion !== undefined) {
      if (!Number.isInteger(c.promotion.months) || c.promotion.months < 1) throw invalid('contract.invalid-promotion', 'promotion.months');
      data.promotion = c.promotion;
    }
    if (c.installation !== undefined && c.installation.feeCents > 0) {
      const n = c.installation.instalments;
      if (!Number.isInteger(n) || n < 1 || n > 12) throw invalid('contract.invalid-instalments', 'installation.instalments', 'between 1 and 12');
      data.installation = { feeCents: cents(c.installation.feeCents, 'installation.feeCents'), instalments: n };
    }
    if (c.combo !== undefined) {
      const missing = c.combo.addOnIds.find((id) => !addOns.some((a) => a.addOnId === id));
      if (missing !== undefined) throw invalid('contract.invalid-combo', 'comboId', `add-on ${missing} of the combo is not on the contract`);
      cents(c.combo.discountCents, 'combo.discountCents');
      data.combo = { comboId: c.combo.comboId, version: c.combo.version, priceCents: cents(c.combo.priceCents, 'combo.priceCents'), addOnIds: [...c.combo.addOnIds], discountCents: c.combo.discountCents };
    }
    return [{ type: 'ContractDrafted', data }];
  }

  assertAllowed(command, state);
  switch (command.type) {
    case 'AcceptContract': {
      const { method, electronic, documentId, at } = command.data;
      const evidence = text(command.data.evidence, 'evidence', 2000);
      const data: Extract<ContractEvent, { type: 'ContractAccepted' }>['data'] = { contractId: state.contractId, customerId: state.customerId, method, evidence, at };
      if (method === 'electronic') {
        if (!electronic || !/^[0-9a-f]{64}$/.test(electronic.documentSha256 ?? '') || !electronic.ip) throw invalid('contract.electronic-evidence-required', 'electronic');
        data.electronic = { via: electronic.via, ip: electronic.ip, userAgent: (electronic.userAgent ?? '').slice(0, 512), documentSha256: electronic.documentSha256, documentVersion: electronic.documentVersion };
      }
      if (method === 'signed-scan') data.documentId = text(documentId, 'documentId', 100);
      return [{ type: 'ContractAccepted', data }];
    }
    case 'ActivateContract': {
      const installedOn = assertBusinessDate(command.data.installedOn, 'installedOn');
      const billingStartsOn = assertBusinessDate(command.data.billingStartsOn ?? installedOn, 'billingStartsOn');
      if (billingStartsOn < installedOn) throw invalid('contract.billing-before-installation', 'billingStartsOn');
      const plan = state.plan!;
      return [
        {
          type: 'ContractActivated',
          data: {
            facts: facts(state),
            activatedOn: installedOn,
            billingStartsOn,
            loyalty: loyaltyFor(installedOn, plan.loyaltyMonths, plan.penaltyAmountCents),
            ...(state.promotion ? { promotion: state.promotion } : {}),
            at: command.data.at,
          },
        },
      ];
    }
    case 'SuspendContract': {
      const { reason, at } = command.data;
      if (reason !== 'delinquency' && reason !== 'customer_request') throw invalid('contract.invalid-suspension-reason', 'reason');
      const startsOn = assertBusinessDate(command.data.startsOn, 'startsOn');
      const endsOn = command.data.endsOn === undefined ? undefined : assertBusinessDate(command.data.endsOn, 'endsOn');
      if (endsOn !== undefined && endsOn < startsOn) throw invalid('contract.invalid-suspension-period', 'endsOn', 'on or after startsOn');
      if (reason === 'customer_request') {
        if (endsOn === undefined) throw invalid('contract.suspension-end-required', 'endsOn');
        const limit = command.data.maxCustomerRequestDaysPerYear ?? DEFAULT_MAX_CUSTOMER_REQUEST_SUSPENSION_DAYS_PER_YEAR;
        for (const [year, requested] of Object.entries(daysByYear(startsOn, endsOn))) {
          const used = state.customerRequestSuspensionDays[year] ?? 0;
          if (used + requested > limit) throw new DomainError('contract.suspension-limit-exceeded', { field: 'endsOn', year, limit, used, requested });
        }
      }
      const cause = command.data.cause;
      return [{ type: 'ContractSuspended', data: { facts: facts(state), reason, startsOn, ...(endsOn ? { endsOn } : {}), at, ...(cause ? { cause } : {}) } }];
    }
    case 'ReactivateContract': {
      const on = assertBusinessDate(command.data.on, 'on');
      const s = state.suspension!;
      if (on < s.startsOn) throw invalid('contract.invalid-reactivation-date', 'on', `on or after ${s.startsOn}`);
      return [{ type: 'ContractReactivated', data: { facts: facts(state), on, suspensionReason: s.reason, suspendedDays: daysBetween(s.startsOn, on), at: command.data.at, ...(command.data.cause ? { cause: command.data.cause } : {}) } }];
    }
    case 'ChangePlan': {
      const c = command.data;
      const to = validatePlan(c.plan);
      const from = state.plan!;
      if (to.planId === from.planId && to.planVersion === from.planVersion) throw invalid('contract.same-plan', 'plan');
      const changeOn = assertBusinessDate(c.changeOn, 'changeOn');
      const upgrade = to.priceCents > from.priceCents || (to.priceCents === from.priceCents && to.downloadMbps >= from.downloadMbps);
      let downgradeFeeCents = 0;
      if (!upgrade && state.loyalty && changeOn < state.loyalty.endsOn) {
        if (c.downgradeFeeCents === undefined) throw new DomainError('contract.downgrade-during-loyalty', { field: 'plan', loyaltyEndsOn: state.loyalty.endsOn });
        downgradeFeeCents = cents(c.downgradeFeeCents, 'downgradeFeeCents');
      }
      const proRata = planChangeProRata({ oldPriceCents: from.priceCents, newPriceCents: to.priceCents, cycleStart: c.cycleStart, cycleEnd: c.cycleEnd, changeDate: changeOn });
      const f = facts(state, { planId: to.planId, planVersion: to.planVersion, priceCents: to.priceCents, downloadMbps: to.downloadMbps, uploadMbps: to.uploadMbps });
      return [{ type: 'ContractPlanChanged', data: { facts: f, from, to, direction: upgrade ? 'upgrade' : 'downgrade', effectiveOn: changeOn, proRata, downgradeFeeCents, at: c.at } }];
    }
    case 'ChangeInstallationAddress': {
      const address = validateAddress(command.data.address, 'address');
      if (sameAddress(address, state.installationAddress!)) return [];
      return [{ type: 'ContractInstallationAddressChanged', data: { facts: facts(state, { installationAddress: address }), previous: state.installationAddress!, at: command.data.at } }];
    }
    case 'TransferOwnership': {
      const { toCustomerId, at } = command.data;
      if (!toCustomerId) throw invalid('contract.required', 'toCustomerId');
      if (toCustomerId === state.customerId) throw invalid('contract.same-customer', 'toCustomerId');
      // debts stay with the current holder; a delinquent contract is settled before it changes hands
      if (state.suspension?.reason === 'delinquency') throw new DomainError('contract.transfer-while-delinquent', { current: state.status });
      const on = assertBusinessDate(command.data.on, 'on');
      return [{ type: 'ContractOwnershipTransferred', data: { facts: facts(state, { customerId: toCustomerId }), fromCustomerId: state.customerId, toCustomerId, on, at } }];
    }
    case 'ChangePppoeCredentials': {
      const current = state.pppoe!;
      const login = command.data.login === undefined ? current.login : validateLogin(command.data.login, 'login');
      const password = command.data.password === undefined ? current.password : validatePassword(command.data.password, 'password');
      if (login === current.login && password === current.password) return [];
      return [{ type: 'ContractPppoeCredentialsChanged', data: { facts: facts(state, { pppoeLogin: login }), previousLogin: current.login, password, at: command.data.at } }];
    }
    case 'AssignFixedIp': {
      const ip = validateFixedIp(command.data.ip, 'ip');
      if (ip === state.fixedIp) return [];
      return [{ type: 'ContractFixedIpAssigned', data: { facts: facts(state, { fixedIp: ip }), ip, at: command.data.at } }];
    }
    case 'ReleaseFixedIp': {
      if (state.fixedIp === undefined) return [];
      const f = facts(state);
      delete f.fixedIp;
      return [{ type: 'ContractFixedIpReleased', data: { facts: f, ip: state.fixedIp, at: command.data.at } }];
    }
    case 'AddAddOn': {
      const a = command.data.addOn;
      if (!a?.addOnId) throw invalid('contract.required', 'addOnId');
      if (state.addOns.some((x) => x.addOnId === a.addOnId)) throw new DomainError('contract.add-on-already-present', { addOnId: a.addOnId });
      const addOn = { addOnId: a.addOnId, version: a.version, priceCents: cents(a.priceCents, 'priceCents') };
      return [{ type: 'ContractAddOnAdded', data: { facts: facts(state, { addOns: [...state.addOns, addOn] }), addOn, at: command.data.at } }];
    }
    case 'RemoveAddOn': {
      const addOn = state.addOns.find((x) => x.addOnId === command.data.addOnId);
      if (!addOn) throw new DomainError('contract.add-on-not-present', { addOnId: command.data.addOnId });
      return [{ type: 'ContractAddOnRemoved', data: { facts: facts(state, { addOns: state.addOns.filter((x) => x !== addOn) }), addOn, at: command.data.at } }];
    }
    case 'AdjustPrice': {
      const to = validatePlan(command.data.plan);
      const from = state.plan!;
      if (to.planId !== from.planId) throw invalid('contract.other-plan', 'plan', 'a price adjustment keeps the plan; use a plan change');
      if (to.planVersion <= from.planVersion) return [];
      const effectiveOn = assertBusinessDate(command.data.effectiveOn, 'effectiveOn');
      const f = facts(state, { planVersion: to.planVersion, priceCents: to.priceCents, downloadMbps: to.downloadMbps, uploadMbps: to.uploadMbps });
      return [{ type: 'ContractPriceAdjusted', data: { facts: f, from, to, effectiveOn, at: command.data.at } }];
    }
    case 'CancelContract': {
      const { reason, waivePenalty, at } = command.data;
      const cancelledOn = assertBusinessDate(command.data.cancelledOn, 'cancelledOn');
      const owes = state.loyalty !== null && PENALTY_REASONS.includes(reason) && !waivePenalty;
      const penalty = owes ? loyaltyPenalty(state.loyalty!, cancelledOn) : null;
      return [{ type: 'ContractCancelled', data: { facts: facts(state), reason, cancelledOn, penalty, previousStatus: state.status, at } }];
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------- evolve

export function evolve(state: ContractState, event: ContractEvent): ContractState {
  switch (event.type) {
    case 'ContractDrafted': {
      const d = event.data;
      const s: ContractState = {
        ...initialState(),
        status: 'draft',
        contractId: d.contractId,
        customerId: d.customerId,
        plan: d.plan,
        addOns: d.addOns,
        installationAddress: d.installationAddress,
        dueDay: d.dueDay,
        pppoe: d.pppoe,
      };
      if (d.promotion) s.promotion = d.promotion;
      if (d.combo) s.combo = d.combo;
      if (d.billingAddress) s.billingAddress = d.billingAddress;
      if (d.fixedIp) s.fixedIp = d.fixedIp;
      return s;
    }
    case 'ContractAccepted':
      return { ...state, status: 'awaiting_installation' };
    case 'ContractActivated':
      return { ...state, status: 'active', activatedOn: event.data.activatedOn, billingStartsOn: event.data.billingStartsOn, loyalty: event.data.loyalty };
    case 'ContractSuspended': {
      const { reason, startsOn, endsOn } = event.data;
      return { ...state, status: 'suspended', suspension: { reason, startsOn, ...(endsOn ? { endsOn } : {}) } };
    }
    case 'ContractReactivated': {
      const s = state.suspension;
      const used = { ...state.customerRequestSuspensionDays };
      // only the days actually suspended count against the yearly limit
      if (s && s.reason === 'customer_request' && event.data.suspendedDays > 0) {
        for (const [year, days] of Object.entries(daysByYear(s.startsOn, addDays(event.data.on, -1)))) used[year] = (used[year] ?? 0) + days;
      }
      return { ...state, status: 'active', suspension: null, customerRequestSuspensionDays: used };
    }
    case 'ContractPlanChanged': {
      // another plan: the combo (sold as plan + add-ons) no longer applies
      const { combo: _combo, ...rest } = state;
      return { ...rest, plan: event.data.to };
    }
    case 'ContractPriceAdjusted':
      return { ...state, plan: event.data.to };
    case 'ContractAddOnAdded':
      return { ...state, addOns: event.data.facts.addOns };
    case 'ContractAddOnRemoved': {
      const next = { ...state, addOns: event.data.facts.addOns };
      if (next.combo?.addOnIds.includes(event.data.addOn.addOnId)) delete next.combo;
      return next;
    }
    case 'ContractInstallationAddressChanged':
      return { ...state, installationAddress: event.data.facts.installationAddress };
    case 'ContractOwnershipTransferred':
      return { ...state, customerId: event.data.toCustomerId };
    case 'ContractPppoeCredentialsChanged':
      return { ...state, pppoe: { login: event.data.facts.pppoeLogin, password: event.data.password } };
    case 'ContractFixedIpAssigned':
      return { ...state, fixedIp: event.data.ip };
    case 'ContractFixedIpReleased': {
      const { fixedIp: _ip, ...rest } = state;
      return rest;
    }
    case 'ContractCancelled':
      return { ...state, status: 'cancelled', suspension: null };
    default: {
      const unreachable: never = event;
      throw new Error(`unknown event ${(unreachable as { type: string }).type}`);
    }
  }
}

export const contractDecider = { decide, evolve, initialState };
export const contractStreamId = (contractId: string): string => `contract-${contractId}`;
