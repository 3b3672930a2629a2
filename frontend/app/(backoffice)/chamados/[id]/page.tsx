'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Anchor, Button, Card, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type TicketView } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { fmt } from '../../../../lib/i18n';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { formatDateTime } from '../../../../lib/format';
import { fieldErrors } from '../../../../lib/problems';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { CustomerName } from '../../../../components/CustomerName';
import { Guard } from '../../../../components/Guard';
import { TicketStatusBadge } from '../../../../components/StatusBadge';

const t = messages.helpdesk;

export default function TicketPage() {
  return (
    <Guard permission="tickets:read">
      <TicketDetail />
    </Guard>
  );
}

/** One ticket: the opening message and the conversation; staff with tickets:write reply and close it. */
function TicketDetail() {
  const { id } = useParams<{ id: string }>();
  const me = useMe();
  const qc = useQueryClient();
  const [reply, setReply] = useState('');
  const [note, setNote] = useState('');
  const ticket = useQuery({ queryKey: ['tickets', 'detail', id], queryFn: async () => unwrap<TicketView>(await api.GET('/api/v1/tickets/{id}', { params: { path: { id } } })) });
  const done = (view: TicketView) => {
    qc.setQueryData(['tickets', 'detail', id], view);
    void qc.invalidateQueries({ queryKey: ['tickets', 'list'] });
  };
  const send = useMutation({
    mutationFn: async () => unwrap<TicketView>(await api.POST('/api/v1/tickets/{id}/replies', { params: { path: { id } }, body: { message: reply } })),
    onSuccess: (view) => {
      setReply('');
      done(view);
    },
  });
  const close = useMutation({
    mutationFn: async () => unwrap<TicketView>(await api.POST('/api/v1/tickets/{id}/close', { params: { path: { id } }, body: note.trim() ? { note } : {} })),
    onSuccess: done,
  });
  if (ticket.isPending) return <Loader aria-label={messages.common.loading} />;
  if (ticket.error) return <ErrorAlert error={ticket.error} />;
  const x = ticket.data;
  const write = can(me.data, 'tickets:write') && x.status === 'open';
  return (
    <Stack maw={900}>
      <Anchor component={Link} href="/chamados" size="sm">{t.back}</Anchor>
      <Group justify="space-between">
        <Title order={1} size="h2">{fmt(t.detail, { protocol: x.protocol })}</Title>
        <TicketStatusBadge status={x.status} />
      </Group>
      <Text>
        <CustomerName id={x.customerId} /> · {messages.portal.tickets.categories[x.category ?? ''] ?? x.category} · {t.channels[x.channel ?? ''] ?? x.channel} · {fmt(messages.portal.tickets.openedAt, { date: formatDateTime(x.openedAt) })}
      </Text>
      <Title order={2} size="h4">{t.conversation}</Title>
      <Card withBorder data-testid="ticket-message">
        <Text fw={700}>{x.subject}</Text>
        <Text size="sm" c="dimmed">{x.channel === 'staff' ? t.fromStaff : t.fromCustomer} · {formatDateTime(x.openedAt)}</Text>
        <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>{x.message}</Text>
      </Card>
      {x.replies.map((r, i) => (
        <Card withBorder key={i} data-testid="ticket-reply" ml={r.author === 'staff' ? 'xl' : 0} bg={r.author === 'staff' ? 'var(--mantine-color-blue-light)' : undefined}>
          <Text size="sm" c="dimmed">{r.author === 'staff' ? t.fromStaff : t.fromCustomer} · {formatDateTime(r.at)}</Text>
          <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>{r.message}</Text>
        </Card>
      ))}
      {x.closedAt && (
        <Card withBorder data-testid="ticket-closed">
          <Text fw={500}>{fmt(t.closedAt, { date: formatDateTime(x.closedAt) })}</Text>
          {x.closingNote && <Text mt="xs">{x.closingNote}</Text>}
        </Card>
      )}
      {write && <TextForm label={t.reply} value={reply} onChange={setReply} field="message" action={send} button={t.send} />}
      {write && <TextForm label={t.closeNote} value={note} onChange={setNote} field="note" action={close} button={t.close} color="gray" />}
    </Stack>
  );
}

/** One text and one button (reply, close with a note): the API's 422 under the text, anything else in the alert. */
function TextForm({ label, value, onChange, field, action, button, color }: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  field: string;
  action: { mutate: () => void; error: unknown; isPending: boolean };
  button: string;
  color?: string;
}) {
  return (
    <Card withBorder>
      <form onSubmit={(e) => { e.preventDefault(); action.mutate(); }} noValidate>
        <Stack>
          <Textarea label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)} autosize minRows={2} maxLength={4000} error={fieldErrors(action.error)[field]} />
          <ErrorAlert error={action.error} placed={[field]} />
          <Group><Button type="submit" color={color} loading={action.isPending}>{button}</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}
