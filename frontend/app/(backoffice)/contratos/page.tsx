'use client';
import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type ContractListItem, type ContractStatus, type PlanView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { formatDate, formatMoney } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ContractStatusBadge } from '../../../components/StatusBadge';

const t = messages.contracts;
const STATUSES = Object.entries(t.status).map(([value, label]) => ({ value, label }));

export default function ContractsPage() {
  const me = useMe();
  const [status, setStatus] = useState<string | null>(null);
  const contracts = useQuery({
    queryKey: ['contracts', 'list', { status }],
    queryFn: async () =>
      unwrap<{ items: ContractListItem[] }>(await api.GET('/api/v1/contracts', { params: { query: { status: (status ?? undefined) as ContractStatus | undefined } } })).items,
  });
  const plans = useQuery({
    queryKey: ['plans', 'list', {}],
    enabled: can(me.data, 'plans:read'),
    queryFn: async () => unwrap<{ items: PlanView[] }>(await api.GET('/api/v1/plans')).items,
  });
  const planName = (id: string) => plans.data?.find((p) => p.id === id)?.name ?? id.slice(0, 8);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.title}</Title>
        {can(me.data, 'contracts:write') && <Button component={Link} href="/contratos/novo">{t.new}</Button>}
      </Group>
      <Select label={t.filterStatus} placeholder={t.all} data={STATUSES} value={status} onChange={setStatus} clearable maw={280} />
      <ErrorAlert error={contracts.error} />
      {contracts.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr><Table.Th>{t.detail}</Table.Th><Table.Th>{t.customer}</Table.Th><Table.Th>{t.plan}</Table.Th><Table.Th>{t.price}</Table.Th><Table.Th>{t.dueDay}</Table.Th><Table.Th>{t.activatedOn}</Table.Th><Table.Th>{messages.common.status}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contracts.data?.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td><Anchor component={Link} href={`/contratos/${c.id}`}>{c.id.slice(0, 8)}</Anchor></Table.Td>
                <Table.Td><Anchor component={Link} href={`/clientes/${c.customerId}`}>{messages.common.details}</Anchor></Table.Td>
                <Table.Td>{planName(c.planId)} (v{c.planVersion})</Table.Td>
                <Table.Td>{formatMoney(c.priceCents)}</Table.Td>
                <Table.Td>{c.dueDay}</Table.Td>
                <Table.Td>{formatDate(c.activatedOn)}</Table.Td>
                <Table.Td><ContractStatusBadge status={c.status} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
