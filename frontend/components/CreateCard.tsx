'use client';
import type { ReactNode } from 'react';
import { Button, Card, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { messages } from '../messages/pt-BR';
import { ErrorAlert } from './ErrorAlert';

/**
 * The "new item" card of the catalogue pages (add-ons, promotions, roles): a titled form whose fields sit in a
 * responsive grid, the API's problem shown with the fields it names placed, and one submit button.
 */
export function CreateCard({ title, cols, error, placed, pending, onSubmit, children }: {
  title: string;
  cols: number;
  error: unknown;
  placed: readonly string[];
  pending: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Card withBorder>
      <form onSubmit={(e) => { e.preventDefault(); onSubmit(); }} noValidate>
        <Stack>
          <Title order={2} size="h4">{title}</Title>
          <SimpleGrid cols={{ base: 1, sm: cols }}>{children}</SimpleGrid>
          <ErrorAlert error={error} placed={placed} />
          <Group><Button type="submit" loading={pending}>{messages.common.create}</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}
