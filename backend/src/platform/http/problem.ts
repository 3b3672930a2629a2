import { HttpException } from '@nestjs/common';

export const PROBLEM_BASE = 'https://netprovider.dev/problems/';

export interface FieldError {
  /** Dotted path of the offending field in the request, e.g. `addresses.0.zipCode`. */
  field: string;
  reason: string;
  code?: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** An RFC 9457 problem: what every error response of the API is. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    slug: string,
    title: string,
    detail?: string,
    extensions: Record<string, unknown> = {},
  ) {
    super({ type: PROBLEM_BASE + slug, title, status, ...(detail ? { detail } : {}), ...extensions } satisfies ProblemBody, status);
  }

  get problem(): ProblemBody {
    return this.getResponse() as ProblemBody;
  }
}

export function validationProblem(errors: FieldError[], where = 'request body'): ProblemException {
  const first = errors[0];
  return new ProblemException(
    422,
    'validation',
    'Invalid request',
    first ? `${where}: ${first.field || '(root)'} ${first.reason}` : `${where} is invalid`,
    { errors },
  );
}
