import { Inject, Injectable } from '@nestjs/common';
import type { EventMetadata, EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../../../platform/database/tokens.js';
import { EventSourced } from '../../../../platform/eventsourcing/event-sourced.js';
import { contractDecider, contractStreamId, type ContractCommand, type ContractState } from '../../domain/contract.decider.js';
import type { ContractEvent } from '../../domain/contract.events.js';
import { delinquencyCommands, type DelinquencyIntent } from '../../domain/delinquency-suspension.js';

export type DelinquencyOutcome = 'suspended' | 'reactivated' | 'cancelled' | 'unchanged' | 'unknown-contract';

/**
 * Suspension / reactivation for delinquency on behalf of collections (a system actor): load → decide → append
 * on the contract's stream. A contract already in the target state is a no-op; a concurrent change makes the
 * append fail (the caller's processor retries).
 */
@Injectable()
export class DelinquencySuspension {
  private readonly contracts: EventSourced<ContractState, ContractCommand, ContractEvent>;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.contracts = new EventSourced(store, contractDecider, contractStreamId);
  }

  async apply(contractId: string, intent: DelinquencyIntent, metadata: EventMetadata): Promise<DelinquencyOutcome> {
    const { state } = await this.contracts.load(contractId);
    if (state.status === 'none') return 'unknown-contract';
    const commands = delinquencyCommands(intent, state);
    if (!commands.length) return 'unchanged';
    await this.contracts.handle(contractId, commands, metadata);
    return intent.kind === 'suspend' ? 'suspended' : intent.kind === 'cancel' ? 'cancelled' : 'reactivated';
  }
}
