'use client';
import { useState } from 'react';
import { Alert, Button, Card, FileInput, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CustomerDocument } from '@netprovider/api-client';
import { messages } from '../messages/pt-BR';
import { api } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { blobOf, downloadBlob, formBody } from '../lib/files';
import { fieldErrors } from '../lib/problems';
import { ErrorAlert } from './ErrorAlert';

const t = messages.customers.documents;

type DocumentType = CustomerDocument['type'];

export const formatBytes = (n: number | null): string => {
  if (n === null) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} KB`;
  return `${(n / 1024 / 1024).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} MB`;
};

/** The customer's documents (RG/CNH, proof of address, signed contract...): list, upload, download. */
export function CustomerDocuments({ customerId, write }: { customerId: string; write: boolean }) {
  const qc = useQueryClient();
  const [type, setType] = useState<string | null>('rg');
  const [file, setFile] = useState<File | null>(null);
  const list = useQuery({
    queryKey: ['customers', 'documents', customerId],
    queryFn: async () => unwrap<{ items: CustomerDocument[] }>(await api.GET('/api/v1/customers/{id}/documents', { params: { path: { id: customerId } } })).items,
  });
  const upload = useMutation({
    mutationFn: async () =>
      unwrap<CustomerDocument>(
        await api.POST('/api/v1/customers/{id}/documents', { params: { path: { id: customerId } }, ...formBody(file!, { type: type as DocumentType }) }),
      ),
    onSuccess: () => {
      setFile(null);
      void qc.invalidateQueries({ queryKey: ['customers', 'documents', customerId] });
      void qc.invalidateQueries({ queryKey: ['customers', 'timeline', customerId] });
    },
  });
  const download = useMutation({
    mutationFn: async (d: CustomerDocument) =>
      downloadBlob(await blobOf(await api.GET('/api/v1/customers/{id}/documents/{documentId}', { params: { path: { id: customerId, documentId: d.id } }, parseAs: 'blob' })), d.fileName ?? `${d.type}-${d.id.slice(0, 8)}`),
  });
  const errs = fieldErrors(upload.error);
  return (
    <Stack>
      {write && (
        <Card withBorder>
          <Group align="flex-end" wrap="wrap">
            <Select label={t.type} data={Object.entries(t.types).map(([value, label]) => ({ value, label }))} value={type} onChange={setType} allowDeselect={false} w={220} error={errs.type} />
            <FileInput
              label={t.file}
              description={t.fileHint}
              value={file}
              onChange={(f) => { setFile(f); upload.reset(); }}
              clearable
              clearButtonProps={{ 'aria-label': messages.billing.removeFile }}
              accept="application/pdf,image/jpeg,image/png,image/webp"
              w={320}
              error={errs.file}
            />
            <Button disabled={!file || !type} loading={upload.isPending} onClick={() => upload.mutate()}>{t.upload}</Button>
          </Group>
          <ErrorAlert error={upload.error} placed={['file', 'type']} />
          {upload.isSuccess && <Alert color="green" mt="xs" role="status" p="xs">{t.uploaded}</Alert>}
        </Card>
      )}
      <ErrorAlert error={list.error ?? download.error} />
      {list.data?.length === 0 && <Text c="dimmed">{t.none}</Text>}
      {!!list.data?.length && (
        <Table>
          <Table.Thead>
            <Table.Tr><Table.Th>{t.type}</Table.Th><Table.Th>{t.file}</Table.Th><Table.Th>{t.size}</Table.Th><Table.Th>{t.uploadedAt}</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{t.types[d.type] ?? d.type}</Table.Td>
                <Table.Td>{d.fileName ?? t.erasedName}</Table.Td>
                <Table.Td>{formatBytes(d.size)}</Table.Td>
                <Table.Td>{formatDateTime(d.uploadedAt)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" loading={download.isPending && download.variables?.id === d.id} onClick={() => download.mutate(d)} aria-label={`${t.download} ${d.fileName ?? ''}`}>
                    {t.download}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
