'use client';
import Link from 'next/link';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type PlanView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { formatMoney, formatSpeed } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';

const t = messages.plans;

export default function PlansPage() {
  const me = useMe();
  const plans = useQuery({ queryKey: ['plans', 'list', {}], queryFn: async () => unwrap<{ items: PlanView[] }>(await api.GET('/api/v1/plans')).items });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.title}</Title>
        {can(me.data, 'plans:write') && <Button component={Link} href="/planos/novo">{t.new}</Button>}
      </Group>
      <ErrorAlert error={plans.error} />
      {plans.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
      <Table.ScrollContainer minWidth={600}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr><Table.Th>{t.name}</Table.Th><Table.Th>{t.speed}</Table.Th><Table.Th>{t.price}</Table.Th><Table.Th>{t.loyaltyMonths}</Table.Th><Table.Th>{messages.common.version}</Table.Th><Table.Th>{messages.common.status}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.data?.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td><Anchor component={Link} href={`/planos/${p.id}`}>{p.name}</Anchor></Table.Td>
                <Table.Td>{formatSpeed(p.terms.downloadMbps)} / {formatSpeed(p.terms.uploadMbps)}</Table.Td>
                <Table.Td>{formatMoney(p.terms.priceCents)}</Table.Td>
                <Table.Td>{p.terms.loyaltyMonths || '—'}</Table.Td>
                <Table.Td>v{p.version}</Table.Td>
                <Table.Td><Badge color={p.active ? 'green' : 'gray'} variant="dot">{p.active ? t.active : t.inactive}</Badge></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
