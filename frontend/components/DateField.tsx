'use client';
import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { messages } from '../messages/pt-BR';
import { maskDate } from '../lib/masks';
import { formatDate, parseDateBR } from '../lib/format';

/**
 * A date typed as dd/mm/aaaa whatever the browser's language (a native date input follows the browser's UI
 * language, not the page's). `value`/`onDate` speak the API's YYYY-MM-DD; '' while incomplete or invalid.
 */
export function DateField({ value, onDate, ...props }: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onDate: (iso: string) => void }) {
  const [text, setText] = useState(value ? formatDate(value) : '');
  return (
    <TextInput
      placeholder={messages.customers.dateHint}
      inputMode="numeric"
      {...props}
      value={text}
      onChange={(e) => {
        const masked = maskDate(e.currentTarget.value);
        setText(masked);
        onDate(parseDateBR(masked) ?? '');
      }}
    />
  );
}
