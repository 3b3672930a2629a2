'use client';
import { useEffect, useState } from 'react';
import { Anchor, Button, Group, type ButtonProps } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { messages } from '../messages/pt-BR';
import { ErrorAlert } from './ErrorAlert';

/**
 * A PDF from the API (it needs the bearer token, so no plain link): fetched as a blob, opened in a new tab,
 * and offered as a link afterwards (the browser may block the pop-up; the link also reopens it).
 */
export function PdfButton({ label, fetchPdf, testId, ...props }: ButtonProps & { label: string; fetchPdf: () => Promise<Blob>; testId?: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  const open = useMutation({
    mutationFn: fetchPdf,
    onSuccess: (blob) => {
      const next = URL.createObjectURL(blob.type ? blob : new Blob([blob], { type: 'application/pdf' }));
      setUrl(next);
      window.open(next, '_blank');
    },
  });
  return (
    <>
      <Group gap="xs">
        <Button variant="default" {...props} loading={open.isPending} onClick={() => open.mutate()}>{label}</Button>
        {url && (
          <Anchor href={url} target="_blank" size="sm" data-testid={testId}>
            {messages.billing.openAgain}
          </Anchor>
        )}
      </Group>
      <ErrorAlert error={open.error} />
    </>
  );
}
