import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Database, EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { IdentityAggregates } from '../../infrastructure/aggregates.js';
import { assertCanAssign } from '../../infrastructure/grants.js';
import { asProblems, notFound } from '../../infrastructure/http-errors.js';
import { RoleCatalogue } from '../../infrastructure/role-catalogue.js';
import { SessionStore } from '../../infrastructure/sessions.js';
import { UserDirectory, toUserView, type UserView } from '../../infrastructure/user-directory.js';

export class ChangeUserStatusCommand extends Command<UserView> {
  constructor(
    readonly userId: string,
    readonly status: 'active' | 'disabled',
    readonly actor: Principal,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Disabling ends every session of the user at once (their tokens are refused from the next request on). */
@CommandHandler(ChangeUserStatusCommand)
export class ChangeUserStatusHandler implements ICommandHandler<ChangeUserStatusCommand> {
  constructor(
    private readonly aggregates: IdentityAggregates,
    private readonly users: UserDirectory,
    private readonly catalogue: RoleCatalogue,
    private readonly sessions: SessionStore,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  async execute({ userId, status, actor, metadata }: ChangeUserStatusCommand): Promise<UserView> {
    const user = await this.users.inCompany(userId, actor.companyId);
    if (!user) throw notFound('User');
    await assertCanAssign(actor, this.catalogue, { roles: user.roles });
    const now = new Date().toISOString();
    await asProblems(() =>
      this.db.transaction(async (tx) => {
        if (status === 'disabled') {
          await this.aggregates.users.handle(userId, { type: 'DisableUser', data: { actorId: actor.id, now } }, metadata, tx);
          await this.sessions.revokeAll(userId, 'user-disabled', tx);
        } else {
          await this.aggregates.users.handle(userId, { type: 'EnableUser', data: { now } }, metadata, tx);
        }
      }),
    );
    return toUserView((await this.users.byId(userId))!);
  }
}
