import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiQuery, ApiResponse } from '@nestjs/swagger';
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

/**
 * Response schemas named with zod `.meta({ id })`, hoisted by `buildOpenApi` into `components.schemas` (so the
 * generated client has `components['schemas'][id]` and each shape is written once). Filled at decoration time.
 */
export const RESPONSE_COMPONENTS = new Map<string, unknown>();

const DEFINITION_REF = '#/definitions/';
function toComponentRefs(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(toComponentRefs);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === '$ref' && typeof x === 'string' && x.startsWith(DEFINITION_REF) ? `#/components/schemas/${x.slice(DEFINITION_REF.length)}` : toComponentRefs(x)]));
}

function responseSchema(schema: z.ZodType): Record<string, unknown> {
  const { definitions, ...root } = jsonSchema(schema, 'output') as Record<string, unknown> & { definitions?: Record<string, unknown> };
  for (const [id, definition] of Object.entries(definitions ?? {})) {
    const json = toComponentRefs(definition);
    const known = RESPONSE_COMPONENTS.get(id);
    if (known !== undefined && JSON.stringify(known) !== JSON.stringify(json)) throw new Error(`two different response schemas are named ${id}`);
    RESPONSE_COMPONENTS.set(id, json);
  }
  return toComponentRefs(root) as Record<string, unknown>;
}

/**
 * Documents a response body (200 unless told) from its zod schema, so the generated client is typed. Only
 * documentation: the handler's return value is sent as is (not validated, not stripped).
 */
export function ZodResponse(schema: z.ZodType, status = 200) {
  const body = responseSchema(schema) as never;
  return status === 200 ? ApiOkResponse({ schema: body }) : ApiResponse({ status, description: '', schema: body });
}

/**
 * For a route that answers JSON unless asked for a file (`?format=csv|pdf`): documents the JSON answer from its
 * zod schema and each file media type as a binary body (use it instead of `@ApiProduces`). Only documentation.
 */
export function ZodResponseOrFile(schema: z.ZodType, fileTypes: readonly string[]) {
  const file = { schema: { type: 'string', format: 'binary' } };
  return ApiOkResponse({ content: { 'application/json': { schema: responseSchema(schema) as never }, ...Object.fromEntries(fileTypes.map((type) => [type, file])) } });
}

/** True when A and B are mutually assignable: `responseMatches<SameShape<z.infer<typeof S>, View>>()` fails the build when a response schema drifts from its view. */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const responseMatches = <T extends true>(): T | undefined => undefined;
/** What controller method M of C answers (its awaited return type): `SameShape<z.infer<typeof S>, RouteAnswer<Controller, 'get'>>`. */
export type RouteAnswer<C, M extends keyof C> = C[M] extends (...args: never[]) => infer R ? Awaited<R> : never;

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.'), reason: i.message, code: i.code }));
}

export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw validationProblem(toFieldErrors(r.error), where);
  return r.data;
}
