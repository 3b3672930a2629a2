import type { TestServer } from './test-server.js';
import { bearer } from './auth.js';

/* Small helpers the module e2e specs share (each spec starts its own server in beforeAll: pass getters). */

/** A customer's installation address that passes validation (CEP of Belo Horizonte's centre). */
export const INSTALLATION_ADDRESS = { type: 'installation', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', district: 'Centro', city: 'Belo Horizonte', state: 'MG' };

/** POST/GET as one staff token. */
export function staffCalls(server: () => TestServer, token: () => string) {
  return {
    post: (path: string, json?: unknown) => server().request(path, { method: 'POST', headers: bearer(token()), ...(json !== undefined ? { json } : {}) }),
    get: (path: string) => server().request(path, { headers: bearer(token()) }),
  };
}

/** Polls `fn` every 50 ms until `ok`, or fails naming what it waited for and the last value. */
export async function until<T>(what: string, fn: () => T | Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}: ${JSON.stringify(v).slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
