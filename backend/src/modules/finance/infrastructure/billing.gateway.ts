/*
 * The one seam between finance and billing. Finance reacts to billing's invoice events (its own read models),
 * issues agreement instalments through billing's InvoiceIssuer and drives invoice streams through billing's
 * invoice decider (write-off, renegotiation) — it never reads billing's tables. Everything finance takes from
 * billing is re-exported here, so the dependency is visible in one file (it belongs in a billing
 * `public-api.ts` once billing grows one).
 */
export { InvoiceIssuer, type InvoiceDraft } from '../../billing/infrastructure/invoice-issuer.js';
export { InvoiceAggregates } from '../../billing/infrastructure/invoice-aggregates.js';
export { InvoiceViewSchema } from '../../billing/queries/invoices/invoice.schemas.js';
export { BillingSettingsRepository } from '../../billing/infrastructure/billing-settings.repository.js';
export { CollectionAccountsRepository } from '../../billing/infrastructure/collection-accounts.repository.js';
export { decideInvoice, evolveInvoice, initialInvoiceState, invoiceStreamId, outstandingCents, type InvoiceCommand, type InvoiceState } from '../../billing/domain/invoice.decider.js';
export { INVOICE_EVENT_TYPES, type InvoiceEvent, type InvoiceIssued, type InvoiceItem, type InvoiceItemKind } from '../../billing/domain/invoice.events.js';
export { lateCharges, type LateChargeRules } from '../../billing/domain/late-charges.js';
export type { BusinessCalendar } from '../../billing/domain/business-calendar.js';
