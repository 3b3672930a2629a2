import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { IdentityAggregates } from '../../infrastructure/aggregates.js';
import { assertCanAssign } from '../../infrastructure/grants.js';
import { asProblems, notFound } from '../../infrastructure/http-errors.js';
import { RoleCatalogue } from '../../infrastructure/role-catalogue.js';
import { UserDirectory, toUserView, type UserView } from '../../infrastructure/user-directory.js';
import type { UpdateUserBodyInput } from './update-user.request.dto.js';

export class UpdateUserCommand extends Command<UserView> {
  constructor(
    readonly userId: string,
    readonly body: UpdateUserBodyInput,
    readonly actor: Principal,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(UpdateUserCommand)
export class UpdateUserHandler implements ICommandHandler<UpdateUserCommand> {
  constructor(
    private readonly aggregates: IdentityAggregates,
    private readonly catalogue: RoleCatalogue,
    private readonly users: UserDirectory,
  ) {}

  async execute({ userId, body, actor, metadata }: UpdateUserCommand): Promise<UserView> {
    const current = await this.users.inCompany(userId, actor.companyId);
    if (!current) throw notFound('User');
    await assertCanAssign(actor, this.catalogue, body);
    // the roles a user already has were granted by someone entitled; changing them needs the same power
    if (body.roles) await assertCanAssign(actor, this.catalogue, { roles: current.roles });
    if (body.email) {
      const other = await this.users.byEmail(body.email);
      if (other && other.id !== userId) throw new ProblemException(409, 'email-taken', 'E-mail already in use', 'Another user has this e-mail address.');
    }
    await asProblems(() => this.aggregates.users.handle(userId, { type: 'UpdateUser', data: { ...body, now: new Date().toISOString() } }, metadata));
    return toUserView((await this.users.byId(userId))!);
  }
}
