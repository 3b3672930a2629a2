import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { IdentityAggregates } from '../../infrastructure/aggregates.js';
import { asProblems } from '../../infrastructure/http-errors.js';
import { isPermission, type RoleDefinition } from '../../domain/permissions.js';
import type { CreateRoleBodyInput } from './create-role.request.dto.js';

export class CreateRoleCommand extends Command<RoleDefinition> {
  constructor(
    readonly body: CreateRoleBodyInput,
    readonly actor: Principal,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** A role is only as strong as its author: nobody can put a permission they lack into a role. */
export function assertHolds(actor: Principal, permissions: readonly string[]): void {
  const beyond = permissions.filter((p) => !actor.permissions.has(p));
  if (beyond.length) throw new ProblemException(403, 'privilege-escalation', 'Forbidden', 'You cannot grant permissions you do not hold.', { permissions: beyond });
}

export const roleNameTaken = () =>
  new ProblemException(409, 'role-name-taken', 'Role name in use', 'Another role has this name.', { errors: [{ field: 'name', reason: 'is already in use' }] });

@CommandHandler(CreateRoleCommand)
export class CreateRoleHandler implements ICommandHandler<CreateRoleCommand> {
  constructor(private readonly aggregates: IdentityAggregates) {}

  async execute({ body, actor, metadata }: CreateRoleCommand): Promise<RoleDefinition> {
    const roleId = randomUUID();
    const { state } = await asProblems(async () => {
      assertHolds(actor, body.permissions.filter(isPermission));
      return this.aggregates.roles.handle(roleId, { type: 'CreateRole', data: { roleId, ...body, now: new Date().toISOString() } }, metadata);
    }).catch((err) => {
      if (err instanceof ProblemException && err.getStatus() === 409 && err.problem.type.endsWith('/conflict')) throw roleNameTaken();
      throw err;
    });
    return { key: roleId, name: state.name, description: state.description, permissions: state.permissions, mfaRequired: state.mfaRequired, builtIn: false };
  }
}
