'use client';
import { useState } from 'react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Anchor, Group, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, type InvoiceListItem, type InvoiceStatus, type Page } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { competenceOptions, formatCompetence } from '../../../lib/billing';
import { formatDate, formatMoney, saoPauloToday } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CustomerPicker } from '../../../components/CustomerPicker';
import { CustomerName } from '../../../components/CustomerName';
import { InvoiceStatusBadge } from '../../../components/StatusBadge';

const t = messages.billing.invoices;
const STATUSES = Object.entries(t.status).map(([value, label]) => ({ value, label }));
const PAGE_SIZE = 50;

/** Filters live in the URL (?situacao=&competencia=&cliente=) so a filtered list can be shared and reloaded. */
export function InvoiceList() {
  const me = useMe();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const status = params.get('situacao');
  const competence = params.get('competencia');
  const customerId = params.get('cliente');
  const [page, setPage] = useState(1);
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setPage(1);
    router.replace(`${pathname}${next.size ? `?${next}` : ''}`);
  };
  const invoices = useQuery({
    queryKey: ['invoices', 'list', { status, competence, customerId, page }],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap<Page<InvoiceListItem>>(
        await api.GET('/api/v1/invoices', {
          params: { query: { status: (status ?? undefined) as InvoiceStatus | undefined, competence: competence ?? undefined, customerId: customerId ?? undefined, page, pageSize: PAGE_SIZE } },
        }),
      ),
  });
  const data = invoices.data;
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      <Group align="flex-end">
        <Select label={t.filterStatus} placeholder={t.all} data={STATUSES} value={status} onChange={(v) => setFilter('situacao', v)} clearable w={200} />
        <Select label={t.filterCompetence} placeholder={t.all} data={competenceOptions(saoPauloToday().slice(0, 7), 12, 3)} value={competence} onChange={(v) => setFilter('competencia', v)} clearable w={220} />
        {can(me.data, 'customers:read') && (
          <CustomerPicker label={t.filterCustomer} placeholder={t.filterCustomerPlaceholder} clearable value={customerId} onChange={(v) => setFilter('cliente', v)} w={320} />
        )}
      </Group>
      <ErrorAlert error={invoices.error} />
      {data?.items.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
      {!!data?.items.length && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.number}</Table.Th><Table.Th>{messages.billing.customer}</Table.Th><Table.Th>{messages.billing.competence}</Table.Th><Table.Th>{messages.billing.dueDate}</Table.Th>
                <Table.Th ta="right">{messages.billing.total}</Table.Th><Table.Th ta="right">{t.outstanding}</Table.Th><Table.Th>{messages.common.status}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td><Anchor component={Link} href={`/faturas/${i.id}`}>{t.detail} {i.number}</Anchor></Table.Td>
                  <Table.Td><CustomerName id={i.customerId} /></Table.Td>
                  <Table.Td>{formatCompetence(i.competence)}</Table.Td>
                  <Table.Td>{formatDate(i.dueDate)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(i.totalCents)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(Math.max(0, i.outstandingCents))}</Table.Td>
                  <Table.Td><InvoiceStatusBadge status={i.status} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && data.total > PAGE_SIZE && <Pagination value={page} onChange={setPage} total={Math.ceil(data.total / PAGE_SIZE)} />}
    </Stack>
  );
}
