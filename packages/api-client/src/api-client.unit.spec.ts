import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, SCHEMA_FILE } from '../scripts/generate.mjs';
import { ApiProblem, createApiClient, unwrap } from './index';

describe('the generated client', () => {
  it('is what backend/openapi.json generates (run `npm run api-client` after changing the spec)', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const generated: string = await render();
    expect(committed === generated, 'packages/api-client/src/schema.ts is stale: run `npm run api-client`').toBe(true);
  });

  it('sends typed requests and turns problem+json answers into ApiProblem with field errors', async () => {
    const seen: Request[] = [];
    const api = createApiClient({
      baseUrl: 'http://api.test',
      fetch: async (req: Request) => {
        seen.push(req);
        return new Response(
          JSON.stringify({ type: 'https://netprovider.dev/problems/validation', title: 'Invalid request', status: 422, errors: [{ field: 'document', reason: 'invalid check digit', code: 'customer.invalid-document' }] }),
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        );
      },
    });
    const result = await api.POST('/api/v1/customers', { body: { kind: 'PF', name: 'Ana', document: '111.111.111-11' } });
    expect(seen[0]!.url).toBe('http://api.test/api/v1/customers');
    let thrown: unknown;
    try {
      unwrap(result);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ApiProblem);
    const problem = thrown as ApiProblem;
    expect(problem.status).toBe(422);
    expect(problem.slug).toBe('validation');
    expect(problem.fieldErrors().document?.code).toBe('customer.invalid-document');
  });

  it('makes a problem from a non-problem error answer', () => {
    expect(() => unwrap({ error: 'boom', response: new Response('boom', { status: 502, statusText: 'Bad Gateway' }) })).toThrow(ApiProblem);
  });
});
