import { ConcurrencyError } from '@netprovider/event-store';
import { ProblemException } from './problem.js';

interface DomainErrorLike {
  name: 'DomainError';
  code: string;
  message: string;
  details: Record<string, unknown>;
}

const isDomainError = (err: unknown): err is DomainErrorLike => (err as { name?: unknown })?.name === 'DomainError';

/**
 * Business refusals as problems: a rule about a request field → 422 naming it, not found → 404, any other
 * rule (state conflicts, illegal transitions) → 409 with the code and details.
 */
export function domainProblem(err: unknown): unknown {
  if (err instanceof ConcurrencyError) {
    return new ProblemException(409, 'concurrent-change', 'Concurrent change', 'Someone else changed this record at the same time; reload and retry.');
  }
  if (!isDomainError(err)) return err;
  const { field, reason, ...rest } = err.details;
  if (typeof field === 'string') {
    return new ProblemException(422, 'validation', 'Invalid request', `${field} ${typeof reason === 'string' ? reason : 'is invalid'}`, {
      code: err.code,
      errors: [{ field, reason: typeof reason === 'string' ? reason : err.code, code: err.code }],
    });
  }
  if (err.code.endsWith('.not-found')) return new ProblemException(404, err.code.replace('.', '-'), 'Not found', undefined, { code: err.code, ...rest });
  return new ProblemException(409, err.code.replace('.', '-'), 'Refused', err.message !== err.code ? err.message : err.code, { code: err.code, ...rest });
}

export async function asProblems<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw domainProblem(err);
  }
}

export const notFound = (what: string, id: string) => new ProblemException(404, 'not-found', 'Not found', `${what} ${id} not found.`, { id });

/** A 404 that says nothing about what was asked for: the customer area answers it for anything not the caller's. */
export const notFoundForCaller = (what: string) => new ProblemException(404, 'not-found', 'Not found', `${what} not found.`);
