'use client';
import { useEffect, type ReactNode } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Anchor, Loader, Stack, Title } from '@mantine/core';
import { messages } from '../../messages/pt-BR';
import { useSession } from '../../lib/hooks';

/** A page of the customer area behind the login: back link, title, and a redirect home without a session. */
export function PortalPage({ title, children }: { title: string; children: ReactNode }) {
  const router = useRouter();
  const session = useSession('portal');
  useEffect(() => {
    if (session === null) router.replace('/cliente');
  }, [session, router]);
  if (!session) return <Loader aria-label={messages.common.loading} />;
  return (
    <Stack>
      <Anchor component={Link} href="/cliente">← {messages.portal.backHome}</Anchor>
      <Title order={2} size="h3">{title}</Title>
      {children}
    </Stack>
  );
}
