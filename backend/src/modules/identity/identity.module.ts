import { Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { EventStore, ProcessorRunner } from '@netprovider/event-store';
import { Authenticator } from '../../platform/auth/principal.js';
import { EVENT_STORE, PROCESSOR_RUNNER } from '../../platform/database/tokens.js';
import { FirstStart } from './bootstrap/first-start.js';
import { identityReadModels } from './infrastructure/read-models.projection.js';
import { auditLogProjection } from './queries/audit/audit-log.projection.js';
import { AccessTokens } from './infrastructure/access-tokens.js';
import { IdentityAggregates } from './infrastructure/aggregates.js';
import { JwtAuthenticator } from './infrastructure/jwt.authenticator.js';
import { LoginThrottle } from './infrastructure/login-throttle.js';
import { Mailer } from './infrastructure/mailer.js';
import { IdentityMailRelay } from './processors/mail-relay.js';
import { Credentials, OneTimeTokens } from './infrastructure/one-time-tokens.js';
import { RoleCatalogue } from './infrastructure/role-catalogue.js';
import { IdentitySecrets } from './infrastructure/secrets.js';
import { SessionIssuer } from './infrastructure/session-issuer.js';
import { SessionStore } from './infrastructure/sessions.js';
import { UserDirectory } from './infrastructure/user-directory.js';
import { LoginController } from './commands/login/login.http.controller.js';
import { LoginHandler } from './commands/login/login.handler.js';
import { RefreshSessionController } from './commands/refresh-session/refresh-session.http.controller.js';
import { RefreshSessionHandler } from './commands/refresh-session/refresh-session.handler.js';
import { LogoutController } from './commands/logout/logout.http.controller.js';
import { LogoutHandler } from './commands/logout/logout.handler.js';
import { RevokeSessionController } from './commands/revoke-session/revoke-session.http.controller.js';
import { RevokeSessionHandler } from './commands/revoke-session/revoke-session.handler.js';
import { RequestPasswordResetController } from './commands/request-password-reset/request-password-reset.http.controller.js';
import { RequestPasswordResetHandler } from './commands/request-password-reset/request-password-reset.handler.js';
import { ConfirmPasswordResetController } from './commands/confirm-password-reset/confirm-password-reset.http.controller.js';
import { ConfirmPasswordResetHandler } from './commands/confirm-password-reset/confirm-password-reset.handler.js';
import { EnrolMfaController } from './commands/enrol-mfa/enrol-mfa.http.controller.js';
import { EnrolMfaHandler } from './commands/enrol-mfa/enrol-mfa.handler.js';
import { VerifyMfaController } from './commands/verify-mfa/verify-mfa.http.controller.js';
import { VerifyMfaHandler } from './commands/verify-mfa/verify-mfa.handler.js';
import { CreateUserController } from './commands/create-user/create-user.http.controller.js';
import { CreateUserHandler } from './commands/create-user/create-user.handler.js';
import { UpdateUserController } from './commands/update-user/update-user.http.controller.js';
import { UpdateUserHandler } from './commands/update-user/update-user.handler.js';
import { ChangeUserStatusController } from './commands/change-user-status/change-user-status.http.controller.js';
import { ChangeUserStatusHandler } from './commands/change-user-status/change-user-status.handler.js';
import { ResetUserMfaController } from './commands/reset-user-mfa/reset-user-mfa.http.controller.js';
import { ResetUserMfaHandler } from './commands/reset-user-mfa/reset-user-mfa.handler.js';
import { CreateRoleController } from './commands/create-role/create-role.http.controller.js';
import { CreateRoleHandler } from './commands/create-role/create-role.handler.js';
import { UpdateRoleController } from './commands/update-role/update-role.http.controller.js';
import { UpdateRoleHandler } from './commands/update-role/update-role.handler.js';
import { InviteSubscriberController } from './commands/invite-subscriber/invite-subscriber.http.controller.js';
import { InviteSubscriberHandler } from './commands/invite-subscriber/invite-subscriber.handler.js';
import { SubscriberLoginController } from './commands/subscriber-login/subscriber-login.http.controller.js';
import { SubscriberLoginHandler } from './commands/subscriber-login/subscriber-login.handler.js';
import { SubscriberFirstAccessController } from './commands/subscriber-first-access/subscriber-first-access.http.controller.js';
import { SubscriberFirstAccessHandler } from './commands/subscriber-first-access/subscriber-first-access.handler.js';
import { CreateCompanyController } from './commands/create-company/create-company.http.controller.js';
import { CreateCompanyHandler } from './commands/create-company/create-company.handler.js';
import { RequestSubscriberResetController } from './commands/request-subscriber-reset/request-subscriber-reset.http.controller.js';
import { RequestSubscriberResetHandler } from './commands/request-subscriber-reset/request-subscriber-reset.handler.js';
import { GetMeController } from './queries/me/get-me.http.controller.js';
import { GetMeHandler } from './queries/me/get-me.handler.js';
import { ListSessionsController } from './queries/list-sessions/list-sessions.http.controller.js';
import { ListSessionsHandler } from './queries/list-sessions/list-sessions.handler.js';
import { UsersQueryController } from './queries/users/users.http.controller.js';
import { GetUserHandler, ListUsersHandler } from './queries/users/users.queries.js';
import { ListRolesController, ListRolesHandler } from './queries/roles/list-roles.js';
import { ListMyCompaniesController, ListMyCompaniesHandler } from './queries/companies/list-companies.js';
import { GetSubscriberAccountController, GetSubscriberAccountHandler } from './queries/subscriber-account/get-subscriber-account.js';
import { PortalAccountController } from './queries/portal-account/portal-account.http.controller.js';
import { AuditController } from './queries/audit/audit.http.controller.js';
import { SearchAuditHandler, StreamHistoryHandler } from './queries/audit/audit.queries.js';

/** Registers the read models in the event store before anything appends, and the audit projection. */
class IdentityWiring implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROCESSOR_RUNNER) private readonly runner: ProcessorRunner,
  ) {}

  onModuleInit(): void {
    this.store.addInlineProjection(identityReadModels);
    // e-mail and name of staff users are personal data: erasing the user's subject key erases them
    const user = (d: Record<string, unknown>) => (typeof d.userId === 'string' ? `user-${d.userId}` : null);
    this.store.addPersonalDataPolicy('UserCreated', { subjectId: user, fields: ['email', 'name'] });
    this.store.addPersonalDataPolicy('UserDetailsChanged', { subjectId: user, fields: ['email', 'name'] });
    // a subscriber's e-mail belongs to the customer (erasing the customer erases it)
    this.store.addPersonalDataPolicy('SubscriberAccountInvited', {
      subjectId: (d) => (typeof d.customerId === 'string' ? d.customerId : null), // same subject id as the customers context
      fields: ['email'],
    });
    this.runner.add(auditLogProjection);
  }
}

/**
 * Identity and access: staff users, roles and permissions, companies, sessions and tokens, MFA,
 * subscriber (customer-area) accounts and the audit trail. Global so the platform's AccessGuard receives
 * the Authenticator it injects by class token.
 */
@Global()
@Module({
  controllers: [
    LoginController, RefreshSessionController, LogoutController, RevokeSessionController, RequestPasswordResetController,
    ConfirmPasswordResetController, EnrolMfaController, VerifyMfaController, GetMeController, ListSessionsController,
    CreateUserController, UpdateUserController, ChangeUserStatusController, ResetUserMfaController, UsersQueryController,
    CreateRoleController, UpdateRoleController, ListRolesController, ListMyCompaniesController, CreateCompanyController,
    InviteSubscriberController, GetSubscriberAccountController, SubscriberLoginController, SubscriberFirstAccessController, RequestSubscriberResetController, PortalAccountController,
    AuditController,
  ],
  providers: [
    IdentityWiring,
    IdentitySecrets, AccessTokens, SessionStore, SessionIssuer, LoginThrottle, Mailer, OneTimeTokens, Credentials, RoleCatalogue,
    UserDirectory, IdentityAggregates, FirstStart, IdentityMailRelay,
    { provide: Authenticator, useClass: JwtAuthenticator },
    LoginHandler, RefreshSessionHandler, LogoutHandler, RevokeSessionHandler, RequestPasswordResetHandler, ConfirmPasswordResetHandler,
    EnrolMfaHandler, VerifyMfaHandler, CreateUserHandler, UpdateUserHandler, ChangeUserStatusHandler, ResetUserMfaHandler,
    CreateRoleHandler, UpdateRoleHandler, CreateCompanyHandler, InviteSubscriberHandler, SubscriberLoginHandler, SubscriberFirstAccessHandler, RequestSubscriberResetHandler,
    GetMeHandler, ListSessionsHandler, ListUsersHandler, GetUserHandler, ListRolesHandler, ListMyCompaniesHandler,
    GetSubscriberAccountHandler, SearchAuditHandler, StreamHistoryHandler,
  ],
  exports: [Authenticator, RoleCatalogue, UserDirectory],
})
export class IdentityModule {}
