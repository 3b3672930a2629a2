'use client';
import { useEffect, useState, type ReactNode } from 'react';
import { MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiProblem } from '@netprovider/api-client';
import { onSessionExpired } from '../lib/session';
import { messages } from '../messages/pt-BR';

// Shade 8 and darker "dimmed"/error text keep text at WCAG AA contrast (4.5:1) in both schemes (axe checks it).
const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  // a dialog's close button is an icon: give it a name screen readers say (axe: button-name)
  // (a plain object, not Modal.extend: importing Modal here would put it in every page's first load)
  components: { Modal: { defaultProps: { closeButtonProps: { 'aria-label': messages.common.close } } } },
});
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)', '--mantine-color-error': 'var(--mantine-color-red-4)' },
});

function makeClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // a 4xx will not change by asking again
        retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
      },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(makeClient);
  // an ended session leaves no cached data behind; the screens' guards send the user to their login
  useEffect(() => onSessionExpired(() => client.clear()), [client]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
