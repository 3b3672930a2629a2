import { ProblemException } from '../../../platform/http/problem.js';
import { DomainError } from '../domain/errors.js';

const UNPROCESSABLE = new Set(['user.needs-a-role', 'user.needs-a-company', 'role.unknown-permission', 'role.name-reserved', 'role.needs-a-permission', 'user.cannot-disable-self']);

/** Business refusals as problems: not found → 404, a rule about the request → 422, a state conflict → 409. */
export function domainProblem(err: unknown): unknown {
  if (!(err instanceof DomainError)) {
    if ((err as { code?: string })?.code === '23505') {
      return new ProblemException(409, 'conflict', 'Conflict', 'A record with this unique value already exists.');
    }
    return err;
  }
  const status = err.code.endsWith('.not-found') ? 404 : UNPROCESSABLE.has(err.code) ? 422 : 409;
  return new ProblemException(status, err.code.replace('.', '-'), status === 404 ? 'Not found' : 'Refused', err.message !== err.code ? err.message : undefined, {
    code: err.code,
    ...err.details,
  });
}

/** Runs a handler body, translating domain errors into problems. */
export async function asProblems<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw domainProblem(err);
  }
}

export const notFound = (what: string) => new ProblemException(404, 'not-found', 'Not found', `${what} not found.`);
