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

type JsonOk<T> = T extends { responses: { 200: { content: { 'application/json': infer R } } } } ? R : never;

/** The JSON body of an operation's 200 answer, e.g. `ResponseOf<'/api/v1/invoices/summary', 'get'>`. */
export type ResponseOf<P extends keyof paths, M extends 'get' | 'post'> = JsonOk<NonNullable<paths[P][M]>>;
/** GET /api/v1/invoices/summary: counts and amounts by status, in centavos. */
export type InvoiceSummary = ResponseOf<'/api/v1/invoices/summary', 'get'>;
/** GET /api/v1/contracts/summary: contracts by status and the MRR of the active ones, in centavos. */
export type ContractSummary = ResponseOf<'/api/v1/contracts/summary', 'get'>;

/** The JSON request body of an operation, e.g. `BodyOf<'/api/v1/customers', 'post'>`. */
export type BodyOf<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = JsonBody<NonNullable<paths[P][M]>>;
