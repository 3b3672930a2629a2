import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { Database, EventStore, ProcessorRunner } from '@netprovider/event-store';
import { DATABASE, EVENT_STORE, PROCESSOR_RUNNER } from '../../platform/database/tokens.js';
import { CustomersModule } from '../customers/customers.module.js';
import { CustomersPublicApi } from '../customers/public-api.js';
import { billableContractsProjection } from './billable-contracts/billable-contracts.projection.js';
import { invoiceStreamId } from './domain/invoice.decider.js';
import { BillingPublicApi } from './public-api.js';
import { BillingSettingsRepository } from './infrastructure/billing-settings.repository.js';
import { CollectionAccountsRepository } from './infrastructure/collection-accounts.repository.js';
import { InvoiceAggregates } from './infrastructure/invoice-aggregates.js';
import { InvoiceIssuer } from './infrastructure/invoice-issuer.js';
import { PaymentRecorder } from './infrastructure/payment-recorder.js';
import { BillingRunWorker } from './processors/billing-run.worker.js';
import { PixChargesReactor } from './processors/pix-charges.reactor.js';
import { pixPspProvider } from './infrastructure/pix-psp/pix-psp.provider.js';
import { PixChargeFailuresRepository } from './infrastructure/pix-charge-failures.repository.js';
import { PixSettlement } from './infrastructure/pix-settlement.js';
import { PixChargesQueryController } from './queries/pix-charges/pix-charges.http.controller.js';
import { RetryPixChargeController } from './commands/retry-pix-charge/retry-pix-charge.http.controller.js';
import { ReconcilePixController } from './commands/reconcile-pix/reconcile-pix.http.controller.js';
import { CollectionAccountsController } from './commands/manage-collection-accounts/collection-accounts.http.controller.js';
import { BillingSettingsController } from './commands/configure-billing/billing-settings.http.controller.js';
import { StartBillingRunController } from './commands/start-billing-run/start-billing-run.http.controller.js';
import { ApproveBillingRunController } from './commands/approve-billing-run/approve-billing-run.http.controller.js';
import { IssueInvoiceController } from './commands/issue-invoice/issue-invoice.http.controller.js';
import { CancelInvoiceController } from './commands/cancel-invoice/cancel-invoice.http.controller.js';
import { ChangeDueDateController } from './commands/change-due-date/change-due-date.http.controller.js';
import { RecordPaymentController } from './commands/record-payment/record-payment.http.controller.js';
import { ImportBankReturnController } from './commands/import-bank-return/import-bank-return.http.controller.js';
import { ImportBankReturnHandler } from './commands/import-bank-return/import-bank-return.handler.js';
import { PixWebhookController } from './commands/pix-webhook/pix-webhook.http.controller.js';
import { RegisterPixWebhookController } from './commands/register-pix-webhook/register-pix-webhook.http.controller.js';
import { CustomerCreditController, creditRefundsProjection } from './commands/refund-credit/refund-credit.http.controller.js';
import { GrantSuspendedDaysCredit, creditGrantsProjection } from './infrastructure/suspended-days-credit-grants.js';
import { billingRunsProjection } from './queries/billing-runs/billing-runs.projection.js';
import { BillingRunsReader } from './queries/billing-runs/billing-runs.reader.js';
import { BillingRunsQueryController } from './queries/billing-runs/billing-runs.http.controller.js';
import { invoicesProjection } from './queries/invoices/invoices.projection.js';
import { InvoicesReader } from './queries/invoices/invoices.reader.js';
import { InvoicesQueryController } from './queries/invoices/invoices.http.controller.js';
import { InvoiceSummaryController } from './queries/invoice-summary/invoice-summary.http.controller.js';
import { InvoiceSummaryReader } from './queries/invoice-summary/invoice-summary.reader.js';
import { InvoiceSlips } from './queries/invoice-documents/invoice-slips.js';
import { InvoiceDocumentsController } from './queries/invoice-documents/invoice-documents.http.controller.js';
import { PortalInvoicesController } from './queries/portal-invoices/portal-invoices.http.controller.js';
import { ImportStatementController } from './commands/import-statement/import-statement.http.controller.js';
import { ImportStatementHandler } from './commands/import-statement/import-statement.handler.js';
import { ReconcileStatementLineController } from './commands/reconcile-statement-line/reconcile-statement-line.http.controller.js';
import { ReconcileStatementLineHandler } from './commands/reconcile-statement-line/reconcile-statement-line.handler.js';
import { StatementsReader } from './queries/statements/statements.reader.js';
import { StatementsQueryController } from './queries/statements/statements.http.controller.js';
import { GenerateRemittanceController } from './commands/generate-remittance/generate-remittance.http.controller.js';
import { GenerateRemittanceHandler } from './commands/generate-remittance/generate-remittance.handler.js';
import { RemittancesQueryController } from './queries/remittances/remittances.http.controller.js';

/**
 * Read models (billable contracts from the contracts context's events, invoices, runs), the billing-run
 * reactor, and the customers extension points: a customer's timeline shows its invoices, and a customer
 * with an unpaid invoice cannot be erased.
 */
class BillingWiring implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(PROCESSOR_RUNNER) private readonly runner: ProcessorRunner,
    private readonly customers: CustomersPublicApi,
    private readonly worker: BillingRunWorker,
    private readonly pixCharges: PixChargesReactor,
    private readonly creditGrants: GrantSuspendedDaysCredit,
  ) {}

  onModuleInit(): void {
    this.store.addInlineProjection(billableContractsProjection());
    this.store.addInlineProjection(invoicesProjection());
    this.store.addInlineProjection(billingRunsProjection());
    this.store.addInlineProjection(creditRefundsProjection());
    this.store.addInlineProjection(creditGrantsProjection());
    this.runner.add(this.creditGrants.processor());
    this.runner.add(this.worker.processor());
    this.runner.add(this.pixCharges.processor());
    this.customers.extensions.timelineSources.push(async (companyId, customerId) =>
      (await this.db.query<{ id: string }>('SELECT id FROM billing_invoices WHERE company_id = $1 AND customer_id = $2 ORDER BY issued_on LIMIT 500', [companyId, customerId])).rows.map((r) => invoiceStreamId(r.id)),
    );
    this.customers.extensions.erasureGuards.push(async (companyId, customerId) => {
      const r = await this.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM billing_invoices WHERE company_id = $1 AND customer_id = $2 AND status IN ('open', 'partially_paid')`,
        [companyId, customerId],
      );
      const n = Number(r.rows[0]!.n);
      return n ? `The customer has ${n} unpaid invoice(s); settle, cancel or write them off first.` : null;
    });
  }
}

/** Billing: collection accounts, settings, invoices, billing runs, boleto/carnê, payments, CNAB, PIX, OFX. */
@Module({
  imports: [CustomersModule],
  controllers: [
    CollectionAccountsController, BillingSettingsController, StartBillingRunController, ApproveBillingRunController, BillingRunsQueryController,
    IssueInvoiceController, CancelInvoiceController, ChangeDueDateController, RecordPaymentController, InvoiceSummaryController, InvoicesQueryController, InvoiceDocumentsController, PortalInvoicesController,
    ImportBankReturnController, PixWebhookController, RegisterPixWebhookController, CustomerCreditController,
    ImportStatementController, StatementsQueryController, ReconcileStatementLineController, GenerateRemittanceController, RemittancesQueryController,
    PixChargesQueryController, RetryPixChargeController, ReconcilePixController,
  ],
  providers: [
    GrantSuspendedDaysCredit,
    BillingWiring, BillingSettingsRepository, CollectionAccountsRepository, InvoiceAggregates, InvoiceIssuer, PaymentRecorder, BillingRunWorker, BillingRunsReader,
    InvoicesReader, InvoiceSummaryReader, InvoiceSlips, ImportBankReturnHandler,
    ImportStatementHandler, ReconcileStatementLineHandler, StatementsReader, GenerateRemittanceHandler,
    pixPspProvider, PixChargesReactor, PixChargeFailuresRepository, PixSettlement,
    BillingPublicApi,
  ],
  exports: [BillingPublicApi],
})
export class BillingModule {}
