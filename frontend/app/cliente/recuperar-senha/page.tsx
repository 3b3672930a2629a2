'use client';
import { useState, type FormEvent } from 'react';
import Link from 'next/link';
import { Alert, Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { unwrap } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { portalApi } from '../../../lib/api';
import { maskDocument } from '../../../lib/masks';
import { MaskedInput } from '../../../components/MaskedInput';
import { ErrorAlert } from '../../../components/ErrorAlert';

const t = messages.portal;

export default function ResetPasswordPage() {
  const [document, setDocument] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      unwrap<unknown>(await portalApi.POST('/api/v1/portal/auth/password-reset/request', { body: { document } }));
      setSent(true);
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
          <Title order={2} size="h4">{t.resetTitle}</Title>
          <Text size="sm">{t.resetIntro}</Text>
          <MaskedInput label={t.document} mask={maskDocument} value={document} onValue={setDocument} size="md" required />
          <ErrorAlert error={error} />
          {sent ? <Alert color="green">{t.resetSent}</Alert> : <Button type="submit" size="md" loading={busy}>{t.resetSubmit}</Button>}
          <Anchor component={Link} href="/cliente" size="sm">{messages.common.back}</Anchor>
        </Stack>
      </form>
    </Card>
  );
}
