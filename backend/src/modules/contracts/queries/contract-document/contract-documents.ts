import { Injectable } from '@nestjs/common';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { CustomersPublicApi } from '../../../customers/public-api.js';
import { PlansPublicApi } from '../../../plans/public-api.js';
import { contractStreamId, type ContractState } from '../../domain/contract.decider.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import { renderContractPdf } from './contract-document.pdf.js';
import { sha256Hex } from './contract-document.template.js';

export interface ContractDocument {
  state: ContractState;
  version: number;
  customerName: string | null;
  planName: string;
  addOnNames: Record<string, string>;
  pdf: Buffer;
  sha256: string;
}

/** The contract document of the current contract version, with the SHA-256 of its exact bytes. */
@Injectable()
export class ContractDocuments {
  constructor(private readonly aggregates: ContractAggregates, private readonly customers: CustomersPublicApi, private readonly plans: PlansPublicApi) {}

  async current(companyId: string, contractId: string): Promise<ContractDocument> {
    const events = await this.aggregates.store.readStream(contractStreamId(contractId));
    const { state, version } = await this.aggregates.contracts.load(contractId);
    if (version === 0 || !events.length) throw notFound('Contract', contractId);
    const customer = await this.customers.customerForContract(companyId, state.customerId);
    const planName = (await this.plans.planName(companyId, state.plan!.planId)) ?? state.plan!.planId;
    const addOnNames: Record<string, string> = {};
    for (const a of state.addOns) addOnNames[a.addOnId] = (await this.plans.addOnForSale(companyId, a.addOnId))?.name ?? a.addOnId;
    const pdf = await renderContractPdf({
      state,
      version,
      versionAt: events[version - 1]!.recordedAt,
      customer: { kind: customer?.kind ?? 'PF', name: customer?.name ?? null, document: customer?.document ?? null },
      planName,
      addOnNames,
    });
    return { state, version, customerName: customer?.name ?? null, planName, addOnNames, pdf, sha256: sha256Hex(pdf) };
  }
}
