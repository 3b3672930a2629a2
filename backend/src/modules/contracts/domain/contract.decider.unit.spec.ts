import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, saoPauloDate } from './business-date.js';
import { ALLOWED, daysByYear, decide, evolve, initialState, type ContractCommand, type ContractStatus } from './contract.decider.js';
import type { ContractAddress, ContractEvent, ContractFacts, PlanSnapshot } from './contract.events.js';
import { dueDateFor, loyaltyPenalty, monthlyTotal, planChangeProRata, promotionDiscountCents, promotionMonthsRemaining } from './contract.money.js';
import { contractPersonalData } from './contract.personal-data.js';
import { draftContractRequestSchema } from './contract.validation.js';
import { generatePppoePassword, isStrongPppoePassword, isValidPppoeLogin, pppoeLoginFromName } from './pppoe-credentials.js';

// Tier: unit (no I/O). Given (events) / When (command) / Then (events or DomainError).

const AT = '2025-01-10T15:00:00.000Z';
const given = (...events: ContractEvent[]) => events.reduce(evolve, initialState());
const when = (events: ContractEvent[], command: ContractCommand) => decide(command, given(...events));
const thenError = (events: ContractEvent[], command: ContractCommand, code: string, details?: Record<string, unknown>) =>
  expect(() => when(events, command)).toThrow(expect.objectContaining({ name: 'DomainError', code, ...(details ? { details: expect.objectContaining(details) } : {}) }));

const address: ContractAddress = { zipCode: '01310100', street: 'Av. Paulista', number: '1000', complement: 'ap 12', district: 'Bela Vista', city: 'São Paulo', state: 'SP' };
const plan: PlanSnapshot = { planId: 'fibra-500', planVersion: 1, downloadMbps: 500, uploadMbps: 250, priceCents: 9990, loyaltyMonths: 12, penaltyAmountCents: 120000 };
const faster: PlanSnapshot = { planId: 'fibra-1g', planVersion: 3, downloadMbps: 1000, uploadMbps: 500, priceCents: 14990, loyaltyMonths: 12, penaltyAmountCents: 120000 };
const slower: PlanSnapshot = { planId: 'fibra-300', planVersion: 2, downloadMbps: 300, uploadMbps: 150, priceCents: 7990, loyaltyMonths: 0, penaltyAmountCents: 0 };
const pppoe = { login: 'maria.silva.4821', password: 'Xk7pQ2mZr9TfWb3c' };

const facts: ContractFacts = {
  contractId: 'k1',
  customerId: 'c1',
  planId: 'fibra-500',
  planVersion: 1,
  priceCents: 9990,
  downloadMbps: 500,
  uploadMbps: 250,
  addOns: [{ addOnId: 'tv', version: 1, priceCents: 2990 }],
  dueDay: 31,
  pppoeLogin: 'maria.silva.4821',
  installationAddress: address,
};

const draft: ContractCommand = {
  type: 'DraftContract',
  data: { contractId: 'k1', customerId: 'c1', plan, addOns: [{ addOnId: 'tv', version: 1, priceCents: 2990 }], installationAddress: { ...address, zipCode: '01310-100', state: 'sp' as never }, dueDay: 31, pppoe: { login: 'Maria.Silva.4821', password: pppoe.password }, at: AT },
};
const drafted: ContractEvent = {
  type: 'ContractDrafted',
  data: { contractId: 'k1', customerId: 'c1', plan, addOns: [{ addOnId: 'tv', version: 1, priceCents: 2990 }], installationAddress: address, dueDay: 31, pppoe, at: AT },
};
const accepted: ContractEvent = { type: 'ContractAccepted', data: { contractId: 'k1', customerId: 'c1', method: 'click', evidence: 'ip 200.1.2.3 terms v4 sha256:ab12', at: AT } };
const activated: ContractEvent = {
  type: 'ContractActivated',
  data: { facts, activatedOn: '2025-01-10', billingStartsOn: '2025-01-10', loyalty: { startsOn: '2025-01-10', endsOn: '2026-01-10', penaltyAmountCents: 120000 }, at: AT },
};
const suspendedByDebt: ContractEvent = { type: 'ContractSuspended', data: { facts, reason: 'delinquency', startsOn: '2025-03-20', at: AT } };
const suspendedOnRequest = (startsOn: string, endsOn: string): ContractEvent => ({ type: 'ContractSuspended', data: { facts, reason: 'customer_request', startsOn, endsOn, at: AT } });
const reactivated = (on: string, suspendedDays: number, suspensionReason: 'delinquency' | 'customer_request' = 'customer_request'): ContractEvent => ({ type: 'ContractReactivated', data: { facts, on, suspensionReason, suspendedDays, at: AT } });
const cancelled: ContractEvent = { type: 'ContractCancelled', data: { facts, reason: 'customer_request', cancelledOn: '2025-01-05', penalty: null, previousStatus: 'draft', at: AT } };

const ACTIVE = [drafted, accepted, activated];

describe('DraftContract', () => {
  it('given nothing, drafts with normalized address and login, keeping the plan/add-on snapshots', () => {
    expect(when([], draft)).toEqual([drafted]);
  });

  it('keeps promotion, billing address and fixed IP', () => {
    const [e] = when([], { ...draft, data: { ...draft.data, promotion: { promotionId: 'bf', discount: { kind: 'percentage', basisPoints: 5000 }, months: 3 }, billingAddress: address, fixedIp: '200.160.2.3' } } as ContractCommand);
    expect(e).toMatchObject({ data: { promotion: { promotionId: 'bf' }, billingAddress: address, fixedIp: '200.160.2.3' } });
  });

  it.each([
    [{ dueDay: 0 }, 'contract.invalid-due-day', 'dueDay'],
    [{ dueDay: 32 }, 'contract.invalid-due-day', 'dueDay'],
    [{ dueDay: 10.5 }, 'contract.invalid-due-day', 'dueDay'],
    [{ customerId: '' }, 'contract.required', 'customerId'],
    [{ installationAddress: { ...address, zipCode: '123' } }, 'contract.invalid-zip-code', 'installationAddress.zipCode'],
    [{ installationAddress: { ...address, state: 'ZZ' as never } }, 'contract.invalid-state', 'installationAddress.state'],
    [{ installationAddress: { ...address, street: ' ' } }, 'contract.required', 'installationAddress.street'],
    [{ billingAddress: { ...address, number: '' } }, 'contract.required', 'billingAddress.number'],
    [{ pppoe: { login: 'a b', password: pppoe.password } }, 'contract.invalid-pppoe-login', 'pppoe.login'],
    [{ pppoe: { login: 'maria', password: 'password' } }, 'contract.weak-pppoe-password', 'pppoe.password'],
    [{ fixedIp: '10.0.0.256' }, 'contract.invalid-ip', 'fixedIp'],
    [{ fixedIp: '127.0.0.1' }, 'contract.invalid-ip', 'fixedIp'],
    [{ plan: { ...plan, priceCents: -1 } }, 'contract.invalid-amount', 'plan.priceCents'],
    [{ plan: { ...plan, planVersion: 0 } }, 'contract.invalid-plan', 'plan.planVersion'],
    [{ addOns: [{ addOnId: 'tv', version: 1, priceCents: 1 }, { addOnId: 'tv', version: 1, priceCents: 1 }] }, 'contract.duplicate-add-on', 'addOns.1.addOnId'],
    [{ addOns: [{ addOnId: 'tv', version: 1, priceCents: 1.5 }] }, 'contract.invalid-amount', 'addOns.0.priceCents'],
  ])('refuses %j with %s at %s', (over, code, field) => {
    thenError([], { ...draft, data: { ...draft.data, ...over } } as ContractCommand, code, { field });
  });

  it('refuses to draft twice', () => {
    thenError([drafted], draft, 'contract.already-exists', { current: 'draft' });
  });
});

describe('AcceptContract → ActivateContract', () => {
  it('accepts a draft with evidence', () => {
    expect(when([drafted], { type: 'AcceptContract', data: { method: 'click', evidence: ' ip 200.1.2.3 terms v4 sha256:ab12 ', at: AT } })).toEqual([accepted]);
    thenError([drafted], { type: 'AcceptContract', data: { method: 'click', evidence: '', at: AT } }, 'contract.required', { field: 'evidence' });
  });

  it('activates on installation with billing facts and a 12-month loyalty', () => {
    expect(when([drafted, accepted], { type: 'ActivateContract', data: { installedOn: '2025-01-10', at: AT } })).toEqual([activated]);
  });

  it('a plan without loyalty has none; billing may start later but not earlier than installation', () => {
    const noLoyalty: ContractEvent = { ...drafted, data: { ...drafted.data, plan: slower } } as ContractEvent;
    const [e] = when([noLoyalty, accepted], { type: 'ActivateContract', data: { installedOn: '2025-01-10', billingStartsOn: '2025-01-15', at: AT } });
    expect(e).toMatchObject({ data: { loyalty: null, billingStartsOn: '2025-01-15' } });
    thenError([drafted, accepted], { type: 'ActivateContract', data: { installedOn: '2025-01-10', billingStartsOn: '2025-01-09', at: AT } }, 'contract.billing-before-installation');
    thenError([drafted, accepted], { type: 'ActivateContract', data: { installedOn: '2025-13-01', at: AT } }, 'contract.invalid-date', { field: 'installedOn' });
  });
});

describe('SuspendContract / ReactivateContract', () => {
  it('suspends for delinquency without an end date and reactivates', () => {
    expect(when(ACTIVE, { type: 'SuspendContract', data: { reason: 'delinquency', startsOn: '2025-03-20', at: AT } })).toEqual([suspendedByDebt]);
    expect(when([...ACTIVE, suspendedByDebt], { type: 'ReactivateContract', data: { on: '2025-03-22', at: AT } })).toEqual([reactivated('2025-03-22', 2, 'delinquency')]);
    expect(given(...ACTIVE, suspendedByDebt, reactivated('2025-03-22', 2, 'delinquency'))).toMatchObject({ status: 'active', suspension: null, customerRequestSuspensionDays: {} });
  });

  it('a customer-request suspension needs an end date and counts its days per year', () => {
    thenError(ACTIVE, { type: 'SuspendContract', data: { reason: 'customer_request', startsOn: '2025-03-01', at: AT } }, 'contract.suspension-end-required', { field: 'endsOn' });
    const s = suspendedOnRequest('2025-03-01', '2025-04-29'); // 60 days
    expect(when(ACTIVE, { type: 'SuspendContract', data: { reason: 'customer_request', startsOn: '2025-03-01', endsOn: '2025-04-29', at: AT } })).toEqual([s]);
    expect(when([...ACTIVE, s], { type: 'ReactivateContract', data: { on: '2025-04-30', at: AT } })).toEqual([reactivated('2025-04-30', 60)]);
    expect(given(...ACTIVE, s, reactivated('2025-04-30', 60)).customerRequestSuspensionDays).toEqual({ '2025': 60 });
  });

  it('refuses more than 120 customer-request days in a year (default), counting only the days used', () => {
    const first = suspendedOnRequest('2025-03-01', '2025-06-28'); // 120 planned
    const back = reactivated('2025-04-30', 60); // ended early: 60 used
    const history = [...ACTIVE, first, back];
    expect(when(history, { type: 'SuspendContract', data: { reason: 'customer_request', startsOn: '2025-07-01', endsOn: '2025-08-29', at: AT } })).toHaveLength(1); // 60 more: exactly 120
    thenError(history, { type: 'SuspendContract', data: { reason: 'customer_request', startsOn: '2025-07-01', endsOn: '2025-08-30', at: AT } }, 'contract.suspension-limit-exceeded', { year: '2025', limit: 120, used: 60, requested: 61 });
  });

  it('the yearly limit is configurable and splits a suspension across years', () => {
    thenError(ACTIVE, { type: 'SuspendContract', data: { reason: 'customer_request', startsOn: '2025-03-01', endsOn: '2025-04-01', maxCustomerRequestDaysPerYear: 30, at: AT } }, 'contract.suspension-limit-exceeded', { limit: 30, requested: 32 });
    // 12 days in 2025 and 20 in 2026: each year under a 30-day limit
    expect(when(ACTIVE, { type: 'SuspendContract', data: { reason: 'customer_request', startsOn: '2025-12-20', endsOn: '2026-01-20', maxCustomerRequestDaysPerYear: 30, at: AT } })).toHaveLength(1);
    expect(daysByYear('2025-12-20', '2026-01-20')).toEqual({ '2025': 12, '2026': 20 });
  });

  it('refuses bad periods', () => {
    thenError(ACTIVE, { type: 'SuspendContract', data: { reason: 'customer_request', startsOn: '2025-03-10', endsOn: '2025-03-01', at: AT } }, 'contract.invalid-suspension-period', { field: 'endsOn' });
    thenError(ACTIVE, { type: 'SuspendContract', data: { reason: 'vacation' as never, startsOn: '2025-03-10', at: AT } }, 'contract.invalid-suspension-reason');
    thenError([...ACTIVE, suspendedByDebt], { type: 'ReactivateContract', data: { on: '2025-03-19', at: AT } }, 'contract.invalid-reactivation-date', { field: 'on' });
  });
});

describe('ChangePlan', () => {
  const change = (to: PlanSnapshot, over: Partial<Extract<ContractCommand, { type: 'ChangePlan' }>['data']> = {}): ContractCommand => ({
    type: 'ChangePlan',
    data: { plan: to, changeOn: '2025-02-15', cycleStart: '2025-02-01', cycleEnd: '2025-02-28', at: AT, ...over },
  });

  it('upgrades now with pro-rata for the rest of the cycle', () => {
    const [e] = when(ACTIVE, change(faster));
    expect(e).toEqual({
      type: 'ContractPlanChanged',
      data: {
        facts: { ...facts, planId: 'fibra-1g', planVersion: 3, priceCents: 14990, downloadMbps: 1000, uploadMbps: 500 },
        from: plan,
        to: faster,
        direction: 'upgrade',
        effectiveOn: '2025-02-15',
        // 14 of 28 days: credit 99,90 / 2 = 49,95; debit 149,90 / 2 = 74,95
        proRata: { creditCents: 4995, debitCents: 7495, netCents: 2500, remainingDays: 14, cycleDays: 28 },
        downgradeFeeCents: 0,
        at: AT,
      },
    });
    expect(given(...ACTIVE, e!).plan).toEqual(faster);
  });

  it('refuses a downgrade inside the loyalty period unless a fee is configured', () => {
    thenError(ACTIVE, change(slower), 'contract.downgrade-during-loyalty', { loyaltyEndsOn: '2026-01-10' });
    const [e] = when(ACTIVE, change(slower, { downgradeFeeCents: 5000 }));
    expect(e).toMatchObject({ data: { direction: 'downgrade', downgradeFeeCents: 5000, proRata: { creditCents: 4995, debitCents: 3995, netCents: -1000 } } });
  });

  it('allows a downgrade after the loyalty period, free', () => {
    const [e] = when(ACTIVE, change(slower, { changeOn: '2026-01-15', cycleStart: '2026-01-01', cycleEnd: '2026-01-31' }));
    expect(e).toMatchObject({ data: { direction: 'downgrade', downgradeFeeCents: 0 } });
  });

  it('refuses the same plan version and a change date outside the cycle', () => {
    thenError(ACTIVE, change(plan), 'contract.same-plan', { field: 'plan' });
    thenError(ACTIVE, change(faster, { changeOn: '2025-03-01' }), 'contract.change-date-outside-cycle', { field: 'changeDate' });
  });
});

describe('address, ownership, credentials, fixed IP', () => {
  it('changes the installation address (no-op when equal)', () => {
    const moved = { ...address, street: 'Rua Augusta', number: '500', complement: undefined };
    const [e] = when(ACTIVE, { type: 'ChangeInstallationAddress', data: { address: moved, at: AT } });
    expect(e).toMatchObject({ type: 'ContractInstallationAddressChanged', data: { facts: { installationAddress: { street: 'Rua Augusta', number: '500' } }, previous: address } });
    expect(given(...ACTIVE, e!).installationAddress).toMatchObject({ street: 'Rua Augusta' });
    expect(when(ACTIVE, { type: 'ChangeInstallationAddress', data: { address, at: AT } })).toEqual([]);
    thenError(ACTIVE, { type: 'ChangeInstallationAddress', data: { address: { ...address, zipCode: 'x' }, at: AT } }, 'contract.invalid-zip-code', { field: 'address.zipCode' });
  });

  it('transfers ownership to another customer', () => {
    const e: ContractEvent = { type: 'ContractOwnershipTransferred', data: { facts: { ...facts, customerId: 'c2' }, fromCustomerId: 'c1', toCustomerId: 'c2', on: '2025-05-01', at: AT } };
    expect(when(ACTIVE, { type: 'TransferOwnership', data: { toCustomerId: 'c2', on: '2025-05-01', at: AT } })).toEqual([e]);
    expect(given(...ACTIVE, e).customerId).toBe('c2');
    thenError(ACTIVE, { type: 'TransferOwnership', data: { toCustomerId: 'c1', on: '2025-05-01', at: AT } }, 'contract.same-customer', { field: 'toCustomerId' });
    thenError([...ACTIVE, suspendedByDebt], { type: 'TransferOwnership', data: { toCustomerId: 'c2', on: '2025-05-01', at: AT } }, 'contract.transfer-while-delinquent');
    expect(when([...ACTIVE, suspendedOnRequest('2025-03-01', '2025-03-31')], { type: 'TransferOwnership', data: { toCustomerId: 'c2', on: '2025-03-10', at: AT } })).toHaveLength(1);
  });

  it('changes PPPoE credentials', () => {
    const [e] = when(ACTIVE, { type: 'ChangePppoeCredentials', data: { login: 'maria.silva.0001', password: 'N3wPassw0rdOK', at: AT } });
    expect(e).toEqual({ type: 'ContractPppoeCredentialsChanged', data: { facts: { ...facts, pppoeLogin: 'maria.silva.0001' }, previousLogin: 'maria.silva.4821', password: 'N3wPassw0rdOK', at: AT } });
    expect(given(...ACTIVE, e!).pppoe).toEqual({ login: 'maria.silva.0001', password: 'N3wPassw0rdOK' });
    expect(when(ACTIVE, { type: 'ChangePppoeCredentials', data: { login: 'maria.silva.4821', at: AT } })).toEqual([]);
    thenError(ACTIVE, { type: 'ChangePppoeCredentials', data: { password: 'short', at: AT } }, 'contract.weak-pppoe-password', { field: 'password' });
    thenError(ACTIVE, { type: 'ChangePppoeCredentials', data: { login: '-x', at: AT } }, 'contract.invalid-pppoe-login', { field: 'login' });
  });

  it('assigns and releases a fixed IP', () => {
    const assigned: ContractEvent = { type: 'ContractFixedIpAssigned', data: { facts: { ...facts, fixedIp: '200.160.2.3' }, ip: '200.160.2.3', at: AT } };
    expect(when(ACTIVE, { type: 'AssignFixedIp', data: { ip: '200.160.2.3', at: AT } })).toEqual([assigned]);
    expect(when([...ACTIVE, assigned], { type: 'AssignFixedIp', data: { ip: '200.160.2.3', at: AT } })).toEqual([]);
    expect(when([...ACTIVE, assigned], { type: 'ReleaseFixedIp', data: { at: AT } })).toEqual([{ type: 'ContractFixedIpReleased', data: { facts, ip: '200.160.2.3', at: AT } }]);
    expect(when(ACTIVE, { type: 'ReleaseFixedIp', data: { at: AT } })).toEqual([]);
    thenError(ACTIVE, { type: 'AssignFixedIp', data: { ip: '300.1.1.1', at: AT } }, 'contract.invalid-ip', { field: 'ip' });
  });
});

describe('CancelContract', () => {
  it('with 7 of 12 loyalty months left, charges the penalty pro rata by day, rounded down', () => {
    // loyalty 2025-01-10 → 2026-01-10 = 365 days; cancelled 2025-06-10 → 214 days left (7 months)
    // 120 000 × 214 / 365 = 70 356.16… → 70 356 (R$ 703,56)
    const [e] = when(ACTIVE, { type: 'CancelContract', data: { reason: 'customer_request', cancelledOn: '2025-06-10', at: AT } });
    expect(e).toEqual({ type: 'ContractCancelled', data: { facts, reason: 'customer_request', cancelledOn: '2025-06-10', penalty: { amountCents: 70356, remainingDays: 214, loyaltyDays: 365 }, previousStatus: 'active', at: AT } });
  });

  it('charges nothing after the loyalty period, when waived, or for reasons that are not the subscriber’s choice', () => {
    expect(when(ACTIVE, { type: 'CancelContract', data: { reason: 'customer_request', cancelledOn: '2026-01-10', at: AT } })[0]).toMatchObject({ data: { penalty: { amountCents: 0, remainingDays: 0 } } });
    expect(when(ACTIVE, { type: 'CancelContract', data: { reason: 'customer_request', cancelledOn: '2025-06-10', waivePenalty: true, at: AT } })[0]).toMatchObject({ data: { penalty: null } });
    expect(when(ACTIVE, { type: 'CancelContract', data: { reason: 'moved_out_of_coverage', cancelledOn: '2025-06-10', at: AT } })[0]).toMatchObject({ data: { penalty: null } });
    expect(when([...ACTIVE, suspendedByDebt], { type: 'CancelContract', data: { reason: 'delinquency', cancelledOn: '2025-06-10', at: AT } })[0]).toMatchObject({ data: { penalty: { amountCents: 70356 }, previousStatus: 'suspended' } });
  });

  it('cancels a draft or a contract awaiting installation without penalty', () => {
    expect(when([drafted], { type: 'CancelContract', data: { reason: 'customer_request', cancelledOn: '2025-01-05', at: AT } })).toEqual([cancelled]);
    expect(when([drafted, accepted], { type: 'CancelContract', data: { reason: 'technical_unfeasibility', cancelledOn: '2025-01-05', at: AT } })[0]).toMatchObject({ data: { penalty: null, previousStatus: 'awaiting_installation' } });
  });
});

describe('state machine: every illegal transition names the current state', () => {
  const histories: Record<ContractStatus, ContractEvent[]> = {
    draft: [drafted],
    awaiting_installation: [drafted, accepted],
    active: ACTIVE,
    suspended: [...ACTIVE, suspendedOnRequest('2025-03-01', '2025-03-31')],
    cancelled: [drafted, cancelled],
  };
  const samples: Record<keyof typeof ALLOWED, ContractCommand> = {
    AcceptContract: { type: 'AcceptContract', data: { method: 'click', evidence: 'x', at: AT } },
    ActivateContract: { type: 'ActivateContract', data: { installedOn: '2025-01-10', at: AT } },
    SuspendContract: { type: 'SuspendContract', data: { reason: 'delinquency', startsOn: '2025-03-20', at: AT } },
    ReactivateContract: { type: 'ReactivateContract', data: { on: '2025-03-22', at: AT } },
    ChangePlan: { type: 'ChangePlan', data: { plan: faster, changeOn: '2025-02-15', cycleStart: '2025-02-01', cycleEnd: '2025-02-28', at: AT } },
    ChangeInstallationAddress: { type: 'ChangeInstallationAddress', data: { address: { ...address, number: '2' }, at: AT } },
    TransferOwnership: { type: 'TransferOwnership', data: { toCustomerId: 'c2', on: '2025-05-01', at: AT } },
    ChangePppoeCredentials: { type: 'ChangePppoeCredentials', data: { password: 'An0therGoodOne', at: AT } },
    AssignFixedIp: { type: 'AssignFixedIp', data: { ip: '200.160.2.3', at: AT } },
    ReleaseFixedIp: { type: 'ReleaseFixedIp', data: { at: AT } },
    AddAddOn: { type: 'AddAddOn', data: { addOn: { addOnId: 'antivirus', version: 1, priceCents: 990 }, at: AT } },
    RemoveAddOn: { type: 'RemoveAddOn', data: { addOnId: 'tv', at: AT } },
    AdjustPrice: { type: 'AdjustPrice', data: { plan: { ...plan, planVersion: 2, priceCents: 10990 }, effectiveOn: '2025-04-01', at: AT } },
    CancelContract: { type: 'CancelContract', data: { reason: 'other', cancelledOn: '2025-06-10', at: AT } },
  };
  const statuses = Object.keys(histories) as ContractStatus[];
  const cases = (Object.keys(samples) as Array<keyof typeof samples>).flatMap((type) => statuses.map((status) => [type, status, ALLOWED[type].includes(status)] as const));

  it.each(cases)('%s in %s → allowed: %s', (type, status, allowed) => {
    if (allowed) expect(() => when(histories[status], samples[type])).not.toThrow();
    else thenError(histories[status], samples[type], 'contract.invalid-transition', { current: status, command: type });
  });

  it('cancelled accepts nothing', () => {
    expect(Object.values(ALLOWED).some((s) => s.includes('cancelled'))).toBe(false);
  });

  it('a contract that does not exist is not found', () => {
    for (const command of Object.values(samples)) thenError([], command, 'contract.not-found');
  });
});

describe('money and date helpers (exact centavos)', () => {
  it('dueDateFor uses the last day of shorter months', () => {
    expect(dueDateFor(2026, 4, 31)).toBe('2026-04-30');
    expect(dueDateFor(2026, 1, 31)).toBe('2026-01-31');
    expect(dueDateFor(2024, 2, 31)).toBe('2024-02-29');
    expect(dueDateFor(2024, 2, 29)).toBe('2024-02-29');
    expect(dueDateFor(2025, 2, 29)).toBe('2025-02-28');
    expect(dueDateFor(2100, 2, 29)).toBe('2100-02-28'); // not a leap year
    expect(dueDateFor(2026, 12, 1)).toBe('2026-12-01');
    expect(() => dueDateFor(2026, 4, 0)).toThrow(expect.objectContaining({ code: 'contract.invalid-due-day' }));
    expect(() => dueDateFor(2026, 13, 1)).toThrow(expect.objectContaining({ code: 'contract.invalid-date' }));
  });

  it('planChangeProRata across February of a leap year (29 days), rounding in the subscriber’s favour', () => {
    // 15 of 29 days: credit 9 990 × 15 / 29 = 5 167.24… → 5 168 (up); debit 14 990 × 15 / 29 = 7 753.44… → 7 753 (down)
    expect(planChangeProRata({ oldPriceCents: 9990, newPriceCents: 14990, cycleStart: '2024-02-01', cycleEnd: '2024-02-29', changeDate: '2024-02-15' })).toEqual({ creditCents: 5168, debitCents: 7753, netCents: 2585, remainingDays: 15, cycleDays: 29 });
  });

  it('planChangeProRata on the first and the last day of a cycle that crosses months', () => {
    expect(planChangeProRata({ oldPriceCents: 10000, newPriceCents: 20000, cycleStart: '2025-01-10', cycleEnd: '2025-02-09', changeDate: '2025-01-10' })).toEqual({ creditCents: 10000, debitCents: 20000, netCents: 10000, remainingDays: 31, cycleDays: 31 });
    // 1 of 31 days: credit 322.58 → 323, debit 645.16 → 645
    expect(planChangeProRata({ oldPriceCents: 10000, newPriceCents: 20000, cycleStart: '2025-01-10', cycleEnd: '2025-02-09', changeDate: '2025-02-09' })).toEqual({ creditCents: 323, debitCents: 645, netCents: 322, remainingDays: 1, cycleDays: 31 });
    expect(() => planChangeProRata({ oldPriceCents: 1, newPriceCents: 1, cycleStart: '2025-02-10', cycleEnd: '2025-02-01', changeDate: '2025-02-05' })).toThrow(expect.objectContaining({ code: 'contract.invalid-cycle' }));
    expect(() => planChangeProRata({ oldPriceCents: 1.5, newPriceCents: 1, cycleStart: '2025-02-01', cycleEnd: '2025-02-28', changeDate: '2025-02-05' })).toThrow(expect.objectContaining({ code: 'contract.invalid-amount' }));
  });

  it('loyaltyPenalty: whole period before it starts, zero after it ends, exact in between', () => {
    const loyalty = { startsOn: '2024-02-29', endsOn: addMonths('2024-02-29', 12), penaltyAmountCents: 50000 };
    expect(loyalty.endsOn).toBe('2025-02-28');
    expect(loyaltyPenalty(loyalty, '2024-01-01')).toEqual({ amountCents: 50000, remainingDays: 365, loyaltyDays: 365 });
    expect(loyaltyPenalty(loyalty, '2025-03-01')).toEqual({ amountCents: 0, remainingDays: 0, loyaltyDays: 365 });
    // 2024-08-31 → 2025-02-28 = 181 days: 50 000 × 181 / 365 = 24 794.52… → 24 794
    expect(loyaltyPenalty(loyalty, '2024-08-31')).toEqual({ amountCents: 24794, remainingDays: 181, loyaltyDays: 365 });
  });

  it('business dates', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(saoPauloDate('2026-03-01T02:30:00.000Z')).toBe('2026-02-28'); // 23:30 in São Paulo
    expect(saoPauloDate('2026-03-01T03:00:00.000Z')).toBe('2026-03-01');
  });
});

describe('PPPoE credential helpers', () => {
  const seq = (values: number[]) => {
    let i = 0;
    return (max: number) => values[i++ % values.length]! % max;
  };

  it('derives a login from the name without accents or particles', () => {
    expect(pppoeLoginFromName('Maria José da Silva Júnior', seq([4, 8, 2, 1]))).toBe('maria.silva.4821');
    expect(pppoeLoginFromName('JOÃO', seq([0]), { suffixDigits: 2 })).toBe('joao.00');
    expect(pppoeLoginFromName('Provedor Exemplo Ltda - ME', seq([7]), { realm: 'netex' })).toBe('provedor.exemplo.7777@netex');
    expect(pppoeLoginFromName('!!!', seq([1]))).toBe('cliente.1111');
    for (const n of ['Ана', 'José', 'x', "D'Ávila Conceição"]) expect(isValidPppoeLogin(pppoeLoginFromName(n, seq([3])))).toBe(true);
  });

  it('generates strong passwords from the caller’s random source', () => {
    let s = 1;
    const lcg = (max: number) => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s % max;
    };
    for (let k = 0; k < 200; k++) {
      const p = generatePppoePassword(lcg);
      expect(p).toHaveLength(16);
      expect(isStrongPppoePassword(p)).toBe(true);
      expect(p).not.toMatch(/[0O1lI]/);
    }
    expect(isStrongPppoePassword('abcdefghij')).toBe(false);
    expect(() => generatePppoePassword(lcg, 8)).toThrow(RangeError);
  });
});

describe('personal data policy and request schema', () => {
  it('declares every event type; subject is the contract holder', () => {
    expect(contractPersonalData.ContractDrafted.fields).toEqual(expect.arrayContaining(['installationAddress.street', 'pppoe.password']));
    expect(contractPersonalData.ContractActivated.subjectId({ facts: { customerId: 'c1' } }, 'contract-k1')).toBe('c1');
    expect(contractPersonalData.ContractDrafted.subjectId({ customerId: 'c1' }, 'contract-k1')).toBe('c1');
  });

  it('accepts { customerId, planId, dueDay, installationAddress } and names bad fields', () => {
    expect(draftContractRequestSchema.safeParse({ customerId: 'c1', planId: 'p1', dueDay: 31, installationAddress: { ...address, zipCode: '01310-100' } }).success).toBe(true);
    const r = draftContractRequestSchema.safeParse({ customerId: 'c1', planId: 'p1', dueDay: 32, installationAddress: { ...address, zipCode: '0131' } });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['dueDay', 'installationAddress.zipCode']);
  });
});

describe('add-ons on an active contract', () => {
  const antivirus = { addOnId: 'av', version: 2, priceCents: 990 };
  it('given active, adds an add-on at its current version; facts carry the new list', () => {
    const [e] = when(ACTIVE, { type: 'AddAddOn', data: { addOn: antivirus, at: AT } });
    expect(e).toMatchObject({ type: 'ContractAddOnAdded', data: { addOn: antivirus, facts: { addOns: [{ addOnId: 'tv' }, antivirus] } } });
  });
  it('refuses a duplicate, a missing add-on, and a draft contract', () => {
    thenError(ACTIVE, { type: 'AddAddOn', data: { addOn: { addOnId: 'tv', version: 1, priceCents: 2990 }, at: AT } }, 'contract.add-on-already-present');
    thenError(ACTIVE, { type: 'RemoveAddOn', data: { addOnId: 'av', at: AT } }, 'contract.add-on-not-present');
    thenError([drafted], { type: 'AddAddOn', data: { addOn: antivirus, at: AT } }, 'contract.invalid-transition', { current: 'draft' });
  });
  it('removing an add-on of the combo drops the combo discount', () => {
    const combo = { comboId: 'cb', version: 1, priceCents: 11990, addOnIds: ['tv'], discountCents: 990 };
    const withCombo: ContractEvent = { ...drafted, data: { ...(drafted.data as object), combo } } as ContractEvent;
    const state = given(withCombo, accepted, activated);
    expect(state.combo).toEqual(combo);
    const [removed] = decide({ type: 'RemoveAddOn', data: { addOnId: 'tv', at: AT } }, state);
    expect(evolve(state, removed!).combo).toBeUndefined();
    expect(evolve(state, removed!).addOns).toEqual([]);
  });
  it('a combo whose add-on is not on the draft is refused', () => {
    thenError([], { ...draft, data: { ...(draft.data as object), combo: { comboId: 'cb', version: 1, priceCents: 100, addOnIds: ['nope'], discountCents: 0 } } } as ContractCommand, 'contract.invalid-combo', { field: 'comboId' });
  });
});

describe('AdjustPrice (reajuste)', () => {
  const v2 = { ...plan, planVersion: 2, priceCents: 10990 };
  it('moves to the newer version of the same plan with old/new snapshots', () => {
    const [e] = when(ACTIVE, { type: 'AdjustPrice', data: { plan: v2, effectiveOn: '2025-06-01', at: AT } });
    expect(e).toMatchObject({ type: 'ContractPriceAdjusted', data: { from: plan, to: v2, effectiveOn: '2025-06-01', facts: { planVersion: 2, priceCents: 10990 } } });
    expect(given(...ACTIVE, e!).plan).toEqual(v2);
  });
  it('is a no-op on the same or an older version, and refuses another plan', () => {
    expect(when(ACTIVE, { type: 'AdjustPrice', data: { plan, effectiveOn: '2025-06-01', at: AT } })).toEqual([]);
    thenError(ACTIVE, { type: 'AdjustPrice', data: { plan: faster, effectiveOn: '2025-06-01', at: AT } }, 'contract.other-plan', { field: 'plan' });
  });
});

describe('electronic and signed-scan acceptance', () => {
  it('records the electronic evidence (IP, user agent, document hash) and requires it', () => {
    const electronic = { via: 'link' as const, ip: '203.0.113.9', userAgent: 'Mozilla/5.0', documentSha256: 'a'.repeat(64), documentVersion: 1 };
    const [e] = when([drafted], { type: 'AcceptContract', data: { method: 'electronic', evidence: 'link', electronic, at: AT } });
    expect(e).toMatchObject({ type: 'ContractAccepted', data: { method: 'electronic', electronic } });
    thenError([drafted], { type: 'AcceptContract', data: { method: 'electronic', evidence: 'link', at: AT } }, 'contract.electronic-evidence-required');
  });
  it('signed scan names the document', () => {
    expect(when([drafted], { type: 'AcceptContract', data: { method: 'signed-scan', evidence: 'scan', documentId: 'doc-1', at: AT } })[0]).toMatchObject({ data: { documentId: 'doc-1' } });
    thenError([drafted], { type: 'AcceptContract', data: { method: 'signed-scan', evidence: 'scan', at: AT } }, 'contract.required', { field: 'documentId' });
  });
});

describe('monthly total and promotion months', () => {
  it('counts the promotion months from billing start (current month included)', () => {
    const p = { months: 3 };
    expect(promotionMonthsRemaining(p, undefined, '2025-01-01')).toBe(3);
    expect(promotionMonthsRemaining(p, '2025-01-31', '2025-01-31')).toBe(3);
    expect(promotionMonthsRemaining(p, '2025-01-31', '2025-02-28')).toBe(2);
    expect(promotionMonthsRemaining(p, '2025-01-31', '2025-04-30')).toBe(0);
  });
  it('plan + add-ons − combo − promotion, percentage rounded up in the subscriber favour', () => {
    const promotion = { promotionId: 'p', discount: { kind: 'percentage' as const, basisPoints: 3333 }, months: 2 };
    const combo = { comboId: 'c', version: 1, priceCents: 0, addOnIds: ['tv'], discountCents: 500 };
    expect(monthlyTotal({ plan: { priceCents: 9990 }, addOns: [{ addOnId: 'tv', version: 1, priceCents: 2990 }], combo, promotion }, 1)).toEqual({
      planCents: 9990, addOnsCents: 2990, comboDiscountCents: 500, promotionDiscountCents: 3330, totalCents: 9990 + 2990 - 500 - 3330,
    });
    expect(monthlyTotal({ plan: { priceCents: 9990 }, addOns: [], promotion }, 0).totalCents).toBe(9990);
    expect(promotionDiscountCents({ kind: 'fixed', amountCents: 20000 }, 9990)).toBe(9990);
  });
});
