'use client';
import { Button, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { messages } from '../messages/pt-BR';
import { downloadBlob } from '../lib/files';
import { ErrorAlert } from './ErrorAlert';

const t = messages.finance.reports;

/**
 * CSV and PDF of a report (the API's `format=csv|pdf`): fetched with the bearer token through the typed
 * client, then saved from an object URL (a plain link would carry no token).
 */
export function ReportExport({ fetchFile, fileName }: { fetchFile: (format: 'csv' | 'pdf') => Promise<Blob>; fileName: (format: 'csv' | 'pdf') => string }) {
  const get = useMutation({
    mutationFn: async (format: 'csv' | 'pdf') => ({ format, blob: await fetchFile(format) }),
    onSuccess: ({ format, blob }) => downloadBlob(blob, fileName(format)),
  });
  return (
    <>
      <Group gap="xs">
        <Button variant="default" loading={get.isPending && get.variables === 'csv'} onClick={() => get.mutate('csv')}>{t.csv}</Button>
        <Button variant="default" loading={get.isPending && get.variables === 'pdf'} onClick={() => get.mutate('pdf')}>{t.pdf}</Button>
      </Group>
      <ErrorAlert error={get.error} />
    </>
  );
}
