import { Inject, Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { Reflector } from '@nestjs/core';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../database/tokens.js';
import type { RequestWithPrincipal } from '../auth/principal.js';
import { ProblemException } from './problem.js';
import { toProblem } from './problem.filter.js';

const KEY_PATTERN = /^[A-Za-z0-9_.:\-]{8,128}$/;
const SECRET_RESPONSE = 'np:secret-response';

/**
 * For routes whose answer carries credentials (tokens, TOTP secrets, recovery codes): such an answer is
 * never stored, so these routes ignore Idempotency-Key (a retry simply runs again, which is safe for them).
 */
export const SecretResponse = () => SetMetadata(SECRET_RESPONSE, true);

/**
 * `Idempotency-Key` on POST: the first request with a key runs and its answer is stored; a repeat with the
 * same key and the same body gets that stored answer and has no second effect; the same key with another
 * body is a 422. Keys are scoped to the caller. A request still running under the same key is a 409.
 * A 5xx answer is not stored, so the client may retry it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const key = req.header('idempotency-key');
    if (req.method !== 'POST' || key === undefined) return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(SECRET_RESPONSE, [context.getHandler(), context.getClass()])) return next.handle();
    return from(this.run(context, next, req, key));
  }

  private async run(context: ExecutionContext, next: CallHandler, req: RequestWithPrincipal, key: string): Promise<unknown> {
    if (!KEY_PATTERN.test(key)) {
      throw new ProblemException(400, 'bad-idempotency-key', 'Invalid Idempotency-Key', 'Use 8 to 128 characters: letters, digits, _ . : -', {
        errors: [{ field: 'Idempotency-Key', reason: 'must be 8-128 characters of [A-Za-z0-9_.:-]' }],
      });
    }
    const res = context.switchToHttp().getResponse<Response>();
    const principal = req.principal ? `${req.principal.kind}:${req.principal.id}` : `anon:${req.ip ?? ''}`;
    const hash = createHash('sha256')
      .update(req.method + ' ' + req.originalUrl.split('?')[0] + '\n' + stableJson(req.body ?? null))
      .digest('hex');

    const inserted = await this.db.query(
      `INSERT INTO http_idempotency (principal, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [principal, key, hash],
    );
    if (inserted.rowCount === 0) {
      const r = await this.db.query<{ request_hash: string; status_code: number | null; response: unknown }>(
        'SELECT request_hash, status_code, response FROM http_idempotency WHERE principal = $1 AND key = $2',
        [principal, key],
      );
      const prior = r.rows[0]!;
      if (prior.request_hash !== hash) {
        throw new ProblemException(422, 'idempotency-key-reused', 'Idempotency-Key reused with a different request',
          'This Idempotency-Key was already used for a different request body or path.', {
            errors: [{ field: 'Idempotency-Key', reason: 'already used with a different request' }],
          });
      }
      if (prior.status_code === null) {
        throw new ProblemException(409, 'idempotency-key-in-progress', 'Request in progress', 'A request with this Idempotency-Key is still being processed.');
      }
      res.setHeader('Idempotent-Replayed', 'true');
      res.status(prior.status_code);
      if (prior.status_code >= 400) res.type('application/problem+json');
      return prior.response;
    }

    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.db.query(
        `UPDATE http_idempotency SET status_code = $3, response = $4::jsonb, completed_at = now() WHERE principal = $1 AND key = $2`,
        [principal, key, res.statusCode, JSON.stringify(body ?? null)],
      );
      return body;
    } catch (err) {
      const problem = toProblem(err);
      if (problem.status >= 500) {
        await this.db.query('DELETE FROM http_idempotency WHERE principal = $1 AND key = $2', [principal, key]);
      } else {
        await this.db.query(
          `UPDATE http_idempotency SET status_code = $3, response = $4::jsonb, completed_at = now() WHERE principal = $1 AND key = $2`,
          [principal, key, problem.status, JSON.stringify(problem)],
        );
      }
      throw err;
    }
  }
}

/** JSON with sorted keys, so the same body in another key order is the same request. */
export function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return '[' + v.map(stableJson).join(',') + ']';
  return '{' + Object.keys(v as object).sort().map((k) => JSON.stringify(k) + ':' + stableJson((v as Record<string, unknown>)[k])).join(',') + '}';
}
