import type { components } from './schema';

/** Response schemas the backend declares (zod `ZodResponse` → backend/openapi.json → schema.ts). */
type Schemas = components['schemas'];

/*
 * Response bodies of the API. Where the route declares a zod response schema the name is an alias of the
 * generated type (`Schemas[...]`); the remaining interfaces are hand copies of the backend's views (each
 * names its source) for routes without a response schema yet — replace them the same way.
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

/** plans: generated (queries/plan-catalogue/plan.schemas.ts). */
export type PenaltyRule = Schemas['PenaltyRule'];
export type PlanTerms = Schemas['PlanTerms'];
export type PlanView = Schemas['PlanView'];
export type AddOnView = Schemas['AddOnView'];
export type PromotionView = Schemas['PromotionView'];

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

/** billing: refund-credit.http.controller.ts */
export interface CustomerCreditView {
  customerId: string;
  balanceCents: number;
  movements: Array<{ kind: 'overpayment' | 'applied' | 'refund'; on: string; amountCents: number; invoiceId?: string; refundId?: string; method?: string; reference?: string }>;
}

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

/** collections: trust-unblock.ts TrustUnblockVerdict, trust-unblock.handler.ts */
export interface TrustUnblockEligibility {
  contractId: string;
  eligible: boolean;
  code: 'eligible' | 'disabled' | 'not-suspended' | 'already-released' | 'period-limit' | 'block-limit' | 'too-soon' | 'broken-promises';
  /** pt-BR, shown as is. */
  message: string;
  days: number;
  until: string | null;
  nextEligibleOn: string | null;
}
export interface TrustUnblockGranted {
  contractId: string;
  released: true;
  until: string | null;
  days: number | null;
}

/** collections: generated (dunning-status and messages controllers). */
export type ServiceLevel = Schemas['ServiceLevel'];
export type DunningStatusView = Schemas['DunningStatusView'];
export type DunningMessageView = Schemas['DunningMessageView'];

/** contracts: portal-contract.view.ts (the customer area's plan page) */
export interface PortalContractView {
  id: string;
  status: 'draft' | 'awaiting_installation' | 'active' | 'suspended' | 'cancelled';
  suspension: { reason: 'delinquency' | 'customer_request'; startsOn: string; endsOn?: string; reasonText: string } | null;
  plan: { name: string; technology: string | null; version: number; downloadMbps: number; uploadMbps: number; priceCents: number } | null;
  addOns: Array<{ addOnId: string; name: string; priceCents: number }>;
  promotion: { discount: { kind: 'percentage'; basisPoints: number } | { kind: 'fixed'; amountCents: number }; months: number; monthsRemaining: number; endsOn: string | null } | null;
  monthlyTotalCents: number | null;
  installationAddress: { zipCode: string; street: string; number: string; complement?: string; district: string; city: string; state: string } | null;
  dueDay: number;
  loyaltyEndsOn: string | null;
  pppoeLogin: string | null;
  activatedOn: string | null;
  acceptedAt: string | null;
}

/** customers (customer area): generated (customer-details/customer-portal.schemas.ts). */
export type OwnContact = Schemas['OwnContact'];
export type DataExportRequest = Schemas['DataExportRequest'];

/** helpdesk: generated (helpdesk/queries/tickets/ticket.schemas.ts). */
export type TicketListItem = Schemas['TicketListItem'];
export type TicketReply = Schemas['TicketReply'];
export type TicketView = Schemas['TicketView'];
/** Staff list rows carry the customer's display name. */
export type StaffTicketListItem = Schemas['StaffTicketListItem'];
