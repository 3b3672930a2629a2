'use client';
import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Badge, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type DunningMessageView } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { formatDateTime } from '../../../../lib/format';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { CustomerName } from '../../../../components/CustomerName';
import { Guard } from '../../../../components/Guard';

const t = messages.dunningMessages;
const STATUS_COLORS: Record<string, string> = { sent: 'green', delivered: 'green', read: 'teal', failed: 'red', uncertain: 'orange', queued: 'blue', sending: 'blue' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function DunningMessagesPage() {
  return (
    <Guard permission="collections:read">
      <Outbox />
    </Guard>
  );
}

function Outbox() {
  const [contract, setContract] = useState('');
  const [debounced] = useDebouncedValue(contract.trim(), 300);
  const contractId = UUID.test(debounced) ? debounced : undefined;
  const list = useQuery({
    queryKey: ['dunning-messages', contractId ?? null],
    queryFn: async () => unwrap<{ items: DunningMessageView[] }>(await api.GET('/api/v1/collections/messages', { params: { query: { contractId, limit: 200 } } })).items,
  });
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      <Text c="dimmed">{t.intro}</Text>
      <TextInput label={t.filterContract} value={contract} onChange={(e) => setContract(e.currentTarget.value)} maw={420} />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader aria-label={messages.common.loading} />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped>
            <Table.Thead>
              <Table.Tr><Table.Th>{t.when}</Table.Th><Table.Th>{t.customer}</Table.Th><Table.Th>{t.contract}</Table.Th><Table.Th>{t.step}</Table.Th><Table.Th>{messages.ladders.channel}</Table.Th><Table.Th>{t.body}</Table.Th><Table.Th>{t.status}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data ?? []).map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{formatDateTime(m.createdAt)}</Table.Td>
                  <Table.Td><CustomerName id={m.customerId} /></Table.Td>
                  <Table.Td><Anchor component={Link} href={`/contratos/${m.contractId}`}>{m.contractId.slice(0, 8)}</Anchor></Table.Td>
                  <Table.Td>{m.stepId}</Table.Td>
                  <Table.Td>{messages.ladders.channels[m.channel] ?? m.channel}</Table.Td>
                  <Table.Td><Text size="sm">{m.body}</Text></Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={STATUS_COLORS[m.status] ?? 'gray'} style={{ minWidth: 'max-content' }}>{t.statuses[m.status] ?? m.status}</Badge>
                    {m.attempts > 1 && <Text size="xs" c="dimmed">{t.attempts(m.attempts)}</Text>}
                    {m.lastError && <Text size="xs" c="dimmed">{t.lastError}: {m.lastError}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data?.length === 0 && <Group><Text c="dimmed">{messages.common.empty}</Text></Group>}
    </Stack>
  );
}
