import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { authFetch, onSessionExpired, readSession, saveSession, sessionExpired } from './session';

/*
 * The token lifecycle without a browser: a Map-backed localStorage on a stub window, and a fake API that
 * answers /auth/refresh by rotating tokens and other routes by checking the bearer.
 */
class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

let valid = new Set<string>();
let refreshCalls = 0;
let refreshAccepts = true;
const seenAuth: string[] = [];

function fakeApi(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  // the app calls /api/v1/auth/refresh relative to its origin
  const req = input instanceof Request ? input : new Request(new URL(String(input), 'http://app.test'), init);
  const url = new URL(req.url);
  if (url.pathname === '/api/v1/auth/refresh') {
    refreshCalls++;
    if (!refreshAccepts) return Promise.resolve(new Response('{"status":401,"title":"x","type":"t"}', { status: 401 }));
    const access = `access-${refreshCalls}`;
    valid.add(access);
    return Promise.resolve(Response.json({ accessToken: access, refreshToken: `refresh-${refreshCalls}`, tokenType: 'Bearer', expiresIn: 900 }));
  }
  const auth = req.headers.get('authorization') ?? '';
  seenAuth.push(auth);
  return Promise.resolve(valid.has(auth.replace('Bearer ', '')) ? Response.json({ ok: true }) : new Response('{}', { status: 401 }));
}

const call = (path = '/api/v1/auth/me') => authFetch('staff')(new Request(`http://app.test${path}`));

beforeEach(() => {
  vi.stubGlobal('window', { localStorage: new MemoryStorage(), addEventListener() {}, removeEventListener() {} });
  vi.stubGlobal('fetch', vi.fn(fakeApi));
  valid = new Set(['access-0']);
  refreshCalls = 0;
  refreshAccepts = true;
  seenAuth.length = 0;
});
afterEach(() => vi.unstubAllGlobals());

describe('staff session', () => {
  it('sends the access token while it is fresh', async () => {
    saveSession('staff', { accessToken: 'access-0', refreshToken: 'refresh-0', tokenType: 'Bearer', expiresIn: 900 });
    expect((await call()).status).toBe(200);
    expect(seenAuth).toEqual(['Bearer access-0']);
    expect(refreshCalls).toBe(0);
  });

  it('refreshes before the request when the token is about to expire, once for concurrent requests', async () => {
    saveSession('staff', { accessToken: 'access-0', refreshToken: 'refresh-0', tokenType: 'Bearer', expiresIn: 10 });
    const answers = await Promise.all([call(), call(), call()]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(refreshCalls).toBe(1);
    expect(seenAuth).toEqual(['Bearer access-1', 'Bearer access-1', 'Bearer access-1']);
    expect(readSession('staff')?.refreshToken).toBe('refresh-1');
  });

  it('on a 401 refreshes once and retries the request with the new token', async () => {
    saveSession('staff', { accessToken: 'revoked', refreshToken: 'refresh-0', tokenType: 'Bearer', expiresIn: 900 });
    const r = await authFetch('staff')(new Request('http://app.test/api/v1/customers', { method: 'POST', body: '{"name":"x"}' }));
    expect(r.status).toBe(200);
    expect(seenAuth).toEqual(['Bearer revoked', 'Bearer access-1']);
  });

  it('ends the session when the refresh is refused, without sending the request unauthenticated', async () => {
    const ended: string[] = [];
    const off = onSessionExpired((a) => ended.push(a));
    saveSession('staff', { accessToken: 'access-0', refreshToken: 'refresh-0', tokenType: 'Bearer', expiresIn: 5 });
    refreshAccepts = false;
    const r = await call();
    off();
    expect(r.status).toBe(401);
    expect(seenAuth).toEqual([]);
    expect(readSession('staff')).toBeNull();
    expect(ended).toEqual(['staff']);
    expect(sessionExpired('staff')).toBe(true);
    saveSession('staff', { accessToken: 'access-0', refreshToken: 'refresh-0', tokenType: 'Bearer', expiresIn: 900 });
    expect(sessionExpired('staff')).toBe(false);
  });

  it('leaves the public auth routes alone', async () => {
    saveSession('staff', { accessToken: 'access-0', refreshToken: 'refresh-0', tokenType: 'Bearer', expiresIn: 5 });
    await call('/api/v1/auth/login');
    expect(refreshCalls).toBe(0);
    expect(seenAuth).toEqual(['']);
  });
});
