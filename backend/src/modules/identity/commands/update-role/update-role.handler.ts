import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { isBuiltInRole, isPermission, type RoleDefinition } from '../../domain/permissions.js';
import { IdentityAggregates } from '../../infrastructure/aggregates.js';
import { asProblems } from '../../infrastructure/http-errors.js';
import { assertHolds, roleNameTaken } from '../create-role/create-role.handler.js';
import type { UpdateRoleBodyInput } from '../create-role/create-role.request.dto.js';

export class UpdateRoleCommand extends Command<RoleDefinition> {
  constructor(
    readonly roleId: string,
    readonly body: UpdateRoleBodyInput,
    readonly actor: Principal,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(UpdateRoleCommand)
export class UpdateRoleHandler implements ICommandHandler<UpdateRoleCommand> {
  constructor(private readonly aggregates: IdentityAggregates) {}

  async execute({ roleId, body, actor, metadata }: UpdateRoleCommand): Promise<RoleDefinition> {
    if (isBuiltInRole(roleId)) throw new ProblemException(409, 'built-in-role', 'Built-in role', 'Built-in roles cannot be changed; create a custom role instead.');
    const { state } = await asProblems(async () => {
      const current = await this.aggregates.roles.load(roleId);
      if (current.state.exists) assertHolds(actor, current.state.permissions); // editing a role needs its power
      if (body.permissions) assertHolds(actor, body.permissions.filter(isPermission));
      return this.aggregates.roles.handle(roleId, { type: 'ChangeRole', data: { ...body, now: new Date().toISOString() } }, metadata);
    }).catch((err) => {
      if (err instanceof ProblemException && err.getStatus() === 409 && err.problem.type.endsWith('/conflict')) throw roleNameTaken();
      throw err;
    });
    return { key: roleId, name: state.name, description: state.description, permissions: state.permissions, mfaRequired: state.mfaRequired, builtIn: false };
  }
}
