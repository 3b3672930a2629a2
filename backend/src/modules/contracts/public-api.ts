import { Injectable } from '@nestjs/common';
import { ContractDirectoryReader } from './queries/contract-details/contract-directory.reader.js';

/** What other modules may ask the contracts context (they never read its tables). */
@Injectable()
export class ContractsPublicApi {
  constructor(private readonly directory: ContractDirectoryReader) {}

  /** The customer currently holding the contract, or null when it is not in the company. */
  holderOf(companyId: string, contractId: string): Promise<string | null> {
    return this.directory.customerOf(companyId, contractId);
  }
}
