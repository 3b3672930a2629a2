import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { IntegrationEventRegistry } from '../../platform/messaging/integration-events.registry.js';
import { contractIntegrationEvents } from './integration-events.js';
import type { Database, EventStore } from '@netprovider/event-store';
import { DATABASE, EVENT_STORE } from '../../platform/database/tokens.js';
import { CustomersModule } from '../customers/customers.module.js';
import { CustomersPublicApi } from '../customers/public-api.js';
import { PlansModule } from '../plans/plans.module.js';
import { PlansPublicApi } from '../plans/public-api.js';
import { ApplyPriceAdjustment } from './commands/adjust-price/apply-price-adjustment.js';
import { contractPersonalData } from './domain/contract.personal-data.js';
import { contractStreamId } from './domain/contract.decider.js';
import { ContractAggregates } from './infrastructure/aggregates.js';
import { DelinquencySuspension } from './commands/delinquency-suspension/delinquency-suspension.js';
import { ContractsPublicApi } from './public-api.js';
import { Reservations, reservationsProjection } from './infrastructure/reservations.js';
import { DraftContractController } from './commands/draft-contract/draft-contract.http.controller.js';
import { DraftContractHandler } from './commands/draft-contract/draft-contract.handler.js';
import { AcceptContractController, AcceptContractHandler } from './commands/accept-contract/accept-contract.js';
import { ActivateContractController, ActivateContractHandler } from './commands/activate-contract/activate-contract.js';
import { SuspendContractController, SuspendContractHandler } from './commands/suspend-contract/suspend-contract.js';
import { ReactivateContractController, ReactivateContractHandler } from './commands/reactivate-contract/reactivate-contract.js';
import { CancelContractController, CancelContractHandler } from './commands/cancel-contract/cancel-contract.js';
import { ChangeContractPlanController, ChangeContractPlanHandler } from './commands/change-plan/change-plan.js';
import { ContractAddOnsController } from './commands/manage-add-ons/manage-add-ons.js';
import { ChangeAddressController } from './commands/change-address/change-address.js';
import { ContractSummaryController } from './queries/contract-summary/contract-summary.http.controller.js';
import { ContractSummaryReader } from './queries/contract-summary/contract-summary.reader.js';
import { TransferOwnershipController } from './commands/transfer-ownership/transfer-ownership.js';
import { ChangePppoeCredentialsController } from './commands/change-pppoe-credentials/change-pppoe-credentials.js';
import { FixedIpController } from './commands/manage-fixed-ip/manage-fixed-ip.js';
import { ContractDocuments } from './queries/contract-document/contract-documents.js';
import { ContractDocumentController } from './queries/contract-document/contract-document.http.controller.js';
import { ElectronicAcceptance } from './commands/accept-electronically/electronic-acceptance.js';
import { AcceptanceLinkController, PortalContractAcceptanceController, PublicContractAcceptanceController } from './commands/accept-electronically/accept-electronically.http.controller.js';
import { contractDirectoryProjection } from './queries/contract-details/contract-directory.projection.js';
import { ContractDirectoryReader } from './queries/contract-details/contract-directory.reader.js';
import { PortalContractsController } from './queries/portal-contracts/portal-contracts.http.controller.js';
import { PortalContractViews } from './queries/portal-contracts/portal-contract.view.js';
import { ContractQueriesController, GetContractHandler, ListContractsHandler } from './queries/contract-details/contract-queries.http.controller.js';

/**
 * Personal-data policies (addresses and the PPPoE password are encrypted under the customer's key), the
 * directory projection, and the customers extension points: a customer's timeline shows its contracts'
 * events, and a customer with an open contract cannot be erased.
 */
class ContractsWiring implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: Database,
    private readonly customers: CustomersPublicApi,
    private readonly integrationEvents: IntegrationEventRegistry,
    private readonly plans: PlansPublicApi,
    private readonly priceAdjustment: ApplyPriceAdjustment,
  ) {}

  onModuleInit(): void {
    for (const [type, policy] of Object.entries(contractPersonalData)) this.store.addPersonalDataPolicy(type, policy);
    this.store.addInlineProjection(contractDirectoryProjection(this.store));
    this.store.addInlineProjection(reservationsProjection);
    this.integrationEvents.register(...contractIntegrationEvents);
    this.plans.extensions.priceAdjustmentApplier = this.priceAdjustment.apply;
    const ids = async (companyId: string, customerId: string, openOnly: boolean) =>
      (
        await this.db.query<{ id: string }>(
          `SELECT id FROM contracts_directory WHERE company_id = $1 AND customer_id = $2 AND (NOT $3::boolean OR status <> 'cancelled') ORDER BY created_at`,
          [companyId, customerId, openOnly],
        )
      ).rows.map((r) => r.id);
    this.customers.extensions.timelineSources.push(async (companyId, customerId) => (await ids(companyId, customerId, false)).map(contractStreamId));
    // Customer search by PPPoE login (exact, through the login reservation's primary key).
    this.customers.extensions.searchSources.push(async (companyId, term) => {
      const login = term.trim().toLowerCase();
      if (!/^[a-z0-9][a-z0-9._@-]{2,63}$/.test(login)) return [];
      const r = await this.db.query<{ customer_id: string }>(
        'SELECT d.customer_id FROM contracts_pppoe_logins l JOIN contracts_directory d ON d.id = l.contract_id WHERE l.company_id = $1 AND l.login = $2',
        [companyId, login],
      );
      return r.rows.map((x) => x.customer_id);
    });
    this.customers.extensions.erasureGuards.push(async (companyId, customerId) => {
      const open = await ids(companyId, customerId, true);
      return open.length ? `The customer has ${open.length} open contract(s); cancel them first.` : null;
    });
  }
}

/** Service contracts: drafting from a plan version, lifecycle, plan changes, time travel. */
@Module({
  imports: [CustomersModule, PlansModule],
  controllers: [
    DraftContractController, AcceptContractController, ActivateContractController, SuspendContractController, ReactivateContractController,
    CancelContractController, ChangeContractPlanController, ContractSummaryController, ContractQueriesController,
    ContractAddOnsController, ChangeAddressController, TransferOwnershipController, ChangePppoeCredentialsController, FixedIpController,
    ContractDocumentController, AcceptanceLinkController, PublicContractAcceptanceController, PortalContractAcceptanceController,
    PortalContractsController,
  ],
  providers: [
    ContractsWiring, ContractAggregates, ContractDirectoryReader, ContractSummaryReader, Reservations, ApplyPriceAdjustment, ContractDocuments, ElectronicAcceptance, PortalContractViews, ContractsPublicApi,
    DraftContractHandler, AcceptContractHandler, ActivateContractHandler, SuspendContractHandler, ReactivateContractHandler,
    CancelContractHandler, ChangeContractPlanHandler, GetContractHandler, ListContractsHandler,
    DelinquencySuspension,
  ],
  exports: [ContractsPublicApi],
})
export class ContractsModule {}
