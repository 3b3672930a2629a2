'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Loader, Pagination, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type BillingRunView } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { fmt } from '../../../../lib/i18n';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { formatCompetence, runProgress } from '../../../../lib/billing';
import { formatDate, formatMoney } from '../../../../lib/format';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { CustomerName } from '../../../../components/CustomerName';
import { RunStatusBadge } from '../../../../components/StatusBadge';

const t = messages.billing.runs;
const PAGE_SIZE = 50;
const POLL_MS = 1000;

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fz="xl" fw={700} data-testid={testId}>{value}</Text>
    </Stack>
  );
}

export default function BillingRunPage() {
  const { id } = useParams<{ id: string }>();
  const me = useMe();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [onlyWarnings, setOnlyWarnings] = useState(false);
  const run = useQuery({
    queryKey: ['billing-runs', 'detail', id, page, onlyWarnings],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap<BillingRunView>(await api.GET('/api/v1/billing/runs/{id}', { params: { path: { id }, query: { page, pageSize: PAGE_SIZE, onlyWarnings: onlyWarnings ? 'true' : 'false' } } })),
    // the preview and the issuance happen in the background: poll while they run
    refetchInterval: (q) => (q.state.data && ['previewing', 'issuing'].includes(q.state.data.status) ? POLL_MS : false),
  });
  const act = useMutation({
    mutationFn: async (what: 'approve' | 'discard') =>
      what === 'approve'
        ? unwrap<BillingRunView>(await api.POST('/api/v1/billing/runs/{id}/approve', { params: { path: { id } } }))
        : unwrap<BillingRunView>(await api.POST('/api/v1/billing/runs/{id}/discard', { params: { path: { id } }, body: { reason: 'descartado na tela de prévia' } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['billing-runs'] });
      void qc.invalidateQueries({ queryKey: ['invoices'] });
    },
  });
  if (run.isPending) return <Loader aria-label={messages.common.loading} />;
  if (run.error) return <ErrorAlert error={run.error} />;
  const r = run.data;
  const pct = runProgress(r);
  const warnings = Object.entries(r.preview?.warnings ?? r.warnings ?? {}).filter(([, n]) => n > 0);
  const lastPage = r.preview?.nextPage ? Math.max(page + 1, Math.ceil(r.total / PAGE_SIZE)) : page;
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={1} size="h2">{t.title}: {formatCompetence(r.competence)}</Title>
          <RunStatusBadge status={r.status} />
        </Group>
        <Anchor component={Link} href="/faturamento">{messages.common.back}</Anchor>
      </Group>

      {r.status === 'previewing' && (
        <Group><Loader size="sm" aria-label={t.previewing} /><Text>{t.previewing}</Text></Group>
      )}

      {(r.status === 'issuing' || r.status === 'completed') && (
        <Card withBorder>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={700}>{t.progress}</Text>
              <Text data-testid="run-progress-text">{fmt(t.progressLabel, { done: r.done, total: r.total })}</Text>
            </Group>
            <Progress value={pct} size="xl" animated={r.status === 'issuing'} aria-label={t.progress} aria-valuetext={`${pct}%`} data-testid="run-progress" data-value={pct} />
            <Group gap="md">
              <Text size="sm" fw={700}>{pct}%</Text>
              {r.failed > 0 && <Text size="sm" c="red">{fmt(t.failed, { n: r.failed })}</Text>}
              {r.rate !== null && <Text size="sm" c="dimmed">{fmt(t.rate, { rate: r.rate })}</Text>}
            </Group>
            {r.status === 'completed' && (
              <Alert color="green">
                <Text fw={700}>{t.done}</Text>
                <Anchor component={Link} href={`/faturas?competencia=${r.competence}`}>{t.seeInvoices}</Anchor>
              </Alert>
            )}
          </Stack>
        </Card>
      )}

      {r.preview && (
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">{t.preview}</Title>
            <SimpleGrid cols={{ base: 1, xs: 3 }}>
              <Figure label={t.invoices} value={String(r.preview.invoices)} testId="preview-invoices" />
              <Figure label={t.totalAmount} value={formatMoney(r.preview.totalCents)} testId="preview-total" />
              <Stack gap={4}>
                <Text size="xs" c="dimmed">{messages.billing.warning}</Text>
                {warnings.length === 0 ? <Text>{messages.common.none}</Text> : warnings.map(([w, n]) => <Badge key={w} color="yellow" variant="dot">{messages.billing.warnings[w] ?? w}: {n}</Badge>)}
              </Stack>
            </SimpleGrid>
            {r.status === 'awaiting_approval' && (
              can(me.data, 'billing-runs:approve') ? (
                <Alert color="blue" variant="light">
                  <Stack gap="xs">
                    <Text size="sm">{t.approveHint}</Text>
                    <Group>
                      <Button onClick={() => act.mutate('approve')} loading={act.isPending && act.variables === 'approve'} disabled={r.preview.invoices === 0}>{t.approve}</Button>
                      {can(me.data, 'billing-runs:run') && <Button variant="default" onClick={() => act.mutate('discard')} loading={act.isPending && act.variables === 'discard'}>{t.discard}</Button>}
                    </Group>
                  </Stack>
                </Alert>
              ) : (
                <Alert color="gray">{t.noApprove}</Alert>
              )
            )}
            <ErrorAlert error={act.error} />
            <Checkbox label={t.onlyWarnings} checked={onlyWarnings} onChange={(e) => { setOnlyWarnings(e.currentTarget.checked); setPage(1); }} />
            <Table.ScrollContainer minWidth={720}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr><Table.Th>{messages.billing.contract}</Table.Th><Table.Th>{messages.billing.customer}</Table.Th><Table.Th>{messages.billing.dueDate}</Table.Th><Table.Th ta="right">{messages.billing.total}</Table.Th><Table.Th>{messages.billing.warning}</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.preview.lines.map((l) => (
                    <Table.Tr key={l.contractId}>
                      <Table.Td><Anchor component={Link} href={`/contratos/${l.contractId}`}>{l.contractId.slice(0, 8)}</Anchor></Table.Td>
                      <Table.Td><CustomerName id={l.customerId} /></Table.Td>
                      <Table.Td>{formatDate(l.dueDate)}</Table.Td>
                      <Table.Td ta="right">{l.invoiceId ? <Anchor component={Link} href={`/faturas/${l.invoiceId}`}>{formatMoney(l.totalCents)}</Anchor> : formatMoney(l.totalCents)}</Table.Td>
                      <Table.Td>
                        {l.warning && <Badge color="yellow" variant="dot">{messages.billing.warnings[l.warning] ?? l.warning}</Badge>}
                        {l.error && <Text size="sm" c="red">{l.error}</Text>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {lastPage > 1 && <Pagination value={page} onChange={setPage} total={lastPage} aria-label={t.moreLines} />}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
