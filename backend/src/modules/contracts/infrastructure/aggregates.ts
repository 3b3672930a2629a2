import { Inject, Injectable } from '@nestjs/common';
import type { EventMetadata, EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../../platform/database/tokens.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { contractDecider, contractStreamId, type ContractCommand, type ContractState } from '../domain/contract.decider.js';
import type { ContractEvent } from '../domain/contract.events.js';
import { ContractDirectoryReader } from '../queries/contract-details/contract-directory.reader.js';
import { contractView, type ContractView } from '../queries/contract-details/contract.view.js';
import { EventSourced } from '../../../platform/eventsourcing/event-sourced.js';
import { asProblems, notFound } from '../../../platform/http/domain-problem.js';
import { reservationConflict } from './reservations.js';

@Injectable()
export class ContractAggregates {
  readonly contracts: EventSourced<ContractState, ContractCommand, ContractEvent>;

  constructor(
    @Inject(EVENT_STORE) readonly store: EventStore,
    private readonly directory: ContractDirectoryReader,
  ) {
    this.contracts = new EventSourced(store, contractDecider, contractStreamId);
  }

  /**
   * The lifecycle use cases: the contract must belong to the caller's company; `build` turns the current
   * state into the domain command(s) (the decider refuses illegal transitions naming the current status).
   */
  async run(actor: Principal, metadata: EventMetadata, contractId: string, build: (state: ContractState) => ContractCommand[] | Promise<ContractCommand[]>): Promise<ContractView> {
    if (!(await this.directory.exists(actor.companyId, contractId))) throw notFound('Contract', contractId);
    try {
      return await asProblems(async () => {
        const { state } = await this.contracts.load(contractId);
        const r = await this.contracts.handle(contractId, await build(state), metadata);
        return contractView(r.state, r.version);
      });
    } catch (err) {
      throw reservationConflict(err);
    }
  }
}
