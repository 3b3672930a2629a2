'use client';
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { Anchor, AppShell, Burger, Button, Center, Group, Loader, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { messages } from '../messages/pt-BR';
import { isActive, visibleNav } from '../lib/navigation';
import { useMe, useSession } from '../lib/hooks';
import { api } from '../lib/api';
import { clearSession, sessionExpired } from '../lib/session';
import { ThemeToggle } from './ThemeToggle';
import { ErrorAlert } from './ErrorAlert';

/** The staff app frame: header, permission-filtered menu, and the guard that sends a signed-out user to /login. */
export function BackofficeShell({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = usePathname();
  const router = useRouter();
  const queryClient = useQueryClient();
  const session = useSession('staff');
  const signedIn = !!session && !session.mfaPending;
  const me = useMe(signedIn);
  // logging out clears the session too: the guard below must not race the logout's own redirect
  const loggingOut = useRef(false);

  useEffect(() => {
    if (loggingOut.current) return;
    if (session === null || session?.mfaPending) router.replace(`/login?${sessionExpired('staff') ? 'expirou=1&' : ''}next=${encodeURIComponent(pathname)}`);
  }, [session, pathname, router]);
  useEffect(close, [pathname, close]);

  async function logout() {
    loggingOut.current = true;
    await api.POST('/api/v1/auth/logout').catch(() => undefined);
    clearSession('staff');
    queryClient.clear();
    router.replace('/login?saiu=1');
  }

  if (!signedIn || !me.data) {
    return (
      <Center h="100vh">
        {me.error ? <ErrorAlert error={me.error} /> : <Loader aria-label={messages.common.loading} />}
      </Center>
    );
  }
  const company = me.data.companies.find((c) => c.id === me.data.companyId)?.name;
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={messages.nav.toggle} />
            <Anchor component={Link} href="/" underline="never" c="inherit" fw={700} size="lg">
              {messages.app.name}
            </Anchor>
            {company && <Text size="sm" c="dimmed" visibleFrom="xs">{company}</Text>}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" visibleFrom="sm" data-testid="current-user">{me.data.name}</Text>
            <ThemeToggle />
            <Button variant="default" onClick={logout}>{messages.nav.logout}</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={messages.nav.menu}>
        <AppShell.Section grow component={ScrollArea} type="auto">
          {visibleNav(me.data.permissions).map((item, i, all) => (
            <Fragment key={item.href}>
              {item.group && item.group !== all[i - 1]?.group && (
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4} aria-hidden>{item.group}</Text>
              )}
              <NavLink variant="filled" component={Link} href={item.href} label={item.label} active={isActive(item.href, pathname)} />
            </Fragment>
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
