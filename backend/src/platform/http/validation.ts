import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { validationProblem, type FieldError } from './problem.js';

export const BODY_SCHEMA = 'np:body-schema';
export const QUERY_SCHEMA = 'np:query-schema';

/** JSON Schema of a zod schema for the OpenAPI document. */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const s = z.toJSONSchema(schema, { target: 'openapi-3.0', unrepresentable: 'any', io }) as Record<string, unknown>;
  delete s.$schema;
  return s;
}

/**
 * Declares the request body's schema: the validation interceptor checks it before the handler runs (a
 * bad body is a 422 problem naming each field), and the OpenAPI document shows it.
 */
export function ZodBody(schema: z.ZodType) {
  return applyDecorators(SetMetadata(BODY_SCHEMA, schema), ApiBody({ schema: jsonSchema(schema) as never }));
}

/** Same for query strings (each property becomes a documented query parameter). */
export function ZodQuery(schema: z.ZodObject) {
  const decorators: Array<MethodDecorator & ClassDecorator> = [SetMetadata(QUERY_SCHEMA, schema)];
  const js = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
  for (const [name, prop] of Object.entries(js.properties ?? {})) {
    decorators.push(ApiQuery({ name, required: js.required?.includes(name) ?? false, schema: prop as never }));
  }
  return applyDecorators(...decorators);
}

/** Documents a 200 response body from its zod schema, so the generated client is typed. */
export function ZodResponse(schema: z.ZodType) {
  return ApiOkResponse({ schema: jsonSchema(schema, 'output') as never });
}

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.'), reason: i.message, code: i.code }));
}

export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw validationProblem(toFieldErrors(r.error), where);
  return r.data;
}
