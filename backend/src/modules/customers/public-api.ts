import { Injectable } from '@nestjs/common';
import type { Address } from './domain/customer.events.js';
import { CustomerExtensions } from './customer-extensions.js';
import { CustomerAggregates } from './infrastructure/aggregates.js';

export { CustomerExtensions, type ErasureGuard, type SearchSource, type TimelineSource } from './customer-extensions.js';
import { CustomerDirectoryReader } from './queries/customer-directory/customer-directory.reader.js';

export interface CustomerForContract {
  customerId: string;
  kind: 'PF' | 'PJ';
  name: string;
  /** CPF or CNPJ, normalized (contract documents print it). */
  document: string;
  status: string;
  addresses: Address[];
}

/** Who pays an invoice: what a boleto, a PIX charge or a CNAB remessa must print (personal data: never logged). */
export interface Payer {
  customerId: string;
  kind: 'PF' | 'PJ';
  name: string;
  /** CPF/CNPJ without mask; empty after erasure. */
  document: string;
  emails: string[];
  /** The billing address, else the installation one, else the first. */
  address: Address | null;
  erased: boolean;
}

/** Where a customer can be reached (personal data: never logged, never stored by the caller). */
export interface ContactPoints {
  customerId: string;
  emails: string[];
  /** E.164 numbers; `whatsapp` when the customer said the number has WhatsApp. */
  phones: Array<{ number: string; whatsapp: boolean }>;
  /** Erased (LGPD): no contact remains; nothing may be sent. */
  erased: boolean;
}

/** What other modules may ask the customers context (they never read its tables). */
@Injectable()
export class CustomersPublicApi {
  constructor(
    private readonly directory: CustomerDirectoryReader,
    private readonly aggregates: CustomerAggregates,
    readonly extensions: CustomerExtensions,
  ) {}

  /**
   * Display names of customers of the company (the pseudonym after erasure), with the accent/case-folded form
   * the customer search uses, for lists in other modules. Unknown ids are absent.
   */
  async displayNames(companyId: string, customerIds: readonly string[]): Promise<Map<string, { name: string; nameSearch: string }>> {
    return this.directory.displayNames(companyId, customerIds);
  }

  /** The customer (folded from its stream) if it exists in the company. */
  async customerForContract(companyId: string, customerId: string): Promise<CustomerForContract | null> {
    if (!(await this.directory.exists(companyId, customerId))) return null;
    const { state } = await this.aggregates.customers.load(customerId);
    return { customerId, kind: state.kind, name: state.name, document: state.document, status: state.status, addresses: state.addresses };
  }

  /** The payer data of a customer (folded from its stream; after erasure only the pseudonym remains). */
  async payer(companyId: string, customerId: string): Promise<Payer | null> {
    if (!(await this.directory.exists(companyId, customerId))) return null;
    const { state } = await this.aggregates.customers.load(customerId);
    const address = state.addresses.find((a) => a.type === 'billing') ?? state.addresses.find((a) => a.type === 'installation') ?? state.addresses[0] ?? null;
    const erased = state.status === 'erased';
    return { customerId, kind: state.kind, name: erased ? `Titular ${customerId.slice(0, 8)}` : state.name, document: erased ? '' : state.document, emails: erased ? [] : state.emails, address: erased ? null : address, erased };
  }

  /** E-mails and phones to deliver a message to (decrypted here, folded from the stream); empty after erasure. */
  async contactPoints(companyId: string, customerId: string): Promise<ContactPoints | null> {
    if (!(await this.directory.exists(companyId, customerId))) return null;
    const { state } = await this.aggregates.customers.load(customerId);
    const erased = state.status === 'erased';
    return { customerId, emails: erased ? [] : [...state.emails], phones: erased ? [] : state.phones.map((p) => ({ number: p.number, whatsapp: p.whatsapp })), erased };
  }
}
