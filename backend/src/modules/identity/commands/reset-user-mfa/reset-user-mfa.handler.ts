import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Database, EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { IdentityAggregates } from '../../infrastructure/aggregates.js';
import { assertCanAssign } from '../../infrastructure/grants.js';
import { asProblems, notFound } from '../../infrastructure/http-errors.js';
import { Credentials } from '../../infrastructure/one-time-tokens.js';
import { RoleCatalogue } from '../../infrastructure/role-catalogue.js';
import { SessionStore } from '../../infrastructure/sessions.js';
import { UserDirectory, toUserView, type UserView } from '../../infrastructure/user-directory.js';

export class ResetUserMfaCommand extends Command<UserView> {
  constructor(
    readonly userId: string,
    readonly actor: Principal,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** For a lost device: the TOTP secret and recovery codes go, sessions end; the user enrols again at next login. */
@CommandHandler(ResetUserMfaCommand)
export class ResetUserMfaHandler implements ICommandHandler<ResetUserMfaCommand> {
  constructor(
    private readonly aggregates: IdentityAggregates,
    private readonly users: UserDirectory,
    private readonly catalogue: RoleCatalogue,
    private readonly credentials: Credentials,
    private readonly sessions: SessionStore,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  async execute({ userId, actor, metadata }: ResetUserMfaCommand): Promise<UserView> {
    const user = await this.users.inCompany(userId, actor.companyId);
    if (!user) throw notFound('User');
    await assertCanAssign(actor, this.catalogue, { roles: user.roles });
    await asProblems(() =>
      this.db.transaction(async (tx) => {
        await this.aggregates.users.handle(userId, { type: 'ResetMfa', data: { now: new Date().toISOString() } }, metadata, tx);
        await this.credentials.clearTotp(tx, userId);
        await this.sessions.revokeAll(userId, 'mfa-reset', tx);
      }),
    );
    return toUserView((await this.users.byId(userId))!);
  }
}
