import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { ProcessorRunner } from '@netprovider/event-store';
import { PROCESSOR_RUNNER } from '../../platform/database/tokens.js';
import { CustomersModule } from '../customers/customers.module.js';
import { BillingSettingsRepository, CollectionAccountsRepository, InvoiceAggregates, InvoiceIssuer } from './infrastructure/billing.gateway.js';
import { financeLedgerProjection } from './ledger/finance-ledger.projection.js';
import { WriteOffInvoiceController } from './commands/write-off-invoice/write-off-invoice.http.controller.js';
import { BooksRepository } from './books/books.repository.js';
import { BooksController } from './books/books.http.controller.js';
import { FinanceReportsReader } from './reports/finance-reports.reader.js';
import { FinanceReportsController } from './reports/finance-reports.http.controller.js';

class FinanceWiring implements OnModuleInit {
  constructor(@Inject(PROCESSOR_RUNNER) private readonly runner: ProcessorRunner) {}

  onModuleInit(): void {
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
  controllers: [WriteOffInvoiceController, BooksController, FinanceReportsController],
  providers: [FinanceWiring, BooksRepository, FinanceReportsReader, InvoiceAggregates, InvoiceIssuer, BillingSettingsRepository, CollectionAccountsRepository],
})
export class FinanceModule {}
