'use client';
import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { messages } from '../messages/pt-BR';
import { maskDate, maskDateTime } from '../lib/masks';
import { dateInputProblem, formatDate, formatDateTime, parseDateBR, parseDateTimeBR } from '../lib/format';

const t = messages.dates;
type Props = Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onDate: (value: string) => void };

const kinds = {
  date: { mask: maskDate, parse: parseDateBR, show: formatDate, hint: t.dateHint, incomplete: t.incompleteDate, invalid: t.invalidDate },
  datetime: { mask: maskDateTime, parse: parseDateTimeBR, show: formatDateTime, hint: t.dateTimeHint, incomplete: t.incompleteDateTime, invalid: t.invalidDateTime },
};

/**
 * A date typed with a mask whatever the browser's language (a native date input follows the browser's UI
 * language, not the page's: headless Chromium shows mm/dd/yyyy even in pt-BR). An impossible date is said at
 * once, an incomplete one when the field is left; an error from the API (`error`) is shown when there is none.
 */
function MaskedDate({ kind, value, onDate, error, onBlur, ...props }: Props & { kind: keyof typeof kinds }) {
  const k = kinds[kind];
  const [text, setText] = useState(value ? k.show(value) : '');
  const [left, setLeft] = useState(false);
  const problem = dateInputProblem(text, kind);
  const own = problem === 'invalid' ? k.invalid : problem === 'incomplete' && left ? k.incomplete : null;
  return (
    <TextInput
      placeholder={k.hint}
      inputMode="numeric"
      autoComplete="off"
      {...props}
      error={own ?? error}
      value={text}
      onBlur={(e) => {
        setLeft(true);
        onBlur?.(e);
      }}
      onChange={(e) => {
        const masked = k.mask(e.currentTarget.value);
        setText(masked);
        setLeft(false);
        onDate(k.parse(masked) ?? '');
      }}
    />
  );
}

/** dd/mm/aaaa. `value`/`onDate` speak the API's YYYY-MM-DD; '' while empty, incomplete or invalid. */
export function DateField(props: Props) {
  return <MaskedDate kind="date" {...props} />;
}

/**
 * dd/mm/aaaa hh:mm in Brasília time. `value`/`onDate` speak an ISO instant with offset
 * (`2026-01-31T09:30:00-03:00`); '' while empty, incomplete or invalid.
 */
export function DateTimeField(props: Props) {
  return <MaskedDate kind="datetime" {...props} />;
}
