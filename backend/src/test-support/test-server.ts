import { Writable } from 'node:stream';
import type { Type } from '@nestjs/common';
import { freshPostgres, serverUrl, type TestDatabase } from '../../../packages/event-store/src/test-support/databases.js';
import { loadConfig, type Config } from '../platform/config/config.js';
import { createLogger } from '../platform/logging/logger.js';
import { createServer, type Role, type RunningServer } from '../server.js';
import { TEST_ADMIN } from './test-admin.js';

export interface TestServer {
  url: string;
  server: RunningServer;
  config: Config;
  /** Every log line the server wrote (JSON strings), for tests that check what reaches the logs. */
  logs: string[];
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<{ status: number; headers: Headers; body: any; text: string }>;
  close(): Promise<void>;
}

/**
 * The whole backend over real HTTP on a random port: PostgreSQL (a fresh database) when DATABASE_URL is
 * set, otherwise an in-memory PGlite. The web app is not mounted (browser tests start their own server).
 */
export async function startTestServer(options: { env?: Record<string, string>; role?: Role; extraModules?: Type[] } = {}): Promise<TestServer> {
  let pg: TestDatabase | null = null;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    NETPROVIDER_DATA_DIR: ':memory:',
    NETPROVIDER_MASTER_KEY: 'ab'.repeat(32),
    JWT_SECRET: 'test-secret-test-secret-test-secret-123',
    NETPROVIDER_WEB: 'off',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '100000',
    // a known first admin (see auth.ts); without these the server prints a generated password banner
    NETPROVIDER_ADMIN_EMAIL: TEST_ADMIN.email,
    NETPROVIDER_ADMIN_PASSWORD: TEST_ADMIN.password,
    ...options.env,
  };
  if (serverUrl() && !env.DATABASE_URL) {
    pg = await freshPostgres();
    await pg.db.close(); // the server opens its own pool
    env.DATABASE_URL = pg.url!;
  }
  const config = loadConfig(env);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  const logger = createLogger(config.LOG_LEVEL, sink);
  const server = await createServer({ config, logger, role: options.role ?? 'all', web: false, extraModules: options.extraModules });
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    server,
    config,
    logs,
    async request(path, init = {}) {
      const headers = new Headers(init.headers);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(init.json);
      }
      const res = await fetch(url + path, { ...init, headers, body });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        /* not JSON */
      }
      return { status: res.status, headers: res.headers, body: parsed, text };
    },
    async close() {
      await server.close();
      if (pg) await pg.drop();
    },
  };
}
