import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../platform/database/tokens.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { CustomersModule } from '../customers/customers.module.js';
import { CustomersPublicApi } from '../customers/public-api.js';
import { PortalOpenTicketController, StaffOpenTicketController } from './commands/open-ticket/open-ticket.http.controller.js';
import { PortalReplyToTicketController, ReplyToTicketController } from './commands/reply-to-ticket/reply-to-ticket.http.controller.js';
import { ReplyToTicketHandler } from './commands/reply-to-ticket/reply-to-ticket.handler.js';
import { CloseTicketController } from './commands/close-ticket/close-ticket.http.controller.js';
import { CloseTicketHandler } from './commands/close-ticket/close-ticket.handler.js';
import { OpenTicketHandler } from './commands/open-ticket/open-ticket.handler.js';
import { ticketPersonalData } from './domain/ticket.personal-data.js';
import { ProtocolNumbers } from './infrastructure/protocol-numbers.js';
import { TicketCrypto } from './infrastructure/ticket-crypto.js';
import { TicketAggregates } from './infrastructure/tickets.js';
import { PortalTicketsController } from './queries/tickets/portal-tickets.http.controller.js';
import { StaffTicketsController } from './queries/tickets/staff-tickets.http.controller.js';
import { ticketsProjection } from './queries/tickets/tickets.projection.js';
import { TicketsReader } from './queries/tickets/tickets.reader.js';

/** Subject and message encrypted under the customer's key; the read model inline; tickets in the customer's timeline. */
class HelpdeskWiring implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly crypto: TicketCrypto,
    private readonly reader: TicketsReader,
    private readonly customers: CustomersPublicApi,
  ) {}

  onModuleInit(): void {
    for (const [type, policy] of Object.entries(ticketPersonalData)) this.store.addPersonalDataPolicy(type, policy);
    this.store.addInlineProjection(ticketsProjection(this.crypto));
    this.customers.extensions.timelineSources.push((companyId, customerId) => this.reader.streamIdsOf(companyId, customerId));
  }
}

/** Support tickets with protocol numbers: opened from the customer area or by staff, answered and closed by staff. */
@Module({
  imports: [CustomersModule, ContractsModule],
  controllers: [PortalOpenTicketController, PortalTicketsController, StaffOpenTicketController, ReplyToTicketController, PortalReplyToTicketController, CloseTicketController, StaffTicketsController],
  providers: [HelpdeskWiring, TicketCrypto, TicketsReader, TicketAggregates, ProtocolNumbers, OpenTicketHandler, ReplyToTicketHandler, CloseTicketHandler],
})
export class HelpdeskModule {}
