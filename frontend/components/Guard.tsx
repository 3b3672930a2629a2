'use client';
import type { ReactNode } from 'react';
import { Alert, Loader } from '@mantine/core';
import { messages } from '../messages/pt-BR';
import { can, useMe } from '../lib/hooks';

/** A page that needs `permission`: without it, a notice instead of the page (the menu hides it too). */
export function Guard({ permission, children }: { permission: string; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loader aria-label={messages.common.loading} />;
  if (!can(me.data, permission)) return <Alert color="yellow" role="alert" data-testid="forbidden">{messages.guard.denied}</Alert>;
  return <>{children}</>;
}
