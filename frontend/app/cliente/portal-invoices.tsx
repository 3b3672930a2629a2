'use client';
import { useState } from 'react';
import Link from 'next/link';
import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type InvoiceListItem, type Page, type TrustUnblockEligibility, type TrustUnblockGranted } from '@netprovider/api-client';
import { messages } from '../../messages/pt-BR';
import { fmt } from '../../lib/i18n';
import { portalApi } from '../../lib/api';
import { formatDate, formatMoney } from '../../lib/format';
import { formatCompetence } from '../../lib/billing';
import { ErrorAlert } from '../../components/ErrorAlert';
import { InvoiceStatusBadge } from '../../components/StatusBadge';

const t = messages.portal;

/** The subscriber's invoices: open ones first (with a big "pay" link), then the paid ones. */
export function PortalInvoices() {
  const invoices = useQuery({
    queryKey: ['portal', 'invoices'],
    queryFn: async () => unwrap<Page<InvoiceListItem>>(await portalApi.GET('/api/v1/portal/invoices')).items,
  });
  if (invoices.isPending) return <Loader aria-label={messages.common.loading} />;
  if (invoices.error) return <ErrorAlert error={invoices.error} />;
  const open = invoices.data.filter((i) => ['open', 'partially_paid', 'overdue'].includes(i.status));
  const paid = invoices.data.filter((i) => i.status === 'paid');
  const overdueContracts = [...new Set(open.filter((i) => i.status === 'overdue' && i.contractId).map((i) => i.contractId!))];
  return (
    <Stack>
      <Title order={2} size="h4">{t.openInvoices}</Title>
      {open.length === 0 && <Text c="dimmed">{t.noOpen}</Text>}
      {open.map((i) => (
        <Card withBorder padding="md" key={i.id} data-testid="portal-open-invoice">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={700}>{fmt(t.invoice, { number: i.number })} · {formatCompetence(i.competence)}</Text>
              <InvoiceStatusBadge status={i.status} />
            </Group>
            <Text fz={24} fw={700}>{formatMoney(Math.max(0, i.outstandingCents))}</Text>
            <Text size="sm">{fmt(t.dueOn, { date: formatDate(i.dueDate) })}</Text>
            <Button component={Link} href={`/cliente/faturas/${i.id}`} size="md" fullWidth>{t.see}</Button>
          </Stack>
        </Card>
      ))}
      {overdueContracts.map((id) => <TrustUnblock key={id} contractId={id} />)}
      <Title order={2} size="h4" mt="md">{t.paidInvoices}</Title>
      {paid.length === 0 && <Text c="dimmed">{t.noPaid}</Text>}
      {paid.map((i) => (
        <Card withBorder padding="sm" key={i.id}>
          <Group justify="space-between" wrap="nowrap">
            <Anchor component={Link} href={`/cliente/faturas/${i.id}`}>{fmt(t.invoice, { number: i.number })} · {formatCompetence(i.competence)}</Anchor>
            <Text>{formatMoney(i.totalCents)}</Text>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** Trust unblock of one contract with overdue invoices: offered only when the rules allow, explained either way. */
export function TrustUnblock({ contractId }: { contractId: string }) {
  const qc = useQueryClient();
  const [done, setDone] = useState<TrustUnblockGranted | null>(null);
  const eligibility = useQuery({
    queryKey: ['portal', 'trust', contractId],
    queryFn: async () => unwrap<TrustUnblockEligibility>(await portalApi.GET('/api/v1/portal/contracts/{id}/trust-unblock/eligibility', { params: { path: { id: contractId } } })),
  });
  const grant = useMutation({
    mutationFn: async () => unwrap<TrustUnblockGranted>(await portalApi.POST('/api/v1/portal/contracts/{id}/trust-unblock', { params: { path: { id: contractId } }, body: {} })),
    onSuccess: (r) => {
      setDone(r);
      void qc.invalidateQueries({ queryKey: ['portal', 'trust', contractId] });
    },
  });
  const e = eligibility.data;
  // nothing to offer on a contract that is not restricted
  if (!e || e.code === 'not-suspended' || e.code === 'disabled') return null;
  return (
    <Card withBorder padding="md" data-testid="trust-unblock">
      <Stack gap="xs">
        <Text fw={700}>{t.trustTitle}</Text>
        <Text size="sm">{t.trustRule}</Text>
        {done ? (
          <Alert color="green">{fmt(t.trustDone, { date: formatDate(done.until) })}</Alert>
        ) : (
          <>
            <Alert color={e.eligible ? 'blue' : 'yellow'} variant="light">{e.message}</Alert>
            {e.eligible && <Button size="md" onClick={() => grant.mutate()} loading={grant.isPending}>{fmt(t.trustDo, { days: e.days })}</Button>}
          </>
        )}
        <ErrorAlert error={grant.error} />
      </Stack>
    </Card>
  );
}
