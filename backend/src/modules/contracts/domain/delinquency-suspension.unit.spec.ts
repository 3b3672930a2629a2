import { describe, expect, it } from 'vitest';
import { initialState, type ContractState } from './contract.decider.js';
import { delinquencyCommands, type DelinquencyIntent } from './delinquency-suspension.js';

const cause = { source: 'collections' as const, dunningEventId: 'ev-1', stepId: 'bloqueio', action: 'block', invoiceIds: ['inv-1'] };
const AT = '2026-12-30T12:00:00.000Z';
const state = (over: Partial<ContractState>): ContractState => ({ ...initialState(), contractId: 'k1', ...over });
const suspend: DelinquencyIntent = { kind: 'suspend', on: '2026-12-30', at: AT, cause };
const lift: DelinquencyIntent = { kind: 'lift', on: '2027-01-09', at: AT, cause: { ...cause, stepId: null, action: 'payment' } };

describe('what dunning asks of a contract', () => {
  it('a block suspends an active contract for delinquency, recording the cause; anything else is left as is', () => {
    expect(delinquencyCommands(suspend, state({ status: 'active' }))).toEqual([{ type: 'SuspendContract', data: { reason: 'delinquency', startsOn: '2026-12-30', at: AT, cause } }]);
    expect(delinquencyCommands(suspend, state({ status: 'suspended', suspension: { reason: 'delinquency', startsOn: '2026-12-30' } }))).toEqual([]);
    expect(delinquencyCommands(suspend, state({ status: 'suspended', suspension: { reason: 'customer_request', startsOn: '2026-12-20', endsOn: '2027-01-20' } }))).toEqual([]);
    expect(delinquencyCommands(suspend, state({ status: 'cancelled' }))).toEqual([]);
  });

  it('a restoration lifts only a suspension for delinquency, never one at the customer\'s request', () => {
    expect(delinquencyCommands(lift, state({ status: 'suspended', suspension: { reason: 'delinquency', startsOn: '2026-12-30' } }))).toEqual([
      { type: 'ReactivateContract', data: { on: '2027-01-09', at: AT, cause: lift.cause } },
    ]);
    expect(delinquencyCommands(lift, state({ status: 'suspended', suspension: { reason: 'customer_request', startsOn: '2026-12-20', endsOn: '2027-01-20' } }))).toEqual([]);
    expect(delinquencyCommands(lift, state({ status: 'active' }))).toEqual([]);
    // Never reactivated before the suspension's first day.
    expect(delinquencyCommands({ ...lift, on: '2026-12-01' }, state({ status: 'suspended', suspension: { reason: 'delinquency', startsOn: '2026-12-30' } }))[0]).toMatchObject({ data: { on: '2026-12-30' } });
  });

  it('the cancel step cancels an active or suspended contract for delinquency, once, never before its suspension started', () => {
    const cancel: DelinquencyIntent = { ...lift, kind: 'cancel', on: '2027-01-29' };
    expect(delinquencyCommands(cancel, state({ status: 'suspended', suspension: { reason: 'delinquency', startsOn: '2026-12-30' } }))).toEqual([
      { type: 'CancelContract', data: { reason: 'delinquency', cancelledOn: '2027-01-29', at: AT } },
    ]);
    expect(delinquencyCommands(cancel, state({ status: 'active' }))).toEqual([{ type: 'CancelContract', data: { reason: 'delinquency', cancelledOn: '2027-01-29', at: AT } }]);
    expect(delinquencyCommands({ ...cancel, on: '2026-12-01' }, state({ status: 'suspended', suspension: { reason: 'delinquency', startsOn: '2026-12-30' } }))[0]).toMatchObject({ data: { cancelledOn: '2026-12-30' } });
    expect(delinquencyCommands(cancel, state({ status: 'cancelled' }))).toEqual([]);
  });
});
