/** One invalid field of a request, as the API names it (dotted path, e.g. `addresses.0.zipCode`). */
export interface FieldError {
  field: string;
  reason: string;
  code?: string;
}

/** An RFC 9457 problem document: the body of every error the API answers. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** Thrown by `unwrap` for any non-2xx answer, carrying the problem document. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }

  /** The last segment of the problem type (`.../problems/mfa-required` → `mfa-required`). */
  get slug(): string {
    return this.problem.type.split('/').pop() ?? '';
  }

  /** Errors by field path, the first reason of each. */
  fieldErrors(): Record<string, FieldError> {
    const out: Record<string, FieldError> = {};
    for (const e of this.problem.errors ?? []) out[e.field] ??= e;
    return out;
  }
}

export function isProblem(value: unknown): value is Problem {
  return !!value && typeof value === 'object' && typeof (value as Problem).status === 'number' && typeof (value as Problem).title === 'string';
}

/**
 * The body of a successful answer, typed by the caller (the views.ts alias of the route's generated response
 * type), or an `ApiProblem` for an error answer (a body that is not a problem becomes one from the status).
 */
export function unwrap<T>(result: { data?: unknown; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const error = result.error;
  if (isProblem(error)) throw new ApiProblem(error);
  throw new ApiProblem({
    type: 'about:blank',
    title: result.response.statusText || 'Error',
    status: result.response.status,
    detail: typeof error === 'string' ? error : undefined,
  });
}
