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
