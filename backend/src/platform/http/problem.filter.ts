import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { ConcurrencyError } from '@netprovider/event-store';
import { PROBLEM_BASE, type ProblemBody } from './problem.js';

const TITLES: Record<number, string> = {
  400: 'Bad request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed',
  409: 'Conflict', 413: 'Payload too large', 415: 'Unsupported media type', 422: 'Invalid request',
  429: 'Too many requests', 500: 'Internal server error', 503: 'Service unavailable',
};
const SLUGS: Record<number, string> = {
  400: 'bad-request', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 405: 'method-not-allowed',
  409: 'conflict', 413: 'payload-too-large', 415: 'unsupported-media-type', 422: 'validation', 429: 'rate-limited',
  500: 'internal', 503: 'unavailable',
};

/** Turns anything thrown into an RFC 9457 problem+json answer; never leaks internals on a 500. */
export function toProblem(err: unknown, instance?: string): ProblemBody {
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const body = err.getResponse();
    if (typeof body === 'object' && body && 'type' in body && 'title' in body) return { ...(body as ProblemBody), instance };
    const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
    return {
      type: PROBLEM_BASE + (SLUGS[status] ?? 'error'),
      title: TITLES[status] ?? 'Error',
      status,
      detail: Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined,
      instance,
    };
  }
  if (err instanceof ConcurrencyError) {
    return {
      type: PROBLEM_BASE + 'concurrency-conflict',
      title: 'The record was changed by someone else',
      status: 409,
      detail: 'Reload it and try again.',
      instance,
    };
  }
  const e = err as { type?: string; status?: number; statusCode?: number; message?: string };
  // body-parser errors (malformed JSON, too large, bad charset) carry their HTTP status
  if (e && typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    const status = e.status;
    const detail = e.type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : e.type === 'entity.too.large' ? 'The request body is too large.' : e.message;
    return { type: PROBLEM_BASE + (SLUGS[status] ?? 'bad-request'), title: TITLES[status] ?? 'Bad request', status, detail, instance };
  }
  return { type: PROBLEM_BASE + 'internal', title: TITLES[500]!, status: 500, detail: 'An unexpected error occurred. It was logged.', instance };
}

export function sendProblem(res: Response, problem: ProblemBody): void {
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(err: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const problem = toProblem(err, req?.originalUrl?.split('?')[0]);
    if (problem.status >= 500) this.logger.error({ err, reqId: (req as { id?: unknown })?.id }, 'request failed');
    if (res.headersSent) return;
    sendProblem(res, problem);
  }
}
