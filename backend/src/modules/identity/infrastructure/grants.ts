import type { Principal } from '../../../platform/auth/principal.js';
import { validationProblem, ProblemException } from '../../../platform/http/problem.js';
import type { RoleCatalogue } from './role-catalogue.js';

/**
 * No escalation: an actor may give a user only roles whose every permission the actor holds, and only
 * companies the actor belongs to. Unknown roles are a 422.
 */
export async function assertCanAssign(actor: Principal, catalogue: RoleCatalogue, input: { roles?: string[]; companyIds?: string[] }): Promise<void> {
  if (input.roles) {
    const { permissions, unknown } = await catalogue.resolve(input.roles);
    if (unknown.length) throw validationProblem([{ field: 'roles', reason: `unknown roles: ${unknown.join(', ')}`, code: 'unknown_role' }]);
    const beyond = [...permissions].filter((p) => !actor.permissions.has(p));
    if (beyond.length) {
      throw new ProblemException(403, 'privilege-escalation', 'Forbidden', 'You cannot grant permissions you do not hold.', { permissions: beyond });
    }
  }
  if (input.companyIds) {
    const foreign = input.companyIds.filter((c) => !actor.companyIds.includes(c));
    if (foreign.length) throw validationProblem([{ field: 'companyIds', reason: 'you can only assign companies you belong to', code: 'foreign_company' }]);
  }
}
