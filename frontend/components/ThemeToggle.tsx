'use client';
import { ActionIcon, Box, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { messages } from '../messages/pt-BR';

/**
 * Light/dark toggle. The icon is chosen by CSS (darkHidden/lightHidden), not by state, so the server's HTML
 * and the first client render agree whatever scheme the visitor stored (no hydration mismatch).
 */
export function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: true });
  return (
    <ActionIcon variant="default" size="lg" aria-label={messages.theme.toggle} onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}>
      <Box component="span" aria-hidden darkHidden>☾</Box>
      <Box component="span" aria-hidden lightHidden>☀</Box>
    </ActionIcon>
  );
}
