'use client';
import { useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Anchor, Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { unwrap, type BillingRunSummary, type BillingRunView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { competenceOptions, formatCompetence } from '../../../lib/billing';
import { formatDateTime, formatMoney, saoPauloToday } from '../../../lib/format';
import { fieldErrors } from '../../../lib/problems';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RunStatusBadge } from '../../../components/StatusBadge';

const t = messages.billing.runs;

export default function BillingRunsPage() {
  const me = useMe();
  const router = useRouter();
  const current = saoPauloToday().slice(0, 7);
  const [competence, setCompetence] = useState<string | null>(current);
  const [from, setFrom] = useState<number | string>(1);
  const [to, setTo] = useState<number | string>(31);
  const runs = useQuery({
    queryKey: ['billing-runs', 'list'],
    queryFn: async () => unwrap<{ items: BillingRunSummary[] }>(await api.GET('/api/v1/billing/runs')).items,
  });
  const start = useMutation({
    mutationFn: async () =>
      unwrap<BillingRunView>(await api.POST('/api/v1/billing/runs', { body: { competence: competence ?? '', dueDayFrom: Number(from) || 1, dueDayTo: Number(to) || 31 } })),
    onSuccess: (run) => router.push(`/faturamento/${run.id}`),
  });
  const errs = fieldErrors(start.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate();
  };
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      <Text c="dimmed">{t.intro}</Text>
      {can(me.data, 'billing-runs:run') && (
        <Card withBorder component="form" onSubmit={submit} maw={720}>
          <Stack>
            <Group align="flex-start" grow>
              <Select label={t.competence} data={competenceOptions(current)} value={competence} onChange={setCompetence} allowDeselect={false} error={errs.competence} />
              <NumberInput label={t.dueDayFrom} min={1} max={31} value={from} onChange={setFrom} error={errs.dueDayFrom} />
              <NumberInput label={t.dueDayTo} min={1} max={31} value={to} onChange={setTo} error={errs.dueDayTo} />
            </Group>
            <ErrorAlert error={start.error} placed={['competence', 'dueDayFrom', 'dueDayTo']} />
            <Group justify="flex-end">
              <Button type="submit" loading={start.isPending}>{t.start}</Button>
            </Group>
          </Stack>
        </Card>
      )}
      <Title order={2} size="h4">{t.history}</Title>
      <ErrorAlert error={runs.error} />
      {runs.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
      {!!runs.data?.length && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr><Table.Th>{messages.billing.competence}</Table.Th><Table.Th>{t.requestedAt}</Table.Th><Table.Th>{t.invoices}</Table.Th><Table.Th>{t.totalAmount}</Table.Th><Table.Th>{messages.common.status}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td><Anchor component={Link} href={`/faturamento/${r.id}`}>{formatCompetence(r.competence)}</Anchor> <Text span size="xs" c="dimmed">(dias {r.dueDayFrom}–{r.dueDayTo})</Text></Table.Td>
                  <Table.Td>{formatDateTime(r.requestedAt)}</Table.Td>
                  <Table.Td>{r.status === 'issuing' || r.status === 'completed' ? `${r.done}/${r.total}` : r.total}</Table.Td>
                  <Table.Td>{formatMoney(r.totalCents)}</Table.Td>
                  <Table.Td><RunStatusBadge status={r.status} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
