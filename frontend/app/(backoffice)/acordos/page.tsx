'use client';
import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Badge, Button, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { formatDate, formatMoney } from '../../../lib/format';
import type { Agreement } from '../../../lib/finance';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CustomerName } from '../../../components/CustomerName';
import { Guard } from '../../../components/Guard';

const t = messages.agreements;
const AGREEMENT_COLORS: Record<string, string> = { active: 'blue', broken: 'red', completed: 'green' };

export default function AgreementsPage() {
  return (
    <Guard permission="agreements:read">
      <Agreements />
    </Guard>
  );
}

function Agreements() {
  const me = useMe();
  const [status, setStatus] = useState('');
  const list = useQuery({
    queryKey: ['agreements', 'list', status],
    queryFn: async () => unwrap<{ items: Agreement[] }>(await api.GET('/api/v1/agreements', { params: { query: { status: (status || undefined) as 'active' | undefined } } })).items,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.title}</Title>
        {can(me.data, 'agreements:write') && <Button component={Link} href="/acordos/novo">{t.new}</Button>}
      </Group>
      <Select label={t.status} data={[{ value: '', label: messages.finance.all }, ...Object.entries(t.statuses).map(([value, label]) => ({ value, label }))]} value={status} onChange={(v) => setStatus(v ?? '')} allowDeselect={false} w={200} />
      <ErrorAlert error={list.error} />
      {list.isPending ? <Loader aria-label={messages.common.loading} /> : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead><Table.Tr><Table.Th>{t.date}</Table.Th><Table.Th>{t.customer}</Table.Th><Table.Th>{t.instalments}</Table.Th><Table.Th ta="right">{t.total}</Table.Th><Table.Th>{t.status}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {list.data?.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td><Anchor component={Link} href={`/acordos/${a.id}`}>{formatDate(a.date)}</Anchor></Table.Td>
                  <Table.Td><CustomerName id={a.customerId} /></Table.Td>
                  <Table.Td>{a.terms.instalments.length}</Table.Td>
                  <Table.Td ta="right">{formatMoney(a.totalCents)}</Table.Td>
                  <Table.Td><Badge variant="dot" color={AGREEMENT_COLORS[a.status]}>{t.statuses[a.status]}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
    </Stack>
  );
}
