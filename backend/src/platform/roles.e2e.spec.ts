import { describe, expect, it } from 'vitest';
import { startTestServer } from '../test-support/test-server.js';

describe('process roles', () => {
  it('a worker serves only its probes and metrics, and runs the processors', async () => {
    const t = await startTestServer({ role: 'worker' });
    try {
      expect((await t.request('/api/health')).status).toBe(200);
      expect((await t.request('/api/ready')).status).toBe(200);
      expect((await t.request('/api/metrics')).status).toBe(200);
      const api = await t.request('/api/docs/openapi.json');
      expect(api.status).toBe(404);
      const v1 = await t.request('/api/v1/auth/me');
      expect(v1.status).toBe(404);
      expect(v1.body.detail).toMatch(/worker role/);
      const { PROCESSOR_RUNNER } = await import('./database/tokens.js');
      const runner = t.server.app!.get(PROCESSOR_RUNNER);
      expect(runner.status().map((s: { state: string }) => s.state)).not.toContain('stopped');
    } finally {
      await t.close();
    }
  });

  it('an api process serves the API and leaves processors to workers', async () => {
    const t = await startTestServer({ role: 'api' });
    try {
      expect((await t.request('/api/docs/openapi.json')).status).toBe(200);
      const { PROCESSOR_RUNNER } = await import('./database/tokens.js');
      const runner = t.server.app!.get(PROCESSOR_RUNNER);
      expect(runner.status().every((s: { state: string }) => s.state === 'stopped')).toBe(true);
    } finally {
      await t.close();
    }
  });
});
