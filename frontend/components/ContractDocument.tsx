'use client';
import { Alert, Button, Card, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { unwrap, type AcceptanceLink } from '@netprovider/api-client';
import { messages } from '../messages/pt-BR';
import { fmt } from '../lib/i18n';
import { api } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { blobOf } from '../lib/files';
import { ErrorAlert } from './ErrorAlert';
import { PdfButton } from './PdfButton';

const t = messages.contracts.document;

/**
 * The contract's PDF and, while it is a draft, a single-use link for the subscriber's electronic acceptance
 * (the page at /aceite/<token>). Used by the creation wizard's last step and by the contract page.
 */
export function ContractDocument({ contractId, status, write }: { contractId: string; status: string; write: boolean }) {
  const link = useMutation({
    mutationFn: async () => unwrap<AcceptanceLink>(await api.POST('/api/v1/contracts/{id}/acceptance-link', { params: { path: { id: contractId } }, body: {} })),
  });
  const href = link.data ? `${window.location.origin}${link.data.pageUrl}` : null;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">{t.title}</Title>
        <Text size="sm" c="dimmed">{t.hint}</Text>
        <PdfButton
          label={t.pdf}
          testId="contract-pdf-link"
          fetchPdf={async () => blobOf(await api.GET('/api/v1/contracts/{id}/document.pdf', { params: { path: { id: contractId } }, parseAs: 'blob' }))}
        />
        {write && status === 'draft' && (
          <Stack gap="xs" align="flex-start">
            {!link.isSuccess && <Button variant="light" loading={link.isPending} onClick={() => link.mutate()}>{t.link}</Button>}
            <ErrorAlert error={link.error} />
            {href && link.data && (
              <Alert color="green" w="100%">
                <Text size="sm">{t.linkHint}</Text>
                <Code block data-testid="acceptance-link">{href}</Code>
                <Group mt="xs" gap="xs">
                  <CopyButton value={href}>{({ copied, copy }) => <Button size="xs" onClick={copy}>{copied ? messages.common.copied : messages.common.copy}</Button>}</CopyButton>
                  <Text size="xs" c="dimmed">{fmt(t.linkExpires, { at: formatDateTime(link.data.expiresAt) })}</Text>
                </Group>
              </Alert>
            )}
          </Stack>
        )}
        {write && status !== 'draft' && status !== 'cancelled' && <Text size="xs" c="dimmed">{t.onlyDraft}</Text>}
      </Stack>
    </Card>
  );
}
