import type { ReactNode } from 'react';
import { Container, Group, Title } from '@mantine/core';
import { messages } from '../../messages/pt-BR';
import { ThemeToggle } from '../../components/ThemeToggle';

export const metadata = { title: `${messages.portal.title} — ${messages.app.name}` };

/** The customer area: mobile-first, one column, large touch targets. */
export default function CustomerAreaLayout({ children }: { children: ReactNode }) {
  return (
    <Container size={480} px="md" py="lg">
      <Group justify="space-between" mb="lg" wrap="nowrap">
        <Title order={1} size="h3">{messages.portal.title}</Title>
        <ThemeToggle />
      </Group>
      {children}
    </Container>
  );
}
