import { Injectable } from '@nestjs/common';
import type { EventMetadata } from '@netprovider/event-store';
import { ContractDirectoryReader } from './queries/contract-details/contract-directory.reader.js';
import { DelinquencySuspension, type DelinquencyOutcome } from './commands/delinquency-suspension/delinquency-suspension.js';
import type { DelinquencyIntent } from './domain/delinquency-suspension.js';

export type { DelinquencyIntent } from './domain/delinquency-suspension.js';
export type { DelinquencyOutcome } from './commands/delinquency-suspension/delinquency-suspension.js';
export type { DunningCause } from './domain/contract.events.js';

/** What other modules may ask the contracts context (they never write its streams nor read its tables). */
@Injectable()
export class ContractsPublicApi {
  constructor(
    private readonly directory: ContractDirectoryReader,
    private readonly delinquency: DelinquencySuspension,
  ) {}

  /** The customer currently holding the contract, or null when it is not in the company. */
  holderOf(companyId: string, contractId: string): Promise<string | null> {
    return this.directory.customerOf(companyId, contractId);
  }

  /**
   * Collections' dunning blocked (`suspend`) or restored (`lift`) the service, or its cancel step fired after
   * the legal period of total suspension (`cancel`): the contract follows (suspended for delinquency /
   * reactivated / cancelled for delinquency). Idempotent: a contract already in the target state, suspended
   * at the customer's request, or not active is left unchanged. `metadata` says who (system) and why.
   */
  applyDelinquency(contractId: string, intent: DelinquencyIntent, metadata: EventMetadata): Promise<DelinquencyOutcome> {
    return this.delinquency.apply(contractId, intent, metadata);
  }
}
