'use client';
import Link from 'next/link';
import { Anchor, Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type BillingRunSummary, type ContractSummary, type CustomerListItem, type InvoiceSummary, type Page, type PlanView } from '@netprovider/api-client';
import { messages } from '../../messages/pt-BR';
import { api } from '../../lib/api';
import { can, useMe } from '../../lib/hooks';
import { formatBasisPoints, formatDate, formatMoney, saoPauloToday } from '../../lib/format';
import { delinquencyBasisPoints, formatCompetence } from '../../lib/billing';
import { fmt } from '../../lib/i18n';

const t = messages.dashboard;

function Figure({ label, value, loading, hint, href, testId }: { label: string; value: string; loading: boolean; hint?: string; href?: string; testId?: string }) {
  return (
    <Card withBorder padding="lg" data-testid={testId}>
      <Text size="sm" c="dimmed">{label}</Text>
      {loading ? <Skeleton h={32} mt={6} /> : href ? <Anchor component={Link} href={href} fz={28} fw={700} c="inherit">{value}</Anchor> : <Text fz={28} fw={700}>{value}</Text>}
      {hint && !loading && <Text size="xs" c="dimmed">{hint}</Text>}
    </Card>
  );
}

/** Receivables from one exact summary (GET /invoices/summary), the paid bucket limited to this month; the last billing run. */
function MoneyFigures() {
  const me = useMe();
  const invoicesRead = can(me.data, 'invoices:read');
  const today = saoPauloToday();
  const monthStart = `${today.slice(0, 8)}01`;
  const summary = useQuery({
    queryKey: ['invoices', 'summary', { paidFrom: monthStart, paidTo: today }],
    enabled: invoicesRead,
    queryFn: async () => unwrap<InvoiceSummary>(await api.GET('/api/v1/invoices/summary', { params: { query: { paidFrom: monthStart, paidTo: today } } })),
  });
  const runs = useQuery({
    queryKey: ['billing-runs', 'list'],
    enabled: can(me.data, 'billing-runs:read'),
    queryFn: async () => unwrap<{ items: BillingRunSummary[] }>(await api.GET('/api/v1/billing/runs')).items,
  });
  const last = runs.data?.[0];
  const s = summary.data;
  const loading = summary.isPending;
  return (
    <>
      {invoicesRead && (
        <>
          <Figure label={t.openAmount} value={formatMoney(s?.outstanding.amountCents ?? 0)} loading={loading} hint={fmt(t.openAmountHint, { n: s?.outstanding.count ?? 0 })} href="/faturas?situacao=open" testId="dash-outstanding" />
          <Figure label={t.overdueAmount} value={formatMoney(s?.overdue.amountCents ?? 0)} loading={loading} hint={fmt(t.overdueHint, { n: s?.overdue.count ?? 0 })} href="/faturas?situacao=overdue" testId="dash-overdue" />
          <Figure label={t.delinquency} value={formatBasisPoints(delinquencyBasisPoints(s?.overdue.amountCents ?? 0, s?.outstanding.amountCents ?? 0))} loading={loading} hint={fmt(t.delinquencyHint, { date: formatDate(today) })} testId="dash-delinquency" />
          <Figure label={t.paidThisMonth} value={formatMoney(s?.paid.amountCents ?? 0)} loading={loading} hint={fmt(t.paidThisMonthHint, { n: s?.paid.count ?? 0, from: formatDate(monthStart), to: formatDate(today) })} testId="dash-paid-month" />
        </>
      )}
      {can(me.data, 'billing-runs:read') && (
        <Figure
          label={t.lastRun}
          value={last ? formatCompetence(last.competence) : '—'}
          loading={runs.isPending}
          href={last ? `/faturamento/${last.id}` : undefined}
          hint={last ? `${messages.billing.runs.status[last.status] ?? last.status} · ${last.total} · ${formatMoney(last.totalCents)}` : t.noRun}
          testId="dash-last-run"
        />
      )}
    </>
  );
}

export default function Dashboard() {
  const me = useMe();
  const contracts = useQuery({
    queryKey: ['contracts', 'summary'],
    enabled: can(me.data, 'contracts:read'),
    queryFn: async () => unwrap<ContractSummary>(await api.GET('/api/v1/contracts/summary')),
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
  const count = (status: keyof ContractSummary['byStatus']) => String(contracts.data?.byStatus[status] ?? 0);
  const mrr = contracts.data?.mrrCents ?? 0;
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        {can(me.data, 'contracts:read') && (
          <>
            <Figure label={t.activeContracts} value={count('active')} loading={contracts.isPending} testId="dash-active-contracts" />
            <Figure label={t.mrr} value={formatMoney(mrr)} loading={contracts.isPending} testId="dash-mrr" />
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
