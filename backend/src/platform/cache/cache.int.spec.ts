import { afterAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { MemoryCache, RedisCache, type Cache } from './cache.js';

/**
 * The same contract on both implementations. Redis runs when the test runner found one (TEST_REDIS_URL,
 * set by `npm test` when 127.0.0.1:6379 answers); otherwise only the in-memory cache is exercised.
 */
const redisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL;
const caches: Array<[string, () => Cache]> = [['memory', () => new MemoryCache()]];
if (redisUrl) caches.push(['redis', () => new RedisCache(redisUrl)]);
const opened: Cache[] = [];
afterAll(async () => {
  for (const c of opened) await c.close();
});

describe.each(caches)('%s cache', (_name, make) => {
  const cache = make();
  opened.push(cache);
  const k = () => `test:${randomUUID()}`;

  it('stores, expires and deletes values', async () => {
    const key = k();
    expect(await cache.get(key)).toBeNull();
    await cache.set(key, 'v1', 60_000);
    expect(await cache.get(key)).toBe('v1');
    await cache.del(key);
    expect(await cache.get(key)).toBeNull();
    const short = k();
    await cache.set(short, 'gone soon', 50);
    await new Promise((r) => setTimeout(r, 120));
    expect(await cache.get(short)).toBeNull();
  });

  it('counts atomically under concurrency and starts over after the window', async () => {
    const key = k();
    const results = await Promise.all(Array.from({ length: 50 }, () => cache.incr(key, 200)));
    expect(results.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    await new Promise((r) => setTimeout(r, 300));
    expect(await cache.incr(key, 200)).toBe(1);
    expect(await cache.ping()).toBe(true);
  });
});

describe('rate limiting through the API', () => {
  it('answers 429 problem+json with Retry-After once the per-minute budget is spent', async () => {
    const { startTestServer } = await import('../../test-support/test-server.js');
    const t = await startTestServer({ env: { RATE_LIMIT_PER_MINUTE: '5', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await t.request('/api/v1/nothing')).status);
      expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
      const limited = await t.request('/api/v1/nothing');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(limited.body.type).toMatch(/rate-limited$/);
      expect((await t.request('/api/health')).status).toBe(200); // probes are exempt
      const ready = await t.request('/api/ready');
      expect(ready.body.checks.cache).toBe(redisUrl ? 'ok' : 'not-configured');
    } finally {
      await t.close();
    }
  });
});
