import { Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { messages } from '../messages/pt-BR';

export default function BackOfficeHome() {
  const t = messages.backoffice;
  return (
    <Container size="sm" py="xl">
      <Stack gap="md">
        <Title order={1}>{messages.app.name} — {t.title}</Title>
        <Text>{t.intro}</Text>
        <Group>
          <Button component="a" href="/login">{t.login}</Button>
          <Anchor href="/api/docs">{t.apiDocs}</Anchor>
        </Group>
      </Stack>
    </Container>
  );
}
