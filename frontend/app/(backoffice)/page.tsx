'use client';
import { Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type ContractListItem, type CustomerListItem, type Page, type PlanView } from '@netprovider/api-client';
import { messages } from '../../messages/pt-BR';
import { api } from '../../lib/api';
import { can, useMe } from '../../lib/hooks';
import { formatMoney } from '../../lib/format';

const t = messages.dashboard;
/** The contracts list answers at most 500 rows: beyond that the figure is shown as "500+". */
const LIST_CAP = 500;

function Figure({ label, value, loading }: { label: string; value: string; loading: boolean }) {
  return (
    <Card withBorder padding="lg">
      <Text size="sm" c="dimmed">{label}</Text>
      {loading ? <Skeleton h={32} mt={6} /> : <Text fz={28} fw={700}>{value}</Text>}
    </Card>
  );
}

export default function Dashboard() {
  const me = useMe();
  const contracts = useQuery({
    queryKey: ['contracts', 'list', {}],
    enabled: can(me.data, 'contracts:read'),
    queryFn: async () => unwrap<{ items: ContractListItem[] }>(await api.GET('/api/v1/contracts')).items,
  });
  const customers = useQuery({
    queryKey: ['customers', 'count'],
    enabled: can(me.data, 'customers:read'),
    queryFn: async () => unwrap<Page<CustomerListItem>>(await api.GET('/api/v1/customers', { params: { query: { pageSize: 1 } } })).total,
  });
  const plans = useQuery({
    queryKey: ['plans', 'list', { active: true }],
    enabled: can(me.data, 'plans:read'),
    queryFn: async () => unwrap<{ items: PlanView[] }>(await api.GET('/api/v1/plans', { params: { query: { active: 'true' } } })).items,
  });
  const list = contracts.data ?? [];
  const count = (status: string) => {
    const n = list.filter((c) => c.status === status).length;
    return list.length >= LIST_CAP ? `${n}+` : String(n);
  };
  const mrr = list.filter((c) => c.status === 'active').reduce((s, c) => s + c.priceCents, 0);
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        {can(me.data, 'contracts:read') && (
          <>
            <Figure label={t.activeContracts} value={count('active')} loading={contracts.isPending} />
            <Figure label={t.mrr} value={formatMoney(mrr)} loading={contracts.isPending} />
            <Figure label={t.awaitingInstallation} value={count('awaiting_installation')} loading={contracts.isPending} />
            <Figure label={t.suspendedContracts} value={count('suspended')} loading={contracts.isPending} />
          </>
        )}
        {can(me.data, 'customers:read') && <Figure label={t.customers} value={String(customers.data ?? 0)} loading={customers.isPending} />}
        {can(me.data, 'plans:read') && <Figure label={t.plansForSale} value={String(plans.data?.length ?? 0)} loading={plans.isPending} />}
      </SimpleGrid>
      <Text size="sm" c="dimmed">{t.later}</Text>
    </Stack>
  );
}
