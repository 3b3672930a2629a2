import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { messages } from '../../messages/pt-BR';

export default function CustomerAreaHome() {
  const t = messages.portal;
  return (
    <Container size="xs" py="xl">
      <Stack gap="md">
        <Title order={1}>{t.title}</Title>
        <Text>{t.intro}</Text>
        <Button component="a" href="/cliente/entrar" fullWidth>{t.login}</Button>
      </Stack>
    </Container>
  );
}
