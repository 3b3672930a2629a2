'use client';
import { useParams } from 'next/navigation';
import { Alert, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type PlanView } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { formatDateTime, formatMoney, formatSpeed } from '../../../../lib/format';
import { PlanForm, planBody, valuesFromPlan, type PlanFormValues } from '../../../../components/PlanForm';
import { ErrorAlert } from '../../../../components/ErrorAlert';

const t = messages.plans;

export default function PlanPage() {
  const { id } = useParams<{ id: string }>();
  const me = useMe();
  const qc = useQueryClient();
  const plan = useQuery({ queryKey: ['plans', 'detail', id], queryFn: async () => unwrap<PlanView>(await api.GET('/api/v1/plans/{id}', { params: { path: { id } } })) });
  const update = useMutation({
    mutationFn: async (v: PlanFormValues) => unwrap<PlanView>(await api.PATCH('/api/v1/plans/{id}', { params: { path: { id } }, body: planBody(v) })),
    onSuccess: (p) => {
      qc.setQueryData(['plans', 'detail', id], p);
      void qc.invalidateQueries({ queryKey: ['plans', 'list'] });
    },
  });
  if (plan.isPending) return <Loader aria-label={messages.common.loading} />;
  if (plan.error) return <ErrorAlert error={plan.error} />;
  const p = plan.data;
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">{p.name} <Text span c="dimmed">v{p.version}</Text></Title>
      {can(me.data, 'plans:write') && (
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">{t.editTitle}</Title>
            <Text size="sm" c="dimmed">{t.versionHint}</Text>
            <PlanForm key={p.version + String(p.active) + p.name} initial={valuesFromPlan(p)} onSubmit={(v) => update.mutate(v)} busy={update.isPending} error={update.error} submitLabel={messages.common.save} />
            {update.isSuccess && <Alert color="green">{messages.common.saved}</Alert>}
          </Stack>
        </Card>
      )}
      <Title order={2} size="h4">{t.versions}</Title>
      <Table.ScrollContainer minWidth={500}>
        <Table>
          <Table.Thead>
            <Table.Tr><Table.Th>{messages.common.version}</Table.Th><Table.Th>{t.publishedAt}</Table.Th><Table.Th>{t.speed}</Table.Th><Table.Th>{t.price}</Table.Th><Table.Th>{t.loyaltyMonths}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...p.versions].reverse().map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td>v{v.version}</Table.Td>
                <Table.Td>{formatDateTime(v.publishedAt)}</Table.Td>
                <Table.Td>{formatSpeed(v.terms.downloadMbps)} / {formatSpeed(v.terms.uploadMbps)}</Table.Td>
                <Table.Td>{formatMoney(v.terms.priceCents)}</Table.Td>
                <Table.Td>{v.terms.loyaltyMonths || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
