import '@mantine/core/styles.css';
import type { ReactNode } from 'react';
import { ColorSchemeScript, MantineProvider, createTheme, mantineHtmlProps } from '@mantine/core';
import { messages } from '../messages/pt-BR';
import { Providers } from '../components/Providers';

export const metadata = { title: messages.app.name, description: messages.app.tagline };

const theme = createTheme({ primaryColor: 'indigo', defaultRadius: 'md' });

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pt-BR" {...mantineHtmlProps}>
      <head>
        <ColorSchemeScript defaultColorScheme="auto" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body>
        <MantineProvider theme={theme} defaultColorScheme="auto">
          <Providers>{children}</Providers>
        </MantineProvider>
      </body>
    </html>
  );
}
