'use client';
import { useState, type FormEvent } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';
import { Alert, Button, Card, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { unwrap, type TokenPair } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { portalApi } from '../../../lib/api';
import { saveSession } from '../../../lib/session';
import { fieldErrors } from '../../../lib/problems';
import { ErrorAlert } from '../../../components/ErrorAlert';

const t = messages.portal;

/** Sets the password from an invitation or reset link (`?token=`) and signs in. */
export function FirstAccess() {
  const router = useRouter();
  const token = useSearchParams().get('token') ?? '';
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      saveSession('portal', unwrap<TokenPair>(await portalApi.POST('/api/v1/portal/auth/first-access', { body: { token, password } })));
      router.replace('/cliente');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  if (!token) return <Alert color="red">{t.tokenMissing}</Alert>;
  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">{t.firstAccess}</Title>
          <Text size="sm">{t.firstAccessIntro}</Text>
          <PasswordInput label={t.newPassword} description={t.newPasswordHint} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="new-password" size="md" error={fieldErrors(error).password} />
          <ErrorAlert error={error} placed={['password']} />
          <Button type="submit" size="md" loading={busy}>{t.firstAccessSubmit}</Button>
        </Stack>
      </form>
    </Card>
  );
}
