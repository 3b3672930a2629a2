import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Body, Controller, Get, Inject, Module, Post } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from './database/tokens.js';
import { Public } from './auth/permissions.js';
import { ZodBody } from './http/validation.js';
import { buildOpenApi } from './openapi/openapi.js';
import { OPENAPI_FILE } from './openapi/write-openapi.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const NoteBody = z.object({ text: z.string().min(1, 'must not be empty'), amountCents: z.number().int('must be whole centavos').min(0) });

/** A probe with a real effect (an event per call) to observe validation, idempotency and access rules. */
@Controller('v1/probe')
class ProbeController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Post('notes')
  @Public()
  @ZodBody(NoteBody)
  async create(@Body() body: z.infer<typeof NoteBody>) {
    const id = randomUUID();
    await this.store.append(`probe-${id}`, [{ type: 'NoteWritten', data: body }], { expectedVersion: 'no_stream' });
    return { id };
  }

  @Get('notes/count')
  @Public()
  async count() {
    const r = await this.store.db.query<{ c: string }>("SELECT count(*) AS c FROM es_events WHERE type = 'NoteWritten'");
    return { count: Number(r.rows[0]!.c) };
  }

  @Get('undeclared')
  undeclared() {
    return { leaked: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ extraModules: [ProbeModule] });
});
afterAll(async () => t?.close());

describe('platform over HTTP', () => {
  it('answers liveness and readiness', async () => {
    expect((await t.request('/api/health')).body).toEqual({ status: 'ok' });
    const ready = await t.request('/api/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', checks: { database: 'ok', cache: 'not-configured', kafka: 'not-configured' } });
  });

  it('answers every error as RFC 9457 problem+json', async () => {
    const missing = await t.request('/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ type: expect.stringMatching(/\/problems\/not-found$/), title: 'Not found', status: 404 });

    const malformed = await t.request('/api/v1/probe/notes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(malformed.body.detail).toMatch(/not valid JSON/);
  });

  it('rejects an invalid body with 422 naming each field and its reason', async () => {
    const r = await t.request('/api/v1/probe/notes', { method: 'POST', json: { text: '', amountCents: 10.5 } });
    expect(r.status).toBe(422);
    expect(r.body.type).toMatch(/\/problems\/validation$/);
    expect(r.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'text', reason: 'must not be empty' }),
        expect.objectContaining({ field: 'amountCents', reason: 'must be whole centavos' }),
      ]),
    );
    const wrongType = await t.request('/api/v1/probe/notes', { method: 'POST', json: { text: 'x' } });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.errors[0].field).toBe('amountCents');
  });

  it('replays the first answer for a repeated Idempotency-Key and refuses the key with another body', async () => {
    const before = (await t.request('/api/v1/probe/notes/count')).body.count;
    const key = `key-${randomUUID()}`;
    const first = await t.request('/api/v1/probe/notes', { method: 'POST', json: { text: 'troca de plano', amountCents: 100 }, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    const again = await t.request('/api/v1/probe/notes', { method: 'POST', json: { amountCents: 100, text: 'troca de plano' }, headers: { 'idempotency-key': key } });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await t.request('/api/v1/probe/notes/count')).body.count).toBe(before + 1); // no second effect

    const other = await t.request('/api/v1/probe/notes', { method: 'POST', json: { text: 'outra', amountCents: 1 }, headers: { 'idempotency-key': key } });
    expect(other.status).toBe(422);
    expect(other.body.type).toMatch(/idempotency-key-reused$/);
    expect((await t.request('/api/v1/probe/notes/count')).body.count).toBe(before + 1);

    // without a key, each POST has its effect
    await t.request('/api/v1/probe/notes', { method: 'POST', json: { text: 'a', amountCents: 1 } });
    await t.request('/api/v1/probe/notes', { method: 'POST', json: { text: 'a', amountCents: 1 } });
    expect((await t.request('/api/v1/probe/notes/count')).body.count).toBe(before + 3);
    const badKey = await t.request('/api/v1/probe/notes', { method: 'POST', json: { text: 'a', amountCents: 1 }, headers: { 'idempotency-key': 'x' } });
    expect(badKey.status).toBe(400);
  });

  it('denies a route that declares no access rule', async () => {
    const r = await t.request('/api/v1/probe/undeclared');
    expect(r.status).toBe(403);
    expect(r.body.leaked).toBeUndefined();
  });

  it('limits the body size, sets security headers and request/correlation ids', async () => {
    const big = await t.request('/api/v1/probe/notes', { method: 'POST', json: { text: 'x'.repeat(1_200_000), amountCents: 1 } });
    expect(big.status).toBe(413);
    expect(big.body.type).toMatch(/payload-too-large$/);
    const r = await t.request('/api/health', { headers: { 'x-request-id': 'req-123', 'x-correlation-id': 'corr-456' } });
    expect(r.headers.get('x-request-id')).toBe('req-123');
    expect(r.headers.get('x-correlation-id')).toBe('corr-456');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-powered-by')).toBeNull();
  });

  it('exposes Prometheus metrics: HTTP latency, appended events, processor lag', async () => {
    const m = await t.request('/api/metrics');
    expect(m.status).toBe(200);
    expect(m.text).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/api\/v1\/probe\/notes"/);
    expect(m.text).toMatch(/eventstore_events_appended_total [1-9]/);
    expect(m.text).toMatch(/processor_lag_events\{processor="outbox"/);
  });

  it('writes JSON log lines with request ids and never the request body', async () => {
    await t.request('/api/v1/probe/notes', { method: 'POST', json: { text: 'segredo-no-corpo', amountCents: 5 } });
    const line = t.logs.map((l) => JSON.parse(l)).find((l) => l.req?.url === '/api/v1/probe/notes');
    expect(line).toMatchObject({ level: 'info', req: { id: expect.any(String), method: 'POST' } });
    expect(t.logs.join('\n')).not.toContain('segredo-no-corpo');
  });
});

describe('OpenAPI', () => {
  it('serves the spec at /api/docs and the committed backend/openapi.json matches the code', async () => {
    expect((await t.request('/api/docs')).status).toBe(200);
    const clean = await startTestServer({ role: 'api' });
    try {
      const generated = JSON.stringify(buildOpenApi(clean.server.app!), null, 2) + '\n';
      const committed = readFileSync(OPENAPI_FILE, 'utf8');
      expect(committed, 'backend/openapi.json is stale: run `npm run openapi`').toBe(generated);
    } finally {
      await clean.close();
    }
  });
});
