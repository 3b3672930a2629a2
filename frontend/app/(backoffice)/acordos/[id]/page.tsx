'use client';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Anchor, Badge, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { formatDate, formatMoney } from '../../../../lib/format';
import type { Agreement } from '../../../../lib/finance';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { CustomerName } from '../../../../components/CustomerName';
import { AgreementTermsView } from '../../../../components/AgreementTerms';
import { Guard } from '../../../../components/Guard';

const t = messages.agreements;
const COLORS: Record<string, string> = { active: 'blue', broken: 'red', completed: 'green' };

export default function AgreementPage() {
  return (
    <Guard permission="agreements:read">
      <AgreementDetail />
    </Guard>
  );
}

function AgreementDetail() {
  const { id } = useParams<{ id: string }>();
  const a = useQuery({ queryKey: ['agreements', 'detail', id], queryFn: async () => unwrap<Agreement>(await api.GET('/api/v1/agreements/{id}', { params: { path: { id } } })) });
  if (a.isPending) return <Loader aria-label={messages.common.loading} />;
  if (a.error) return <ErrorAlert error={a.error} />;
  const v = a.data;
  return (
    <Stack>
      <Group>
        <Title order={1} size="h2">{t.detail} — {formatDate(v.date)}</Title>
        <Badge variant="dot" color={COLORS[v.status]}>{t.statuses[v.status]}</Badge>
      </Group>
      <Text>{t.customer}: <CustomerName id={v.customerId} /></Text>
      <Card withBorder><AgreementTermsView terms={v.terms} issued /></Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">{t.originals}</Title>
        <Table>
          <Table.Thead><Table.Tr><Table.Th>{messages.finance.dueDate}</Table.Th><Table.Th ta="right">{t.debt}</Table.Th><Table.Th ta="right">{t.charges}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {v.terms.debts.map((d) => (
              <Table.Tr key={d.invoiceId}>
                <Table.Td><Anchor component={Link} href={`/faturas/${d.invoiceId}`}>{formatDate(d.dueDate)}</Anchor></Table.Td>
                <Table.Td ta="right">{formatMoney(d.principalCents)}</Table.Td>
                <Table.Td ta="right">{formatMoney(d.fineCents + d.interestCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
