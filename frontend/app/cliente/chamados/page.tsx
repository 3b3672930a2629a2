'use client';
import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Group, Loader, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type PortalContractView, type TicketListItem, type TicketView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { fmt } from '../../../lib/i18n';
import { portalApi } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { fieldErrors } from '../../../lib/problems';
import { ErrorAlert } from '../../../components/ErrorAlert';
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
              <Badge variant="dot" color="blue" style={{ flexShrink: 0, minWidth: 'max-content' }}>{t.statuses[x.status] ?? x.status}</Badge>
            </Group>
            <Text>{x.subject}</Text>
            <Text size="sm" c="dimmed">{t.categories[x.category] ?? x.category} · {fmt(t.openedAt, { date: formatDateTime(x.openedAt) })}</Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
