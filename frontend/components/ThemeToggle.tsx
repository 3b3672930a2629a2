'use client';
import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { messages } from '../messages/pt-BR';

export function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: true });
  const next = scheme === 'dark' ? 'light' : 'dark';
  return (
    <ActionIcon variant="default" size="lg" aria-label={messages.theme.toggle} title={next === 'dark' ? messages.theme.dark : messages.theme.light} onClick={() => setColorScheme(next)}>
      <span aria-hidden>{scheme === 'dark' ? '☀' : '☾'}</span>
    </ActionIcon>
  );
}
