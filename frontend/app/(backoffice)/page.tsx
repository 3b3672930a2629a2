'use client';
import Link from 'next/link';
import { Anchor, Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type BillingRunSummary, type ContractListItem, type CustomerListItem, type InvoiceListItem, type Page, type PlanView } from '@netprovider/api-client';
import { messages } from '../../messages/pt-BR';
import { api } from '../../lib/api';
import { can, useMe } from '../../lib/hooks';
import { formatMoney } from '../../lib/format';
import { formatCompetence } from '../../lib/billing';
import { fmt } from '../../lib/i18n';

const t = messages.dashboard;
/** The contracts list answers at most 500 rows: beyond that the figure is shown as "500+". */
const LIST_CAP = 500;

function Figure({ label, value, loading, hint, href }: { label: string; value: string; loading: boolean; hint?: string; href?: string }) {
  return (
    <Card withBorder padding="lg">
      <Text size="sm" c="dimmed">{label}</Text>
      {loading ? <Skeleton h={32} mt={6} /> : href ? <Anchor component={Link} href={href} fz={28} fw={700} c="inherit">{value}</Anchor> : <Text fz={28} fw={700}>{value}</Text>}
      {hint && !loading && <Text size="xs" c="dimmed">{hint}</Text>}
    </Card>
  );
}

/** The list answers at most 200 rows a page: the sum covers the first 200 (the hint says so); a summary route would be exact. */
const INVOICE_PAGE = 200;

function useInvoiceSum(status: 'open' | 'partially_paid' | 'overdue', enabled: boolean) {
  return useQuery({
    queryKey: ['invoices', 'sum', status],
    enabled,
    queryFn: async () => {
      const page = unwrap<Page<InvoiceListItem>>(await api.GET('/api/v1/invoices', { params: { query: { status, pageSize: INVOICE_PAGE } } }));
      return { total: page.total, cents: page.items.reduce((s, i) => s + Math.max(0, i.outstandingCents), 0) };
    },
  });
}

function MoneyFigures() {
  const me = useMe();
  const invoicesRead = can(me.data, 'invoices:read');
  const open = useInvoiceSum('open', invoicesRead);
  const partial = useInvoiceSum('partially_paid', invoicesRead);
  const overdue = useInvoiceSum('overdue', invoicesRead);
  const runs = useQuery({
    queryKey: ['billing-runs', 'list'],
    enabled: can(me.data, 'billing-runs:read'),
    queryFn: async () => unwrap<{ items: BillingRunSummary[] }>(await api.GET('/api/v1/billing/runs')).items,
  });
  const last = runs.data?.[0];
  const capped = (n: number) => (n > INVOICE_PAGE ? ` (${fmt(t.capped, { n: INVOICE_PAGE })})` : '');
  const openCount = (open.data?.total ?? 0) + (partial.data?.total ?? 0);
  return (
    <>
      {invoicesRead && (
        <>
          <Figure label={t.openAmount} value={formatMoney((open.data?.cents ?? 0) + (partial.data?.cents ?? 0))} loading={open.isPending || partial.isPending} hint={fmt(t.openAmountHint, { n: openCount }) + capped(Math.max(open.data?.total ?? 0, partial.data?.total ?? 0))} href="/faturas?situacao=open" />
          <Figure label={t.overdueAmount} value={formatMoney(overdue.data?.cents ?? 0)} loading={overdue.isPending} hint={fmt(t.overdueHint, { n: overdue.data?.total ?? 0 }) + capped(overdue.data?.total ?? 0)} href="/faturas?situacao=overdue" />
        </>
      )}
      {can(me.data, 'billing-runs:read') && (
        <Figure
          label={t.lastRun}
          value={last ? formatCompetence(last.competence) : t.noRun}
          loading={runs.isPending}
          href={last ? `/faturamento/${last.id}` : undefined}
          hint={last ? `${messages.billing.runs.status[last.status] ?? last.status} · ${last.total} · ${formatMoney(last.totalCents)}` : undefined}
        />
      )}
    </>
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
        <MoneyFigures />
        {can(me.data, 'customers:read') && <Figure label={t.customers} value={String(customers.data ?? 0)} loading={customers.isPending} />}
        {can(me.data, 'plans:read') && <Figure label={t.plansForSale} value={String(plans.data?.length ?? 0)} loading={plans.isPending} />}
      </SimpleGrid>
      <Text size="sm" c="dimmed">{t.later}</Text>
    </Stack>
  );
}
