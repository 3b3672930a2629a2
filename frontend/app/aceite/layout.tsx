import type { ReactNode } from 'react';
import { Container, Group, Title } from '@mantine/core';
import { messages } from '../../messages/pt-BR';
import { ThemeToggle } from '../../components/ThemeToggle';

export const metadata = { title: `${messages.acceptance.title} — ${messages.app.name}`, robots: { index: false } };

/** Public pages a subscriber opens from a link (no login): mobile-first, one column. */
export default function AcceptanceLayout({ children }: { children: ReactNode }) {
  return (
    <Container size={560} px="md" py="lg">
      <Group justify="space-between" mb="lg" wrap="nowrap">
        <Title order={1} size="h3">{messages.acceptance.title}</Title>
        <ThemeToggle />
      </Group>
      {children}
    </Container>
  );
}
