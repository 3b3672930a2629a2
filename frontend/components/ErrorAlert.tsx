'use client';
import { Alert, List } from '@mantine/core';
import { problemMessage, unplacedFieldErrors } from '../lib/problems';

/** The error of a request, in pt-BR; field errors no input shows are listed so nothing fails silently. */
export function ErrorAlert({ error, placed = [] }: { error: unknown; placed?: readonly string[] }) {
  if (!error) return null;
  const rest = unplacedFieldErrors(error, placed);
  return (
    <Alert color="red" role="alert" title={problemMessage(error)}>
      {rest.length > 0 && (
        <List size="sm">
          {rest.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
