import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { EventStore, ProcessorRunner } from '@netprovider/event-store';
import { EVENT_STORE, PROCESSOR_RUNNER } from '../../platform/database/tokens.js';
import { IntegrationEventRegistry } from '../../platform/messaging/integration-events.registry.js';
import { collectionsIntegrationEvents } from './integration-events.js';
import { BusinessClock } from './infrastructure/business-clock.js';
import { DunningEvaluator } from './infrastructure/dunning-evaluator.js';
import { LaddersRepository } from './infrastructure/ladders.repository.js';
import { collectionsContractsProjection } from './read-models/collections-contracts.projection.js';
import { collectionsDunningProjection } from './read-models/collections-dunning.projection.js';
import { collectionsInvoicesProjection } from './read-models/collections-invoices.projection.js';
import { EvaluateDunningWhenInvoiceChanges } from './processors/evaluate-dunning-when-invoice-changes.processor.js';
import { SuspendContractWhenServiceBlocked } from './processors/suspend-contract-when-service-blocked.processor.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { BillingModule } from '../billing/billing.module.js';
import { DailyDunningSweep } from './processors/daily-dunning-sweep.timer.js';
import { LaddersController } from './commands/manage-ladders/ladders.http.controller.js';
import { EvaluateLadderController } from './commands/evaluate-ladder/evaluate.http.controller.js';
import { TrustUnblockHandler } from './commands/trust-unblock/trust-unblock.handler.js';
import { PortalTrustUnblockController, StaffTrustUnblockController } from './commands/trust-unblock/trust-unblock.http.controller.js';
import { DunningStatusController } from './queries/dunning-status/dunning-status.http.controller.js';
import { OverdueListController } from './queries/overdue-list/overdue-list.http.controller.js';
import { OverdueListReader } from './queries/overdue-list/overdue-list.reader.js';
import { CustomersModule } from '../customers/customers.module.js';
import { CollectionMessagesController } from './queries/messages/messages.http.controller.js';
import { MessageChannels } from './infrastructure/channels/message-channels.js';
import { MessageSender } from './processors/message-sender.js';
import { WhatsAppWebhookController } from './commands/whatsapp-webhook/whatsapp-webhook.http.controller.js';

/**
 * Read models fed by billing's and contracts' events (inline, consistent with their appends), the dunning
 * projection and message outbox, the reactor that re-evaluates a contract when one of its invoices changes,
 * and the integration events for the network module.
 */
class CollectionsWiring implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROCESSOR_RUNNER) private readonly runner: ProcessorRunner,
    private readonly integrationEvents: IntegrationEventRegistry,
    private readonly reactor: EvaluateDunningWhenInvoiceChanges,
    private readonly contractSuspension: SuspendContractWhenServiceBlocked,
  ) {}

  onModuleInit(): void {
    this.store.addInlineProjection(collectionsInvoicesProjection());
    this.store.addInlineProjection(collectionsContractsProjection());
    this.store.addInlineProjection(collectionsDunningProjection());
    this.runner.add(this.reactor.processor());
    this.runner.add(this.contractSuspension.processor());
    this.integrationEvents.register(...collectionsIntegrationEvents);
  }
}

/** Collections: dunning ladder, service restriction and restoration events, trust unblock. */
@Module({
  imports: [ContractsModule, BillingModule, CustomersModule],
  controllers: [LaddersController, EvaluateLadderController, StaffTrustUnblockController, PortalTrustUnblockController, DunningStatusController, CollectionMessagesController, OverdueListController, WhatsAppWebhookController],
  providers: [CollectionsWiring, BusinessClock, LaddersRepository, DunningEvaluator, EvaluateDunningWhenInvoiceChanges, SuspendContractWhenServiceBlocked, DailyDunningSweep, TrustUnblockHandler, OverdueListReader, MessageChannels, MessageSender],
})
export class CollectionsModule {}
