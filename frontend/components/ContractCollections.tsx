'use client';
import { useState } from 'react';
import Link from 'next/link';
import { Alert, Anchor, Badge, Button, Card, Group, NumberInput, Stack, Table, Tabs, Text, Timeline, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type DunningMessageView, type DunningStatusView, type TrustUnblockEligibility, type TrustUnblockGranted } from '@netprovider/api-client';
import { messages } from '../messages/pt-BR';
import { fmt } from '../lib/i18n';
import { api } from '../lib/api';
import { formatDate, formatDateTime, formatMoney } from '../lib/format';
import { fieldErrors } from '../lib/problems';
import { ErrorAlert } from './ErrorAlert';

const t = messages.collections;
const LEVEL_COLORS: Record<string, string> = { none: 'green', remind: 'green', notify: 'yellow', throttle: 'orange', redirect: 'orange', block: 'red', cancel: 'red' };

/** A contract's dunning: service level, open invoices with days overdue, messages sent, and the trust unblock. */
export function ContractCollections({ contractId, write }: { contractId: string; write: boolean }) {
  const status = useQuery({
    queryKey: ['collections', 'status', contractId],
    queryFn: async () => unwrap<DunningStatusView>(await api.GET('/api/v1/collections/contracts/{id}/status', { params: { path: { id: contractId } } })),
  });
  const msgs = useQuery({
    queryKey: ['collections', 'messages', contractId],
    queryFn: async () => unwrap<{ items: DunningMessageView[] }>(await api.GET('/api/v1/collections/messages', { params: { query: { contractId } } })).items,
  });
  if (status.error) return <ErrorAlert error={status.error} />;
  const s = status.data;
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">{t.title}</Title>
          {s && <Badge color={LEVEL_COLORS[s.level] ?? 'gray'} variant="dot" data-testid="dunning-level">{t.levels[s.level] ?? s.level}</Badge>}
        </Group>
        {s?.trust && <Alert color="blue" variant="light">{fmt(t.trustUntil, { date: formatDate(s.trust.until) })}</Alert>}
        <Tabs defaultValue="invoices" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="invoices">{t.openInvoices}</Tabs.Tab>
            <Tabs.Tab value="messages">{t.messages}</Tabs.Tab>
            <Tabs.Tab value="history">{t.history}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="invoices" pt="sm">
            {s?.openInvoices.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
            {!!s?.openInvoices.length && (
              <Table>
                <Table.Thead><Table.Tr><Table.Th>{messages.billing.invoices.detail}</Table.Th><Table.Th>{messages.billing.dueDate}</Table.Th><Table.Th>{t.daysOverdue}</Table.Th><Table.Th ta="right">{messages.billing.invoices.outstanding}</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>
                  {s.openInvoices.map((i) => (
                    <Table.Tr key={i.invoiceId}>
                      <Table.Td><Anchor component={Link} href={`/faturas/${i.invoiceId}`}>{i.invoiceId.slice(0, 8)}</Anchor></Table.Td>
                      <Table.Td>{formatDate(i.dueDate)}</Table.Td>
                      <Table.Td>{i.daysOverdue}</Table.Td>
                      <Table.Td ta="right">{formatMoney(i.openCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="messages" pt="sm">
            <ErrorAlert error={msgs.error} />
            {msgs.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
            <Stack gap="xs">
              {msgs.data?.map((m) => (
                <Card key={m.id} withBorder padding="xs">
                  <Text size="xs" c="dimmed">{formatDateTime(m.createdAt)} · {t.channel}: {m.channel} · {m.stepId} · {m.status}</Text>
                  <Text size="sm">{m.body}</Text>
                </Card>
              ))}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="sm">
            <Timeline bulletSize={12} lineWidth={2}>
              {[...(s?.history ?? [])].reverse().map((h, n) => (
                <Timeline.Item key={n} title={h.type}>
                  <Text size="xs" c="dimmed">{formatDateTime(h.recordedAt)}{typeof h.data.reason === 'string' ? ` · ${h.data.reason}` : ''}</Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </Tabs.Panel>
        </Tabs>
        <StaffTrustUnblock contractId={contractId} write={write} />
      </Stack>
    </Card>
  );
}

function StaffTrustUnblock({ contractId, write }: { contractId: string; write: boolean }) {
  const qc = useQueryClient();
  const [days, setDays] = useState<number | string>('');
  const eligibility = useQuery({
    queryKey: ['collections', 'trust', contractId],
    queryFn: async () => unwrap<TrustUnblockEligibility>(await api.GET('/api/v1/collections/contracts/{id}/trust-unblock/eligibility', { params: { path: { id: contractId } } })),
  });
  const grant = useMutation({
    mutationFn: async () =>
      unwrap<TrustUnblockGranted>(await api.POST('/api/v1/collections/contracts/{id}/trust-unblock', { params: { path: { id: contractId } }, body: days ? { days: Number(days) } : {} })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['collections'] }),
  });
  const e = eligibility.data;
  return (
    <Stack gap="xs">
      <Text fw={700}>{t.trustUnblock}</Text>
      <Text size="sm" c="dimmed">{t.trustRule}</Text>
      <ErrorAlert error={eligibility.error} />
      {e && <Alert color={e.eligible ? 'blue' : 'gray'} variant="light" data-testid="trust-eligibility">{e.eligible ? `${t.eligible} ${e.message}` : e.message}</Alert>}
      {grant.data && <Alert color="green">{fmt(t.trustDone, { date: formatDate(grant.data.until) })}</Alert>}
      {e?.eligible && write && !grant.data && (
        <Group align="flex-end">
          <NumberInput label={t.trustDays} placeholder={String(e.days)} min={1} max={15} value={days} onChange={setDays} w={160} error={fieldErrors(grant.error).days} />
          <Button onClick={() => grant.mutate()} loading={grant.isPending}>{t.trustDo}</Button>
        </Group>
      )}
      <ErrorAlert error={grant.error} placed={['days']} />
    </Stack>
  );
}
