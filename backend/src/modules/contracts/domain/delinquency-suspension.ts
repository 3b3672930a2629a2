import type { ContractCommand, ContractState } from './contract.decider.js';
import type { DunningCause } from './contract.events.js';

/**
 * What collections' dunning asks of a contract, turned into the lifecycle command it implies (or none).
 * Convergent, so a processor may replay it (at least once):
 * - `suspend` (a block / cancel step): an active contract becomes `suspended` for `delinquency`; a contract
 *   already suspended (for any reason), or not active, is left as it is.
 * - `lift` (service restored: payment, trust unblock): only a suspension for `delinquency` is ended; a
 *   suspension at the customer's request is never lifted by collections.
 * - `cancel` (the ladder's cancel step, after the legal period of total suspension): an active or suspended
 *   contract is cancelled for `delinquency` on that day (never before its suspension started); one already
 *   cancelled is left as it is. The loyalty penalty follows the contract's own rule for that reason.
 */
export type DelinquencyIntent = { kind: 'suspend' | 'lift' | 'cancel'; on: string; at: string; cause: DunningCause };

export function delinquencyCommands(intent: DelinquencyIntent, state: ContractState): ContractCommand[] {
  if (intent.kind === 'cancel') {
    if (state.status !== 'active' && state.status !== 'suspended') return [];
    const startsOn = state.suspension?.startsOn;
    return [{ type: 'CancelContract', data: { reason: 'delinquency', cancelledOn: startsOn && intent.on < startsOn ? startsOn : intent.on, at: intent.at } }];
  }
  if (intent.kind === 'suspend') {
    if (state.status !== 'active') return [];
    return [{ type: 'SuspendContract', data: { reason: 'delinquency', startsOn: intent.on, at: intent.at, cause: intent.cause } }];
  }
  if (state.status !== 'suspended' || state.suspension?.reason !== 'delinquency') return [];
  // Reactivation never before the suspension's first day (a clock set back in tests, a late replay).
  const on = intent.on < state.suspension.startsOn ? state.suspension.startsOn : intent.on;
  return [{ type: 'ReactivateContract', data: { on, at: intent.at, cause: intent.cause } }];
}
