import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { paths, operations } from './schema.js';
export * from './views.js';
export * from './problem.js';

export type ApiClient = Client<paths>;

/** A typed client for the NetProvider API: paths, parameters and bodies are checked against the spec. */
export function createApiClient(options: ClientOptions = {}): ApiClient {
  return createClient<paths>({ baseUrl: '', ...options });
}
