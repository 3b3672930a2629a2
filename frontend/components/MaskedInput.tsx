'use client';
import { TextInput, type TextInputProps } from '@mantine/core';

/** A text input whose value goes through `mask` on every change (typed or pasted). */
export function MaskedInput({ mask, value, onValue, ...props }: Omit<TextInputProps, 'onChange' | 'value'> & { mask: (v: string) => string; value: string; onValue: (v: string) => void }) {
  return <TextInput {...props} value={value} onChange={(e) => onValue(mask(e.currentTarget.value))} />;
}
