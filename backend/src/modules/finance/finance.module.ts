import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { EventStore, ProcessorRunner } from '@netprovider/event-store';
import { EVENT_STORE, PROCESSOR_RUNNER } from '../../platform/database/tokens.js';
import { CustomersModule } from '../customers/customers.module.js';
import { BillingSettingsRepository, CollectionAccountsRepository, InvoiceAggregates, InvoiceIssuer } from './infrastructure/billing.gateway.js';
import { financeLedgerProjection } from './ledger/finance-ledger.projection.js';
import { WriteOffInvoiceController } from './commands/write-off-invoice/write-off-invoice.http.controller.js';
import { BooksRepository } from './books/books.repository.js';
import { BooksController } from './books/books.http.controller.js';
import { FinanceReportsReader } from './reports/finance-reports.reader.js';
import { FinanceReportsController } from './reports/finance-reports.http.controller.js';
import { agreementsProjection } from './agreements/agreements.projection.js';
import { AgreementsService } from './agreements/agreements.service.js';
import { AgreementsController } from './agreements/agreements.http.controller.js';
import { EvaluateAgreementsDailyTimer } from './agreements/evaluate-agreements-daily.timer.js';
import { DebtDischargeController } from './debt-discharge/debt-discharge.http.controller.js';

class FinanceWiring implements OnModuleInit {
  constructor(
    @Inject(PROCESSOR_RUNNER) private readonly runner: ProcessorRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    this.store.addInlineProjection(agreementsProjection());
    this.runner.add(financeLedgerProjection());
  }
}

/**
 * Finance: write-offs, payment agreements, chart of accounts, suppliers, accounts payable, bank and cash
 * accounts, reports (aging, delinquency, cash flow, DRE) and the annual debt-discharge declaration.
 * Billing's stateless infrastructure (issuer, invoice streams, settings) is provided here through the gateway
 * rather than exported by billing, so billing's module stays untouched.
 */
@Module({
  imports: [CustomersModule],
  controllers: [WriteOffInvoiceController, BooksController, FinanceReportsController, AgreementsController, DebtDischargeController],
  providers: [FinanceWiring, BooksRepository, FinanceReportsReader, AgreementsService, EvaluateAgreementsDailyTimer, InvoiceAggregates, InvoiceIssuer, BillingSettingsRepository, CollectionAccountsRepository],
})
export class FinanceModule {}
