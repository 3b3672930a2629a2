import type { components } from './schema';

/** Response schemas the backend declares (zod `ZodResponse` → backend/openapi.json → schema.ts). */
type Schemas = components['schemas'];

/*
 * Response bodies of the API, by the names the web app uses: each is an alias of the type generated from the
 * route's zod response schema (`Schemas[...]`). A new route declares its schema (`ZodResponse`), `npm run
 * openapi` regenerates schema.ts, and its alias goes here — never a hand copy of a backend view.
 */

/** identity: generated (identity/identity.schemas.ts). */
export type TokenPair = Schemas['TokenPair'];
export type LoginResult = Schemas['LoginResult'];
export type MfaEnrolment = Schemas['MfaEnrolment'];
export type MfaVerified = Schemas['MfaVerified'];
export type UserView = Schemas['UserView'];
export type Me = Schemas['Me'];
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
export type Permission = Schemas['Permission'];
export type RoleDefinition = Schemas['RoleDefinition'];
export type RoleList = Schemas['RoleList'];
export type SubscriberAccountView = Schemas['SubscriberAccountView'];
export type SubscriberInvite = Schemas['SubscriberInvitation'];
export type RequestAccepted = Schemas['RequestAccepted'];
export type SessionView = Schemas['SessionView'];
export type CreatedCompany = Schemas['CreatedCompany'];
export type MyCompanies = Schemas['MyCompanies'];
/** identity: generated (the audit log: search and one entity's history). */
export type AuditEntry = Schemas['AuditEntry'];
export type AuditPage = Schemas['AuditPage'];
export type StreamHistory = Schemas['StreamHistory'];

/** customers: generated (queries/customer-details/customer.schemas.ts). */
export type CustomerPhone = Schemas['CustomerPhone'];
export type CustomerListItem = Schemas['CustomerListItem'];
export type CustomerSearchResult = Schemas['CustomerSearchResult'];
export type Address = Schemas['Address'];
export type CustomerView = Schemas['CustomerView'];
/** GET /customers/{id}: the view, with `asOf` when time-travelled. */
export type CustomerDetail = Schemas['CustomerDetail'];
/** customers: generated (customer-details/customer-portal.schemas.ts). */
export type TimelineEntry = Schemas['TimelineEntry'];
/** customers: generated (customer-documents, customer-consents, add-note, export-personal-data). */
export type CustomerDocument = Schemas['CustomerDocument'];
export type ConsentRecord = Schemas['ConsentRecord'];
export type CustomerConsents = Schemas['CustomerConsents'];
export type CustomerNote = Schemas['CustomerNote'];
/** The LGPD export's JSON answer (`format=pdf` answers the same data as a PDF). */
export type PersonalDataExport = Schemas['PersonalDataExport'];

/** plans: generated (queries/plan-catalogue/plan.schemas.ts). */
export type PenaltyRule = Schemas['PenaltyRule'];
export type PlanTerms = Schemas['PlanTerms'];
export type PlanView = Schemas['PlanView'];
export type AddOnView = Schemas['AddOnView'];
export type PromotionView = Schemas['PromotionView'];
/** plans: generated (queries/combos/combo.schemas.ts, adjust-plan-price). */
export type ComboView = Schemas['ComboView'];
export type PriceAdjustmentResult = Schemas['PriceAdjustmentResult'];

/** contracts: generated (queries/contract-details/contract.schemas.ts). */
export type ContractStatus = Schemas['ContractStatus'];
export type PlanSnapshot = Schemas['PlanSnapshot'];
export type ContractAddress = Schemas['ContractAddress'];
export type Loyalty = Schemas['Loyalty'];
/** GET /contracts/{id}: the view, with `asOf` when time-travelled. */
export type ContractDetail = Schemas['ContractDetail'];
export type ContractView = Omit<ContractDetail, 'asOf'>;
export type ContractListItem = Schemas['ContractListItem'];

/** billing: generated (collection-accounts, billing-settings, billing-run response schemas). */
export type CollectionAccountView = Schemas['CollectionAccountView'];
export type LateChargeRules = Schemas['LateChargeRules'];
export type BillingSettingsView = Schemas['BillingSettingsView'];
export type HolidayView = Schemas['HolidayView'];
export type BillingRunStatus = Schemas['BillingRunStatus'];
export type BillingRunPreviewLine = Schemas['BillingRunPreviewLine'];
export type BillingRunSummary = Schemas['BillingRunSummary'];
export type BillingRunView = Schemas['BillingRunView'];

/** billing: generated from the routes' zod response schemas (queries/invoices/invoice.schemas.ts). */
export type InvoiceStatus = Schemas['InvoiceStatus'];
export type PaymentMethod = Schemas['PaymentMethod'];
export type InvoiceItem = Schemas['InvoiceItem'];
export type InvoiceListItem = Schemas['InvoiceListItem'];
export type PaymentView = Schemas['PaymentView'];
export type InvoiceView = Schemas['InvoiceView'];
/** GET /invoices/{id}: the view plus the bank instructions sent by remessa (absent with `asOf`). */
export type InvoiceDetail = Schemas['InvoiceDetail'];
export type BankInstruction = Schemas['BankInstruction'];
export type SecondCopy = Schemas['SecondCopy'];
export type PaymentRecorded = Schemas['PaymentRecorded'];
export type PortalInvoiceView = Schemas['PortalInvoiceView'];

/** billing: generated (import-bank-return controller). */
export type BankReturnReport = Schemas['BankReturnReport'];

/** billing: generated (refund-credit controller). */
export type CustomerCreditView = Schemas['CustomerCreditView'];

/** billing: generated (queries/statements/statement.schemas.ts, OFX reconciliation). */
export type StatementLineStatus = Schemas['StatementLineStatus'];
export type MatchProposal = Schemas['MatchProposal'];
export type MatchReason = MatchProposal['reasons'][number];
export type StatementLineView = Schemas['StatementLineView'];
export type StatementSummary = Schemas['StatementSummary'];
/** GET /billing/statements/{id}; the import answers it with `alreadyImported` and `repeatedInFile`. */
export type StatementImport = Schemas['StatementImport'];
export type StatementView = Schemas['StatementView'] & Partial<Pick<StatementImport, 'alreadyImported' | 'repeatedInFile'>>;

/** billing: generated (generate-remittance controller). */
export type RemittanceResult = Schemas['RemittanceResult'];

/** billing: generated (Pix settlement, statement-line decisions, PSP charge failures and retries, webhook registration). */
export type PixSettlementReport = Schemas['PixSettlementReport'];
export type StatementLineConfirmed = Schemas['StatementLineConfirmed'];
export type StatementLineIgnored = Schemas['StatementLineIgnored'];
export type PixChargeFailure = Schemas['PixChargeFailure'];
export type PixChargeRetried = Schemas['PixChargeRetried'];
export type PixWebhookView = Schemas['PixWebhookView'];

/** collections: generated (commands/trust-unblock/trust-unblock.schemas.ts). */
export type TrustUnblockEligibility = Schemas['TrustUnblockEligibility'];
export type TrustUnblockGranted = Schemas['TrustUnblockGranted'];

/** collections: generated (dunning-status and messages controllers). */
export type ServiceLevel = Schemas['ServiceLevel'];
export type DunningStatusView = Schemas['DunningStatusView'];
export type DunningMessageView = Schemas['DunningMessageView'];

/** collections: generated (commands/manage-ladders/ladders.schemas.ts, evaluate, overdue list). */
export type LadderStep = Schemas['LadderStep'];
export type TrustUnblockRules = Schemas['TrustUnblockRules'];
export type Ladder = Schemas['Ladder'];
export type LadderList = Schemas['LadderList'];
export type DunningSweepReport = Schemas['DunningSweepReport'];
export type OverdueItem = Schemas['OverdueItem'];
export type OverdueList = Schemas['OverdueList'];

/** finance: generated (books/books.schemas.ts, agreements/agreement.schemas.ts, reports/finance-reports.schemas.ts). */
export type ChartAccount = Schemas['ChartAccount'];
export type Supplier = Schemas['Supplier'];
export type BankAccount = Schemas['BankAccount'];
export type Movement = Schemas['Movement'];
export type Transfer = Schemas['Transfer'];
export type PayableStatus = Schemas['PayableStatus'];
export type PayableInstalment = Schemas['PayableInstalment'];
export type Payable = Schemas['Payable'];
export type RecurringBill = Schemas['RecurringBill'];
export type RecurringBillCreated = Schemas['RecurringBillCreated'];
export type RecurringBillsGenerated = Schemas['RecurringBillsGenerated'];
export type AgreementDebt = Schemas['AgreementDebt'];
export type AgreementInstalment = Schemas['AgreementInstalment'];
export type AgreementTerms = Schemas['AgreementTerms'];
export type AgreementView = Schemas['AgreementView'];
export type AgreementEvaluation = Schemas['AgreementEvaluation'];
export type FinanceSettings = Schemas['FinanceSettings'];
/** The reports' JSON answer (`format=csv|pdf` answers a file). */
export type DreSection = Schemas['DreSection'];
export type DreReport = Schemas['DreReport'];
export type AgingReport = Schemas['AgingReport'];
export type DelinquencyReport = Schemas['DelinquencyReport'];
export type CashFlowReport = Schemas['CashFlowReport'];

/** contracts: generated (queries/portal-contracts/portal-contract.schemas.ts; the customer area's plan page). */
export type PortalContractView = Schemas['PortalContractView'];

/** contracts: generated (commands/accept-electronically/electronic-acceptance.schemas.ts, change-pppoe-credentials). */
export type AcceptanceLink = Schemas['AcceptanceLink'];
export type AcceptanceSummary = Schemas['AcceptanceSummary'];
export type ElectronicAcceptance = Schemas['ElectronicAcceptance'];
export type PppoeCredentialsChanged = Schemas['PppoeCredentialsChanged'];

/** customers (customer area): generated (customer-details/customer-portal.schemas.ts). */
export type OwnContact = Schemas['OwnContact'];
export type DataExportRequest = Schemas['DataExportRequest'];

/** helpdesk: generated (helpdesk/queries/tickets/ticket.schemas.ts). */
export type TicketListItem = Schemas['TicketListItem'];
export type TicketReply = Schemas['TicketReply'];
export type TicketView = Schemas['TicketView'];
/** Staff list rows carry the customer's display name. */
export type StaffTicketListItem = Schemas['StaffTicketListItem'];

/** platform: generated (health controller; /api/ready answers 503 with the same body when not ready). */
export type Liveness = Schemas['Liveness'];
export type Readiness = Schemas['Readiness'];
