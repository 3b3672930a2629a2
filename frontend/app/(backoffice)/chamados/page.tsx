'use client';
import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Badge, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, type StaffTicketListItem } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { formatDateTime, saoPauloToday } from '../../../lib/format';
import { fieldErrors } from '../../../lib/problems';
import { ErrorAlert } from '../../../components/ErrorAlert';

const t = messages.helpdesk;
const categories = messages.portal.tickets.categories;
const statuses = messages.portal.tickets.statuses;

/** Tickets opened in the customer area, newest first, by São Paulo period. */
export default function TicketsPage() {
  const today = saoPauloToday();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const q = useQuery({
    queryKey: ['tickets', 'list', { from, to }],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap<{ items: StaffTicketListItem[] }>(await api.GET('/api/v1/tickets', { params: { query: { from: from || undefined, to: to || undefined } } })).items,
  });
  const errors = fieldErrors(q.error);
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      <Text c="dimmed">{t.intro}</Text>
      <Group>
        <TextInput type="date" label={t.from} value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors.from} />
        <TextInput type="date" label={t.to} value={to} onChange={(e) => setTo(e.currentTarget.value)} error={errors.to} />
      </Group>
      <ErrorAlert error={q.error} placed={['from', 'to']} />
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
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>{x.protocol}</Table.Td>
                <Table.Td>{formatDateTime(x.openedAt)}</Table.Td>
                <Table.Td>{categories[x.category] ?? x.category}</Table.Td>
                <Table.Td>{x.subject}</Table.Td>
                <Table.Td><Anchor component={Link} href={`/clientes/${x.customerId}`} size="sm">{x.customerName || x.customerId.slice(0, 8)}</Anchor></Table.Td>
                <Table.Td>{t.channels[x.channel] ?? x.channel}</Table.Td>
                <Table.Td><Badge variant="dot" color="blue" style={{ flexShrink: 0, minWidth: 'max-content' }}>{statuses[x.status] ?? x.status}</Badge></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {q.data?.length === 0 && <Text>{t.none}</Text>}
    </Stack>
  );
}
