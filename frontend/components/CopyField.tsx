'use client';
import { Button, Code, CopyButton, Stack, Text } from '@mantine/core';
import { messages } from '../messages/pt-BR';

/** A long code (linha digitável, PIX copia-e-cola) shown whole, with a button that copies it. */
/** `display` is what is shown when it differs from what is copied (a grouped linha digitável; the digits are copied). */
export function CopyField({ label, value, display, copyLabel, testId }: { label: string; value: string; display?: string; copyLabel: string; testId?: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>{label}</Text>
      <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid={testId}>{display ?? value}</Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button size="sm" onClick={copy} aria-live="polite">
            {copied ? messages.common.copied : copyLabel}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}
