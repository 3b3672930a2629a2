import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import type { z } from 'zod';
import { BODY_SCHEMA, QUERY_SCHEMA, parseOrThrow } from './validation.js';

/** Replaces req.body / req.query with their parsed, typed values, or answers 422 before the handler runs. */
@Injectable()
export class ValidationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const targets = [context.getHandler(), context.getClass()];
    const body = this.reflector.getAllAndOverride<z.ZodType | undefined>(BODY_SCHEMA, targets);
    const query = this.reflector.getAllAndOverride<z.ZodType | undefined>(QUERY_SCHEMA, targets);
    if (body) req.body = parseOrThrow(body, req.body ?? {}, 'request body');
    if (query) {
      const parsed = parseOrThrow(query, { ...req.query }, 'query string');
      Object.defineProperty(req, 'query', { value: parsed, writable: true, configurable: true });
    }
    return next.handle();
  }
}
