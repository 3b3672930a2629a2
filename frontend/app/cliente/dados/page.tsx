'use client';
import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type DataExportRequest } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { fmt } from '../../../lib/i18n';
import { portalApi } from '../../../lib/api';
import { blobOf, downloadBlob } from '../../../lib/files';
import { formatDateTime } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PortalPage } from '../portal-page';

const t = messages.portal.lgpd;

export default function PortalDataPage() {
  const qc = useQueryClient();
  const requests = useQuery({ queryKey: ['portal', 'data-export'], queryFn: async () => unwrap<{ items: DataExportRequest[] }>(await portalApi.GET('/api/v1/portal/me/data-export')).items });
  const request = useMutation({
    mutationFn: async () => unwrap<DataExportRequest>(await portalApi.POST('/api/v1/portal/me/data-export')),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['portal', 'data-export'] }),
  });
  return (
    <PortalPage title={t.title}>
      <Text>{t.intro}</Text>
      <Button size="md" onClick={() => request.mutate()} loading={request.isPending}>{t.request}</Button>
      <ErrorAlert error={request.error} />
      {request.data && (
        <Card withBorder padding="lg" data-testid="data-export-ready">
          <Stack>
            <Alert color="green" role="status">{fmt(t.requested, { protocol: request.data.protocol })}</Alert>
            <Downloads protocol={request.data.protocol} />
          </Stack>
        </Card>
      )}
      <Title order={3} size="h4">{t.history}</Title>
      <ErrorAlert error={requests.error} />
      {requests.isPending && <Loader aria-label={messages.common.loading} />}
      {requests.data?.length === 0 && <Text c="dimmed">{t.none}</Text>}
      {requests.data?.map((r) => (
        <Card withBorder padding="md" key={r.protocol}>
          <Stack gap="xs">
            <Text size="sm" ff="monospace">{fmt(t.protocol, { protocol: r.protocol, date: formatDateTime(r.requestedAt) })}</Text>
            <Downloads protocol={r.protocol} />
          </Stack>
        </Card>
      ))}
    </PortalPage>
  );
}

function Downloads({ protocol }: { protocol: string }) {
  const download = useMutation({
    mutationFn: async (format: 'json' | 'pdf') => {
      const blob = await blobOf(await portalApi.GET('/api/v1/portal/me/data-export/{protocol}', { params: { path: { protocol }, query: { format } }, parseAs: 'blob' }));
      downloadBlob(blob, `dados-pessoais-${protocol}.${format}`);
    },
  });
  return (
    <>
      <Group grow>
        <Button variant="default" onClick={() => download.mutate('pdf')} loading={download.isPending && download.variables === 'pdf'}>{t.pdf}</Button>
        <Button variant="default" onClick={() => download.mutate('json')} loading={download.isPending && download.variables === 'json'}>{t.json}</Button>
      </Group>
      <ErrorAlert error={download.error} />
    </>
  );
}
