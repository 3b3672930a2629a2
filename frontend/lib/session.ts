/*
 * Sessions of the two audiences (staff, subscribers): the identity API's access token (15 min) and its
 * rotating refresh token (30 days). Kept in localStorage so tabs share one session; a refresh runs under a
 * Web Lock so two tabs never present the same refresh token (the API would take it as stolen and revoke
 * the session). An access token about to expire is refreshed before the request; a 401 refreshes once and
 * retries; a refused refresh ends the session and sends the user back to the login page.
 */
import type { TokenPair } from '@netprovider/api-client';

export type Audience = 'staff' | 'portal';

export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** epoch ms */
  expiresAt: number;
  /** Staff token restricted to MFA enrolment. */
  mfaPending?: boolean;
}

const KEY: Record<Audience, string> = { staff: 'netprovider.session.staff', portal: 'netprovider.session.portal' };
const REFRESH_MARGIN_MS = 30_000;
const listeners = new Set<() => void>();
const expiredListeners = new Set<(audience: Audience) => void>();

/** Audiences whose session ended because the API refused the refresh (cleared by the next login). */
const expired: Partial<Record<Audience, boolean>> = {};

/** Whether this tab's session of `audience` ended by expiry (to say so on the login page). */
export function sessionExpired(audience: Audience): boolean {
  return !!expired[audience];
}

const storage = (): Storage | null => (typeof window === 'undefined' ? null : window.localStorage);

export function readSession(audience: Audience): StoredSession | null {
  const raw = storage()?.getItem(KEY[audience]);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StoredSession;
  } catch {
    return null;
  }
}

export function saveSession(audience: Audience, pair: TokenPair, extra: { mfaPending?: boolean } = {}, now = Date.now()): StoredSession {
  const s: StoredSession = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: now + pair.expiresIn * 1000, ...extra };
  storage()?.setItem(KEY[audience], JSON.stringify(s));
  expired[audience] = false;
  notify();
  return s;
}

export function clearSession(audience: Audience): void {
  storage()?.removeItem(KEY[audience]);
  notify();
}

function notify() {
  for (const l of listeners) l();
}

/** For useSyncExternalStore: fires on changes in this tab and in others (storage event). */
export function subscribeSessions(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (!e.key || Object.values(KEY).includes(e.key)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function onSessionExpired(listener: (audience: Audience) => void): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

async function withRefreshLock<T>(audience: Audience, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  return locks ? (locks.request(`netprovider-refresh-${audience}`, fn) as Promise<T>) : fn();
}

const inFlight: Partial<Record<Audience, Promise<StoredSession | null>>> = {};

/**
 * Exchanges the refresh token for a new pair. `seen` is the session the caller used: if another tab (or
 * call) already rotated it, the newer one is returned without asking the API again.
 */
export function refreshSession(audience: Audience, seen: StoredSession): Promise<StoredSession | null> {
  inFlight[audience] ??= withRefreshLock(audience, async () => {
    const current = readSession(audience);
    if (!current) return null;
    if (current.refreshToken !== seen.refreshToken) return current;
    let res: Response;
    try {
      res = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken: current.refreshToken }),
      });
    } catch {
      return current; // network failure: keep the session, the request fails visibly
    }
    if (!res.ok) {
      expired[audience] = true;
      clearSession(audience);
      for (const l of expiredListeners) l(audience);
      return null;
    }
    const body = (await res.json()) as TokenPair & { mfaEnrollmentRequired?: boolean };
    return saveSession(audience, body, body.mfaEnrollmentRequired ? { mfaPending: true } : {});
  }).finally(() => {
    delete inFlight[audience];
  });
  return inFlight[audience]!;
}

const PUBLIC_AUTH = /\/api\/v1\/(portal\/)?auth\/(login|refresh|first-access|password-reset)/;

/** A fetch for openapi-fetch that authenticates as `audience`, refreshing when needed. */
export function authFetch(audience: Audience): (input: Request) => Promise<Response> {
  return async (request: Request) => {
    if (PUBLIC_AUTH.test(request.url)) return fetch(request);
    const retry = request.clone();
    let session = readSession(audience);
    if (session && session.expiresAt - REFRESH_MARGIN_MS < Date.now()) {
      session = await refreshSession(audience, session);
      // the session just ended: asking the API without a token would only add a second 401
      if (!session) return sessionExpiredResponse();
    }
    const res = await fetch(withToken(request, session));
    if (res.status !== 401 || !session) return res;
    const renewed = await refreshSession(audience, session);
    return renewed ? fetch(withToken(retry, renewed)) : res;
  };
}

function sessionExpiredResponse(): Response {
  const problem = { type: 'https://netprovider.dev/problems/session-expired', title: 'Session expired', status: 401 };
  return new Response(JSON.stringify(problem), { status: 401, headers: { 'content-type': 'application/problem+json' } });
}

function withToken(request: Request, session: StoredSession | null): Request {
  if (!session) return request;
  const r = new Request(request);
  r.headers.set('authorization', `Bearer ${session.accessToken}`);
  return r;
}
