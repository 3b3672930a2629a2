import { Injectable } from '@nestjs/common';
import type { Address } from './domain/customer.events.js';
import { CustomerExtensions } from './customer-extensions.js';
import { CustomerAggregates } from './infrastructure/aggregates.js';

export { CustomerExtensions, type ErasureGuard, type SearchSource, type TimelineSource } from './customer-extensions.js';
import { CustomerDirectoryReader } from './queries/customer-directory/customer-directory.reader.js';

export interface CustomerForContract {
  customerId: string;
  name: string;
  status: string;
  addresses: Address[];
}

/** What other modules may ask the customers context (they never read its tables). */
@Injectable()
export class CustomersPublicApi {
  constructor(
    private readonly directory: CustomerDirectoryReader,
    private readonly aggregates: CustomerAggregates,
    readonly extensions: CustomerExtensions,
  ) {}

  /** The customer (folded from its stream) if it exists in the company. */
  async customerForContract(companyId: string, customerId: string): Promise<CustomerForContract | null> {
    if (!(await this.directory.exists(companyId, customerId))) return null;
    const { state } = await this.aggregates.customers.load(customerId);
    return { customerId, name: state.name, status: state.status, addresses: state.addresses };
  }
}
