'use client';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Loader, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type PortalContractView, type TicketListItem, type TicketView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { fmt } from '../../../lib/i18n';
import { portalApi } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { fieldErrors } from '../../../lib/problems';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TicketStatusBadge } from '../../../components/StatusBadge';
import { PortalPage } from '../portal-page';

const t = messages.portal.tickets;
type Category = 'financeiro' | 'suporte-tecnico' | 'comercial' | 'cancelamento';

export default function PortalTicketsPage() {
  return (
    <PortalPage title={t.title}>
      <Text>{t.intro}</Text>
      <TicketForm />
      <MyTickets />
    </PortalPage>
  );
}

function TicketForm() {
  const qc = useQueryClient();
  const contracts = useQuery({ queryKey: ['portal', 'contracts'], queryFn: async () => unwrap<{ items: PortalContractView[] }>(await portalApi.GET('/api/v1/portal/contracts')).items });
  const [category, setCategory] = useState<Category | null>('suporte-tecnico');
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const [contractId, setContractId] = useState<string | null>(null);
  const open = useMutation({
    mutationFn: async () =>
      unwrap<TicketView>(
        await portalApi.POST('/api/v1/portal/tickets', { body: { category: (category ?? '') as Category, subject, message, ...(contractId ? { contractId } : {}) } }),
      ),
    onSuccess: () => {
      setSubject('');
      setMessage('');
      void qc.invalidateQueries({ queryKey: ['portal', 'tickets'] });
    },
  });
  const errors = fieldErrors(open.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    open.mutate();
  };
  const contractOptions = (contracts.data ?? []).map((c) => ({ value: c.id, label: `${c.plan?.name ?? messages.portal.plan.contract} · ${messages.portal.plan.status[c.status] ?? c.status}` }));
  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t.category}
            size="md"
            data={Object.entries(t.categories).map(([value, label]) => ({ value, label }))}
            value={category}
            onChange={(v) => setCategory(v as Category | null)}
            allowDeselect={false}
            description={t.categoryHint}
            error={errors.category}
            required
          />
          {contractOptions.length > 1 && (
            <Select label={t.contract} size="md" data={contractOptions} value={contractId} onChange={setContractId} clearable error={errors.contractId} />
          )}
          <TextInput label={t.subject} size="md" value={subject} onChange={(e) => setSubject(e.currentTarget.value)} maxLength={120} error={errors.subject} required />
          <Textarea label={t.message} size="md" value={message} onChange={(e) => setMessage(e.currentTarget.value)} autosize minRows={4} maxLength={4000} error={errors.message} required />
          <ErrorAlert error={open.error} placed={['category', 'subject', 'message', 'contractId']} />
          {open.data && (
            <Alert color="green" role="status" data-testid="ticket-opened">
              {fmt(t.opened, { protocol: open.data.protocol })}
            </Alert>
          )}
          <Button type="submit" size="md" loading={open.isPending}>{t.submit}</Button>
        </Stack>
      </form>
    </Card>
  );
}

function MyTickets() {
  const tickets = useQuery({ queryKey: ['portal', 'tickets'], queryFn: async () => unwrap<{ items: TicketListItem[] }>(await portalApi.GET('/api/v1/portal/tickets')).items });
  return (
    <Stack>
      <Title order={3} size="h4">{t.mine}</Title>
      <ErrorAlert error={tickets.error} />
      {tickets.isPending && <Loader aria-label={messages.common.loading} />}
      {tickets.data?.length === 0 && <Text c="dimmed">{t.none}</Text>}
      {tickets.data?.map((x) => (
        <Card withBorder padding="md" key={x.id} data-testid="portal-ticket">
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={700} style={{ whiteSpace: 'nowrap' }}>{fmt(t.protocol, { protocol: x.protocol })}</Text>
              <TicketStatusBadge status={x.status} />
            </Group>
            <Text>{x.subject}</Text>
            <Text size="sm" c="dimmed">{t.categories[x.category] ?? x.category} · {fmt(t.openedAt, { date: formatDateTime(x.openedAt) })}</Text>
            <Conversation id={x.id} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** The conversation (the list has no replies: the ticket's detail is folded from its stream) and, while open, the subscriber's answer. */
function Conversation({ id }: { id: string }) {
  const qc = useQueryClient();
  const [message, setMessage] = useState('');
  const ticket = useQuery({ queryKey: ['portal', 'tickets', id], queryFn: async () => unwrap<TicketView>(await portalApi.GET('/api/v1/portal/tickets/{id}', { params: { path: { id } } })) });
  const reply = useMutation({
    mutationFn: async () => unwrap<TicketView>(await portalApi.POST('/api/v1/portal/tickets/{id}/replies', { params: { path: { id } }, body: { message } })),
    onSuccess: (updated) => {
      setMessage('');
      qc.setQueryData(['portal', 'tickets', id], updated);
    },
  });
  if (!ticket.data) return null;
  const x = ticket.data;
  return (
    <>
      {x.replies.map((r, i) => (
        <Card key={i} withBorder padding="sm" bg={r.author === 'staff' ? 'var(--mantine-color-blue-light)' : undefined} data-testid="portal-ticket-reply">
          <Text size="sm" c="dimmed">{fmt(r.author === 'staff' ? t.staffReply : t.myReply, { date: formatDateTime(r.at) })}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{r.message}</Text>
        </Card>
      ))}
      {x.closedAt && <Text size="sm" c="dimmed" data-testid="portal-ticket-closed">{fmt(t.closed, { date: formatDateTime(x.closedAt) })}{x.closingNote ? ` · ${x.closingNote}` : ''}</Text>}
      {!x.closedAt && (
        <form onSubmit={(e) => { e.preventDefault(); reply.mutate(); }} noValidate>
          <Stack gap="xs">
            <Textarea label={t.reply} description={t.replyHint} value={message} onChange={(e) => setMessage(e.currentTarget.value)} autosize minRows={2} maxLength={4000} error={fieldErrors(reply.error).message} />
            <ErrorAlert error={reply.error} placed={['message']} />
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={reply.isPending} disabled={message.trim().length < 2}>{t.replySend}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </>
  );
}
