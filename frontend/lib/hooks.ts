'use client';
import { useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type Me } from '@netprovider/api-client';
import { api } from './api';
import { readSession, subscribeSessions, type Audience, type StoredSession } from './session';

const cache: Partial<Record<Audience, { raw: string | null; value: StoredSession | null }>> = {};

/** The stored session of `audience` (null on the server and when signed out), re-rendering on change. */
export function useSession(audience: Audience): StoredSession | null | undefined {
  return useSyncExternalStore(
    subscribeSessions,
    () => {
      const value = readSession(audience);
      const raw = value ? JSON.stringify(value) : null;
      const c = cache[audience];
      if (c && c.raw === raw) return c.value;
      cache[audience] = { raw, value };
      return value;
    },
    () => undefined, // unknown until hydrated
  );
}

export const meKey = ['auth', 'me'] as const;

/** The signed-in staff user with permissions (GET /auth/me). */
export function useMe(enabled = true) {
  return useQuery({ queryKey: meKey, enabled, queryFn: async () => unwrap<Me>(await api.GET('/api/v1/auth/me')) });
}

export function can(me: Me | undefined, permission: string): boolean {
  return !!me?.permissions.includes(permission);
}
