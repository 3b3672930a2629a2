import { z } from 'zod';
import { responseMatches, type SameShape } from '../../platform/http/validation.js';
import { PERMISSIONS, type RoleDefinition } from './domain/permissions.js';
import type { TokenPair } from './infrastructure/session-issuer.js';
import type { UserView } from './infrastructure/user-directory.js';
import type { LoginResult } from './commands/login/login.handler.js';
import type { MfaEnrolment } from './commands/enrol-mfa/enrol-mfa.handler.js';
import type { MfaVerified } from './commands/verify-mfa/verify-mfa.handler.js';
import type { SubscriberInvitation } from './commands/invite-subscriber/invite-subscriber.handler.js';
import type { Me } from './queries/me/get-me.handler.js';
import type { SubscriberAccountView } from './queries/subscriber-account/subscriber-account.view.js';
import type { CreatedCompany } from './commands/create-company/create-company.handler.js';
import type { RequestAccepted } from './commands/request-password-reset/request-password-reset.http.controller.js';
import type { MyCompanies } from './queries/companies/list-companies.js';
import type { AuditPage, StreamHistory } from './queries/audit/audit.queries.js';
import type { SessionList } from './queries/list-sessions/list-sessions.handler.js';

/* Response schemas of identity's routes (documentation only, see ZodResponse); each checked against its view. */

export const TokenPairSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().describe('seconds'),
}).meta({ id: 'TokenPair' });
export const LoginResultSchema = TokenPairSchema.extend({
  mfaEnrollmentRequired: z.boolean().describe('true: the token only allows enrolling a second factor'),
}).meta({ id: 'LoginResult' });
export const MfaEnrolmentSchema = z.object({ secret: z.string(), otpauthUrl: z.string(), qrCodeDataUrl: z.string() }).meta({ id: 'MfaEnrolment' });
export const MfaVerifiedSchema = TokenPairSchema.extend({ recoveryCodes: z.array(z.string()) }).meta({ id: 'MfaVerified' });

export const UserViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  status: z.enum(['active', 'disabled']),
  roles: z.array(z.string()),
  companyIds: z.array(z.string()),
  mfaEnrolled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'UserView' });
export const CreatedUserSchema = UserViewSchema.extend({
  firstAccessMessageId: z.string().optional().describe('the first-access e-mail queued when no password was given'),
}).meta({ id: 'CreatedUser' });
export const UserPageSchema = z.object({ items: z.array(UserViewSchema), total: z.number(), page: z.number(), pageSize: z.number() }).meta({ id: 'UserPage' });
export const MeSchema = UserViewSchema.extend({
  permissions: z.array(z.string()),
  companyId: z.string(),
  companies: z.array(z.object({ id: z.string(), name: z.string() })),
  mfaEnrolmentPending: z.boolean(),
  sessionId: z.string().optional(),
}).meta({ id: 'Me' });

export const PermissionSchema = z.enum(PERMISSIONS).meta({ id: 'Permission' });
export const RoleDefinitionSchema = z.object({
  key: z.string().describe("what users reference in `roles`: the built-in name, or a custom role's id"),
  name: z.string(),
  description: z.string(),
  permissions: z.array(PermissionSchema).readonly(),
  mfaRequired: z.boolean(),
  builtIn: z.boolean(),
}).meta({ id: 'RoleDefinition' });
export const RoleListSchema = z.object({ items: z.array(RoleDefinitionSchema), permissions: z.array(z.string()).readonly() }).meta({ id: 'RoleList' });

export const SubscriberAccountViewSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  companyId: z.string(),
  documentKind: z.enum(['cpf', 'cnpj']),
  email: z.string().nullable(),
  status: z.enum(['invited', 'active', 'disabled']),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'SubscriberAccountView' });
export const SubscriberInvitationSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  status: z.literal('invited'),
  inviteMessageId: z.string(),
  inviteToken: z.string().optional().describe('only in embedded mode without SMTP: the staff hands the first-access link over'),
}).meta({ id: 'SubscriberInvitation' });

/** POST /auth/password-reset/request and its customer-area twin (202): the same whether or not the account exists. */
export const RequestAcceptedSchema = z.object({ status: z.literal('accepted') }).meta({ id: 'RequestAccepted' });

export const SessionViewSchema = z.object({
  id: z.string(),
  device: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  expiresAt: z.string(),
  current: z.boolean().describe('the session of this request'),
}).meta({ id: 'SessionView' });
export const SessionListSchema = z.object({ items: z.array(SessionViewSchema) }).meta({ id: 'SessionList' });

export const CreatedCompanySchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'CreatedCompany' });
export const MyCompaniesSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), active: z.boolean().describe('the company this request acts for (X-Company-Id)') })),
}).meta({ id: 'MyCompanies' });

export const AuditEntrySchema = z.object({
  eventId: z.string(),
  globalPosition: z.number().int(),
  streamId: z.string(),
  streamVersion: z.number().int(),
  type: z.string(),
  recordedAt: z.string(),
  actorId: z.string().nullable(),
  actorKind: z.string().nullable(),
  companyId: z.string(),
  correlationId: z.string().nullable(),
  ip: z.string().nullable(),
  data: z.unknown().describe('the event data; erased personal fields absent'),
  erasedFields: z.array(z.string()).optional(),
}).meta({ id: 'AuditEntry' });
export const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema).describe('newest first'), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'AuditPage' });
export const StreamHistorySchema = z.object({ streamId: z.string(), items: z.array(AuditEntrySchema).describe('oldest first') }).meta({ id: 'StreamHistory' });

responseMatches<SameShape<z.infer<typeof TokenPairSchema>, TokenPair>>();
responseMatches<SameShape<z.infer<typeof LoginResultSchema>, LoginResult>>();
responseMatches<SameShape<z.infer<typeof MfaEnrolmentSchema>, MfaEnrolment>>();
responseMatches<SameShape<z.infer<typeof MfaVerifiedSchema>, MfaVerified>>();
responseMatches<SameShape<z.infer<typeof UserViewSchema>, UserView>>();
responseMatches<SameShape<z.infer<typeof CreatedUserSchema>, UserView & { firstAccessMessageId?: string }>>();
responseMatches<SameShape<z.infer<typeof MeSchema>, Me>>();
responseMatches<SameShape<z.infer<typeof RoleDefinitionSchema>, RoleDefinition>>();
responseMatches<SameShape<z.infer<typeof RoleListSchema>, { items: RoleDefinition[]; permissions: readonly string[] }>>();
responseMatches<SameShape<z.infer<typeof SubscriberAccountViewSchema>, SubscriberAccountView>>();
responseMatches<SameShape<z.infer<typeof SubscriberInvitationSchema>, SubscriberInvitation>>();
responseMatches<SameShape<z.infer<typeof RequestAcceptedSchema>, RequestAccepted>>();
responseMatches<SameShape<z.infer<typeof SessionListSchema>, SessionList>>();
responseMatches<SameShape<z.infer<typeof CreatedCompanySchema>, CreatedCompany>>();
responseMatches<SameShape<z.infer<typeof MyCompaniesSchema>, MyCompanies>>();
responseMatches<SameShape<z.infer<typeof AuditPageSchema>, AuditPage>>();
responseMatches<SameShape<z.infer<typeof StreamHistorySchema>, StreamHistory>>();
