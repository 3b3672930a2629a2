'use client';
import { useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Alert, Anchor, Badge, Button, Card, Loader, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type SubscriberAccountView, type TokenPair } from '@netprovider/api-client';
import { messages } from '../../messages/pt-BR';
import { portalApi } from '../../lib/api';
import { useSession } from '../../lib/hooks';
import { clearSession, saveSession, sessionExpired } from '../../lib/session';
import { maskDocument } from '../../lib/masks';
import { formatDate } from '../../lib/format';
import { MaskedInput } from '../../components/MaskedInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PortalInvoices } from './portal-invoices';

const t = messages.portal;

export function CustomerArea() {
  const session = useSession('portal');
  if (session === undefined) return <Loader aria-label={messages.common.loading} />;
  return session ? <Home /> : <Login />;
}

function Login() {
  const params = useSearchParams();
  const [document, setDocument] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      saveSession('portal', unwrap<TokenPair>(await portalApi.POST('/api/v1/portal/auth/login', { body: { document, password } })));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{t.intro}</Text>
          {(params.get('expirou') || sessionExpired('portal')) && <Alert color="yellow">{messages.auth.expired}</Alert>}
          <Title order={2} size="h4">{t.login}</Title>
          <MaskedInput label={t.document} mask={maskDocument} value={document} onValue={setDocument} autoComplete="username" inputMode="text" size="md" required />
          <PasswordInput label={t.password} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" size="md" required />
          <ErrorAlert error={error} />
          <Button type="submit" size="md" loading={busy}>{t.submit}</Button>
          <Anchor component={Link} href="/cliente/recuperar-senha" size="sm">{t.forgot}</Anchor>
        </Stack>
      </form>
    </Card>
  );
}

function Home() {
  const qc = useQueryClient();
  const me = useQuery({ queryKey: ['portal', 'me'], queryFn: async () => unwrap<SubscriberAccountView>(await portalApi.GET('/api/v1/portal/me')) });
  const logout = async () => {
    await portalApi.POST('/api/v1/portal/auth/logout').catch(() => undefined);
    clearSession('portal');
    qc.removeQueries({ queryKey: ['portal'] });
  };
  return (
    <Stack>
      <Title order={2} size="h3">{t.welcome}</Title>
      <ErrorAlert error={me.error} />
      {me.isPending && <Loader aria-label={messages.common.loading} />}
      {me.data && (
        <Card withBorder padding="lg" data-testid="portal-account">
          <Stack gap="xs">
            <Text fw={700}>{t.account}</Text>
            <Text>{messages.common.status}: <Badge variant="dot" color={me.data.status === 'active' ? 'green' : 'gray'}>{t.accountStatus[me.data.status] ?? me.data.status}</Badge></Text>
            <Text>{t.documentKind}: {me.data.documentKind.toUpperCase()}</Text>
            <Text>{t.email}: {me.data.email ?? '—'}</Text>
            <Text>{t.since}: {formatDate(me.data.createdAt.slice(0, 10))}</Text>
          </Stack>
        </Card>
      )}
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Text fw={700}>{t.menu}</Text>
          <SimpleGrid cols={1} spacing="xs">
            <Button component={Link} href="/cliente/plano" variant="light" size="md" fullWidth>{t.goPlan}</Button>
            <Button component={Link} href="/cliente/chamados" variant="light" size="md" fullWidth>{t.goTickets}</Button>
            <Button component={Link} href="/cliente/contato" variant="light" size="md" fullWidth>{t.goContact}</Button>
            <Button component={Link} href="/cliente/dados" variant="light" size="md" fullWidth>{t.goData}</Button>
          </SimpleGrid>
        </Stack>
      </Card>
      <PortalInvoices />
      <Button variant="default" size="md" onClick={logout}>{t.logout}</Button>
    </Stack>
  );
}
