import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { paths, operations } from './schema';
export * from './views';
export * from './problem';

export type ApiClient = Client<paths>;

/** A typed client for the NetProvider API: paths, parameters and bodies are checked against the spec. */
export function createApiClient(options: ClientOptions = {}): ApiClient {
  return createClient<paths>({ baseUrl: '', ...options });
}

type JsonBody<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The JSON request body of an operation, e.g. `BodyOf<'/api/v1/customers', 'post'>`. */
export type BodyOf<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = JsonBody<NonNullable<paths[P][M]>>;
