'use client';
import { useEffect, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiProblem } from '@netprovider/api-client';
import { onSessionExpired } from '../lib/session';

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
  const router = useRouter();
  useEffect(
    () =>
      onSessionExpired((audience) => {
        client.clear();
        router.replace(audience === 'staff' ? '/login?expirou=1' : '/cliente?expirou=1');
      }),
    [client, router],
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
