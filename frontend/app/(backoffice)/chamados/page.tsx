'use client';
import { useState } from 'react';
import Link from 'next/link';
import { Alert, Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type StaffTicketListItem, type TicketView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { fmt } from '../../../lib/i18n';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { formatDateTime, saoPauloToday } from '../../../lib/format';
import { maskProtocol } from '../../../lib/masks';
import { fieldErrors } from '../../../lib/problems';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CustomerPicker } from '../../../components/CustomerPicker';
import { DateField } from '../../../components/DateField';
import { MaskedInput } from '../../../components/MaskedInput';
import { TicketStatusBadge } from '../../../components/StatusBadge';

const t = messages.helpdesk;
const categories = messages.portal.tickets.categories;
const statuses = messages.portal.tickets.statuses;
type Category = 'financeiro' | 'suporte-tecnico' | 'comercial' | 'cancelamento';
const PROTOCOL = /^\d{8}-\d{6}$/;

/** Tickets of the company, newest first, filtered by status, protocol, customer and São Paulo period. */
export default function TicketsPage() {
  const me = useMe();
  const today = saoPauloToday();
  const [status, setStatus] = useState<string | null>(null);
  const [protocol, setProtocol] = useState('');
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [creating, setCreating] = useState(false);
  // a protocol is sent only once complete (a partial one would only be a 422 at every key)
  const query = { status: (status ?? undefined) as 'open' | 'closed' | undefined, protocol: PROTOCOL.test(protocol) ? protocol : undefined, customerId: customerId ?? undefined, from: from || undefined, to: to || undefined };
  const q = useQuery({
    queryKey: ['tickets', 'list', query],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap<{ items: StaffTicketListItem[] }>(await api.GET('/api/v1/tickets', { params: { query } })).items,
  });
  const errors = fieldErrors(q.error);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.title}</Title>
        {can(me.data, 'tickets:write') && !creating && <Button onClick={() => setCreating(true)}>{t.newTicket}</Button>}
      </Group>
      <Text c="dimmed">{t.intro}</Text>
      {creating && <NewTicket onClose={() => setCreating(false)} />}
      <Group align="flex-start">
        <Select label={messages.common.status} placeholder={t.allStatuses} data={Object.entries(statuses).map(([value, label]) => ({ value, label }))} value={status} onChange={setStatus} clearable w={160} error={errors.status} />
        <MaskedInput label={t.protocolFilter} placeholder={t.protocolHint} mask={maskProtocol} value={protocol} onValue={setProtocol} inputMode="numeric" w={190} error={errors.protocol} />
        {can(me.data, 'customers:read') && <CustomerPicker label={t.customerFilter} placeholder={t.customerPlaceholder} clearable value={customerId} onChange={setCustomerId} w={260} error={errors.customerId} />}
        <DateField label={t.from} value={from} onDate={setFrom} w={130} error={errors.from} />
        <DateField label={t.to} value={to} onDate={setTo} w={130} error={errors.to} />
      </Group>
      <ErrorAlert error={q.error} placed={['status', 'protocol', 'customerId', 'from', 'to']} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.protocol}</Table.Th>
              <Table.Th>{t.openedAt}</Table.Th>
              <Table.Th>{t.category}</Table.Th>
              <Table.Th>{t.subject}</Table.Th>
              <Table.Th>{t.customer}</Table.Th>
              <Table.Th>{t.channel}</Table.Th>
              <Table.Th>{messages.common.status}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data?.map((x) => (
              <Table.Tr key={x.id} data-testid="staff-ticket">
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}><Anchor component={Link} href={`/chamados/${x.id}`} size="sm">{x.protocol}</Anchor></Table.Td>
                <Table.Td>{formatDateTime(x.openedAt)}</Table.Td>
                <Table.Td>{categories[x.category] ?? x.category}</Table.Td>
                <Table.Td>{x.subject}</Table.Td>
                <Table.Td><Anchor component={Link} href={`/clientes/${x.customerId}`} size="sm">{x.customerName || x.customerId.slice(0, 8)}</Anchor></Table.Td>
                <Table.Td>{t.channels[x.channel] ?? x.channel}</Table.Td>
                <Table.Td><TicketStatusBadge status={x.status} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {q.data?.length === 0 && <Text>{t.none}</Text>}
    </Stack>
  );
}

/** Staff open a ticket on behalf of a customer (a call, the counter): customer, category, subject, message. */
function NewTicket({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [category, setCategory] = useState<Category | null>('suporte-tecnico');
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const open = useMutation({
    mutationFn: async () =>
      unwrap<TicketView>(await api.POST('/api/v1/tickets', { body: { customerId: customerId ?? '', category: (category ?? '') as Category, subject, message } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['tickets'] }),
  });
  const errors = fieldErrors(open.error);
  if (open.data) {
    return (
      <Alert color="green" role="status" data-testid="staff-ticket-opened" withCloseButton closeButtonLabel={messages.common.close} onClose={onClose}>
        {fmt(t.opened, { protocol: open.data.protocol })} · <Anchor component={Link} href={`/chamados/${open.data.id}`} fz="inherit">{fmt(t.detail, { protocol: open.data.protocol })}</Anchor>
      </Alert>
    );
  }
  return (
    <Card withBorder>
      <form onSubmit={(e) => { e.preventDefault(); open.mutate(); }} noValidate>
        <Stack>
          <Title order={2} size="h4">{t.newTitle}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CustomerPicker label={t.customer} placeholder={t.customerPlaceholder} value={customerId} onChange={setCustomerId} error={errors.customerId} required />
            <Select label={t.category} data={Object.entries(categories).map(([value, label]) => ({ value, label }))} value={category} onChange={(v) => setCategory(v as Category | null)} allowDeselect={false} error={errors.category} required />
          </SimpleGrid>
          <TextInput label={t.subject} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} maxLength={120} error={errors.subject} required />
          <Textarea label={messages.portal.tickets.message} value={message} onChange={(e) => setMessage(e.currentTarget.value)} autosize minRows={3} maxLength={4000} error={errors.message} required />
          <ErrorAlert error={open.error} placed={['customerId', 'category', 'subject', 'message']} />
          <Group>
            <Button type="submit" loading={open.isPending}>{t.open}</Button>
            <Button variant="default" onClick={onClose}>{messages.common.cancel}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
