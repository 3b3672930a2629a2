/*
 * Response bodies of the API. The spec declares requests but not responses yet (backend/openapi.json has
 * `responses: {200: {description: ""}}`), so these mirror the backend's view functions; each names its
 * source. When the spec gains response schemas, generate these too and delete this file.
 */

/** identity: session-issuer.ts TokenPair + login.handler.ts */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}
export type LoginResult = TokenPair & { mfaEnrollmentRequired: boolean };
export interface MfaEnrolment {
  secret: string;
  otpauthUrl: string;
  qrCodeDataUrl: string;
}
export type MfaVerified = TokenPair & { recoveryCodes: string[] };

/** identity: user-directory.ts UserView, get-me.handler.ts Me */
export interface UserView {
  id: string;
  email: string;
  name: string;
  status: 'active' | 'disabled';
  roles: string[];
  companyIds: string[];
  mfaEnrolled: boolean;
  createdAt: string;
  updatedAt: string;
}
export type Me = UserView & {
  permissions: string[];
  companyId: string;
  companies: Array<{ id: string; name: string }>;
  mfaEnrolmentPending: boolean;
  sessionId?: string;
};
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** identity: permissions.ts RoleDefinition, list-roles.ts */
export interface RoleDefinition {
  /** What users reference in `roles`: the built-in name, or a custom role's id. */
  key: string;
  name: string;
  description: string;
  permissions: string[];
  mfaRequired: boolean;
  builtIn: boolean;
}
export interface RoleList {
  items: RoleDefinition[];
  permissions: string[];
}

/** identity: subscriber-account.view.ts */
export interface SubscriberAccountView {
  id: string;
  customerId: string;
  companyId: string;
  documentKind: 'cpf' | 'cnpj';
  email: string | null;
  status: 'invited' | 'active' | 'disabled';
  createdAt: string;
  updatedAt: string;
}
/** identity: invite-subscriber.handler.ts (the token only in embedded mode, where no mail is sent). */
export interface SubscriberInvite {
  id: string;
  customerId: string;
  status: 'invited';
  inviteMessageId: string;
  inviteToken?: string;
}

/** customers: customer-directory.reader.ts CustomerListItem */
export interface CustomerPhone {
  /** E.164 */
  number: string;
  whatsapp: boolean;
}
export interface CustomerListItem {
  id: string;
  kind: 'PF' | 'PJ';
  status: string;
  name: string | null;
  pseudonym: string | null;
  document: string | null;
  emails: string[];
  phones: CustomerPhone[];
  tags: string[];
  createdAt: string;
  updatedAt: string;
}
export interface Address {
  id: string;
  type: 'installation' | 'billing' | 'fiscal';
  zipCode: string;
  street: string;
  number: string;
  complement?: string;
  district: string;
  city: string;
  cityIbgeCode?: string;
  state: string;
  lat?: number;
  lng?: number;
}
/** customers: customer.view.ts */
export interface CustomerView {
  id: string;
  kind: 'PF' | 'PJ';
  status: 'active' | 'erasure_requested' | 'erased';
  name: string | null;
  pseudonym: string | null;
  tradeName: string | null;
  document: string | null;
  documentFormatted: string | null;
  stateRegistration: string | null;
  birthDate: string | null;
  foundationDate: string | null;
  emails: string[];
  phones: CustomerPhone[];
  addresses: Address[];
  tags: string[];
  guarantor: { name: string; document: string; phone?: string; email?: string } | null;
  consents: Partial<Record<string, { granted: boolean; at: string }>>;
  version: number;
  asOf?: string | null;
}
/** customers: customer-timeline.http.controller.ts */
export interface TimelineEntry {
  streamId: string;
  streamVersion: number;
  type: string;
  recordedAt: string;
  actorId: string | null;
  actorKind: string | null;
  correlationId: string | null;
  data: unknown;
  erasedFields?: string[];
}

/** plans: plan.events.ts PlanTerms, plan-catalogue.reader.ts PlanView */
export type PenaltyRule = { kind: 'none' } | { kind: 'prorata'; amountCents: number } | { kind: 'percentage'; basisPoints: number };
export interface PlanTerms {
  technology: 'FTTH' | 'radio' | 'cable' | 'DSL' | 'satellite' | 'other';
  downloadMbps: number;
  uploadMbps: number;
  priceCents: number;
  installationFeeCents: number;
  loyaltyMonths: number;
  penaltyRule: PenaltyRule;
  ipv4: 'public' | 'cgnat';
  ipv6PrefixLength?: number;
}
export interface PlanView {
  id: string;
  name: string;
  active: boolean;
  version: number;
  terms: PlanTerms;
  versions: Array<{ version: number; terms: PlanTerms; publishedAt: string }>;
  createdAt: string;
  updatedAt: string;
}
/** plans: add-ons.http.controller.ts */
export interface AddOnView {
  id: string;
  name: string;
  category: 'tv' | 'streaming' | 'security' | 'cloud' | 'telephony' | 'support' | 'other';
  priceCents: number;
  version: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}
/** plans: promotions.http.controller.ts */
export interface PromotionView {
  id: string;
  name: string;
  discount: { kind: 'percentage'; basisPoints: number } | { kind: 'fixed'; amountCents: number };
  months: number;
  eligibility: { newCustomersOnly?: boolean; planIds?: string[]; regions?: Array<{ uf: string } | { ibgeCityCode: string }> } | null;
  startsOn: string;
  endsOn: string | null;
  createdAt: string;
  updatedAt: string;
}

/** contracts: contract.events.ts, contract.view.ts, contract-directory.reader.ts */
export type ContractStatus = 'draft' | 'awaiting_installation' | 'active' | 'suspended' | 'cancelled';
export interface PlanSnapshot {
  planId: string;
  planVersion: number;
  downloadMbps: number;
  uploadMbps: number;
  priceCents: number;
  loyaltyMonths: number;
  penaltyAmountCents: number;
}
export type ContractAddress = Omit<Address, 'id' | 'type'>;
export interface Loyalty {
  startsOn: string;
  endsOn: string;
  penaltyAmountCents: number;
}
export interface ContractView {
  id: string;
  status: ContractStatus;
  customerId: string;
  plan: PlanSnapshot | null;
  addOns: Array<{ addOnId: string; version: number; priceCents: number }>;
  promotion: { promotionId: string; discount: PromotionView['discount']; months: number } | null;
  installationAddress: ContractAddress | null;
  billingAddress: ContractAddress | null;
  dueDay: number;
  pppoeLogin: string | null;
  fixedIp: string | null;
  activatedOn: string | null;
  billingStartsOn: string | null;
  loyalty: Loyalty | null;
  suspension: { reason: 'delinquency' | 'customer_request'; startsOn: string; endsOn?: string } | null;
  version: number;
  asOf?: string | null;
}
export interface ContractListItem {
  id: string;
  customerId: string;
  planId: string;
  planVersion: number;
  priceCents: number;
  status: ContractStatus;
  dueDay: number;
  activatedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

/** billing: collection-accounts.http.controller.ts view (CollectionAccount + bankName, nextNossoNumero) */
export interface CollectionAccountView {
  id: string;
  name: string;
  bankCode: string;
  bankName: string;
  agency: string;
  agencyDigit: string | null;
  account: string;
  accountDigit: string | null;
  agreement: string | null;
  wallet: string | null;
  station: string | null;
  cnabLayout: 240 | 400;
  pixKey: string | null;
  pixMode: 'static' | 'psp' | 'none';
  pixMerchantCity: string;
  beneficiaryName: string;
  beneficiaryDocument: string;
  isDefault: boolean;
  active: boolean;
  nextNossoNumero: number;
}

/** billing: late-charges.ts LateChargeRules, billing-settings.http.controller.ts */
export interface LateChargeRules {
  finePercentBp: number;
  interestMonthlyBp: number;
  graceDays: number;
  earlyDiscount?: { amountCents: number; daysBefore: number };
}
export interface BillingSettingsView {
  finePercentBp: number;
  interestMonthlyBp: number;
  graceDays: number;
  earlyDiscount: { amountCents: number; daysBefore: number } | null;
  pixValidAfterDueDays: number;
  legalFineCapBp: number;
}
export interface HolidayView {
  date: string;
  name: string;
  scope: 'national' | 'local';
}

/** billing: billing-runs.reader.ts */
export type BillingRunStatus = 'previewing' | 'awaiting_approval' | 'issuing' | 'completed' | 'discarded';
export interface BillingRunPreviewLine {
  contractId: string;
  customerId: string;
  dueDate: string | null;
  totalCents: number;
  items: InvoiceItem[];
  warning: string | null;
  invoiceId: string | null;
  error: string | null;
}
export interface BillingRunSummary {
  id: string;
  competence: string;
  dueDayFrom: number;
  dueDayTo: number;
  status: BillingRunStatus;
  total: number;
  done: number;
  failed: number;
  totalCents: number;
  rate: number | null;
  warnings: Record<string, number>;
  requestedBy: string;
  requestedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}
export interface BillingRunView extends BillingRunSummary {
  preview: { invoices: number; totalCents: number; warnings: Record<string, number>; lines: BillingRunPreviewLine[]; nextPage: number | null } | null;
}

/** billing: invoice.events.ts, invoice.view.ts, invoices.reader.ts, second-copy.ts */
export type InvoiceStatus = 'open' | 'partially_paid' | 'paid' | 'cancelled' | 'overdue' | 'written_off' | 'renegotiated';
export type PaymentMethod = 'cash' | 'card' | 'transfer' | 'boleto' | 'pix' | 'credit';
export interface InvoiceItem {
  kind: 'plan' | 'add-on' | 'promotion' | 'adjustment' | 'installation' | 'charge' | 'credit';
  description: string;
  amountCents: number;
  reference?: string;
}
export interface InvoiceListItem {
  id: string;
  number: number;
  customerId: string;
  contractId: string | null;
  competence: string | null;
  issuedOn: string;
  dueDate: string;
  totalCents: number;
  paidCents: number;
  outstandingCents: number;
  status: InvoiceStatus;
  bankCode: string | null;
  nossoNumero: string | null;
  digitableLine: string | null;
}
export interface PaymentView {
  id: string;
  method: PaymentMethod;
  amountCents: number;
  principalCents: number;
  fineCents: number;
  interestCents: number;
  discountCents: number;
  feesCents: number;
  overpaidCents: number;
  paidOn: string;
  source: { kind: string; reference: string };
  receivedBy: string | null;
  recordedAt: string;
  reversed: { reason: string; at: string } | null;
}
export interface InvoiceView {
  id: string;
  number: number;
  customerId: string;
  contractId: string | null;
  competence: string | null;
  runId: string | null;
  issuedOn: string;
  dueDate: string;
  payableWithoutChargesUntil: string;
  items: InvoiceItem[];
  totalCents: number;
  paidCents: number;
  discountCents: number;
  outstandingCents: number;
  /** Written off as a loss (baixa por perda); reversible. */
  writtenOffCents?: number;
  /** Taken over by a payment agreement (acordo). */
  renegotiatedCents?: number;
  status: InvoiceStatus;
  rules: LateChargeRules;
  boleto: { bankCode: string; collectionAccountId: string; nossoNumero: string; nossoNumeroFormatted: string; barcode: string; digitableLine: string } | null;
  pix: { txid: string; brCode: string; kind: 'static' | 'cobv'; location?: string } | null;
  payments: PaymentView[];
  cancellation: { reason: string; at: string } | null;
  writeOff?: { reason: string; amountCents: number; at: string } | null;
  agreementId?: string | null;
  history: Array<{ version: number; type: string; at: string; actorId: string | null; summary: string }>;
  version: number;
}
export interface SecondCopy {
  invoiceId: string;
  payOn: string;
  outstandingCents: number;
  fineCents: number;
  interestCents: number;
  discountCents: number;
  totalCents: number;
  daysLate: number;
  boleto: { barcode: string; digitableLine: string; dueDate: string } | null;
  pix: { brCode: string; txid: string } | null;
}
/** record-payment.http.controller.ts */
export interface PaymentRecorded {
  outcome: string;
  payment: PaymentView | null;
  invoice: InvoiceView;
}
/** portal-invoices.http.controller.ts: the invoice without history/runId, with what to pay today. */
export type PortalInvoiceView = Omit<InvoiceView, 'history' | 'runId'> & { payToday: SecondCopy | null };

/** billing: import-bank-return.handler.ts BankReturnReport */
export interface BankReturnReport {
  id: string;
  fileName: string | null;
  sha256: string;
  layout: 240 | 400;
  bankCode: string;
  titles: number;
  settled: number;
  settledCents: number;
  duplicates: number;
  registered: number;
  unknown: Array<{ line: number; nossoNumero: string; amountPaidCents: number; occurrenceCode: string }>;
  rejected: Array<{ line: number; nossoNumero: string; occurrenceCode: string; description: string; motives?: string[]; invoiceId?: string }>;
  mismatches: Array<{ line: number; nossoNumero: string; invoiceId: string; expectedCents: number; paidCents: number; kind: 'partial' | 'overpaid' }>;
  other: Array<{ line: number; nossoNumero: string; occurrenceCode: string; description: string }>;
}

/** billing: refund-credit.http.controller.ts */
export interface CustomerCreditView {
  customerId: string;
  balanceCents: number;
  movements: Array<{ kind: 'overpayment' | 'applied' | 'refund'; on: string; amountCents: number; invoiceId?: string; refundId?: string; method?: string; reference?: string }>;
}

/** billing: statement-matching.ts, statements.reader.ts (OFX reconciliation) */
export type StatementLineStatus = 'proposed' | 'unmatched' | 'duplicate' | 'debit' | 'confirmed' | 'ignored';
export type MatchReason = 'amount' | 'amount-with-charges' | 'date-window' | 'document' | 'name' | 'name-partial';
export interface MatchProposal {
  invoiceId: string;
  number: number;
  customerId: string;
  score: number;
  reasons: MatchReason[];
}
export interface StatementLineView {
  fitId: string;
  postedAt: string;
  amountCents: number;
  type: string;
  memo: string;
  name: string | null;
  status: StatementLineStatus;
  proposals: MatchProposal[];
  invoiceId: string | null;
  paymentId: string | null;
  duplicateOf: string | null;
  ignoreReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}
export interface StatementSummary {
  id: string;
  fileName: string | null;
  account: Record<string, unknown> | null;
  periodStart: string | null;
  periodEnd: string | null;
  uploadedBy: string;
  uploadedAt: string;
  counts: Record<StatementLineStatus, number> & { lines: number };
}
export interface StatementView extends StatementSummary {
  lines: StatementLineView[];
  alreadyImported?: boolean;
}

/** billing: generate-remittance.handler.ts RemittanceResult */
export interface RemittanceResult {
  id: string;
  sequence: number;
  titles: number;
  totalCents: number;
  fileName: string;
  downloadUrl: string;
  skipped: Array<{ invoiceId: string; field: string; reason: string }>;
}

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

/** collections: dunning-status.http.controller.ts, messages.http.controller.ts */
export type ServiceLevel = 'none' | 'remind' | 'notify' | 'throttle' | 'redirect' | 'block' | 'cancel';
export interface DunningStatusView {
  contractId: string;
  today: string;
  level: ServiceLevel;
  trust: { until: string; invoiceIds: string[] } | null;
  brokenPromises: string[];
  ladder: { id: string; name: string };
  openInvoices: Array<{ invoiceId: string; dueDate: string; payableUntil: string; openCents: number; daysOverdue: number }>;
  history: Array<{ type: string; data: Record<string, unknown>; recordedAt: string; actorKind: string | null; actorId: string | null }>;
}
export interface DunningMessageView {
  id: string;
  contractId: string;
  customerId: string;
  stepId: string;
  channel: string;
  body: string;
  invoiceIds: string[];
  /** queued | sending | sent | delivered | read | failed | local (no provider configured) | uncertain */
  status: string;
  createdAt: string;
  attempts: number;
  provider: string | null;
  /** A code and the provider's status (e.g. `zenvia-400:VALIDATION_ERROR`, `customer-erased`), never a recipient. */
  lastError: string | null;
  statusAt: string | null;
}

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

/** customers: own-contact.http.controller.ts */
export interface OwnContact {
  emails: string[];
  phones: Array<{ number: string; whatsapp: boolean }>;
}

/** customers: request-data-export.handler.ts */
export interface DataExportRequest {
  protocol: string;
  channel: string;
  requestedAt: string;
}

/** helpdesk: tickets.reader.ts (list) and ticket.view.ts (detail) */
export interface TicketListItem {
  id: string;
  protocol: string;
  customerId: string;
  contractId: string | null;
  category: string;
  channel: string;
  status: string;
  subject: string;
  openedAt: string;
}
/** One message of a ticket's conversation after the opening one. */
export interface TicketReply {
  author: 'staff' | 'subscriber';
  message: string;
  at: string;
}
export type TicketView = Omit<TicketListItem, 'openedAt'> & { message: string; openedAt: string | null; replies: TicketReply[]; closedAt: string | null; closingNote: string | null };
/** helpdesk: staff-tickets.http.controller.ts (staff list rows carry the customer's display name) */
export type StaffTicketListItem = TicketListItem & { customerName: string | null };
