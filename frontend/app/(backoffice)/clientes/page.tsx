'use client';
import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Button, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, type CustomerListItem, type Page } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { fmt } from '../../../lib/i18n';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { showDocument, showPhone } from '../../../lib/display';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CustomerStatusBadge } from '../../../components/StatusBadge';

const t = messages.customers;
const PAGE_SIZE = 20;

export default function CustomersPage() {
  const me = useMe();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const q = useQuery({
    queryKey: ['customers', 'list', { search: debounced, page }],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap<Page<CustomerListItem>>(await api.GET('/api/v1/customers', { params: { query: { search: debounced || undefined, page, pageSize: PAGE_SIZE } } })),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.title}</Title>
        {can(me.data, 'customers:write') && <Button component={Link} href="/clientes/novo">{t.new}</Button>}
      </Group>
      <TextInput
        label={t.searchLabel}
        placeholder={t.searchPlaceholder}
        type="search"
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(1);
        }}
      />
      <ErrorAlert error={q.error} />
      {q.data && <Text size="sm" c="dimmed" aria-live="polite">{fmt(t.total, { n: q.data.total })}</Text>}
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.name}</Table.Th>
              <Table.Th>{t.document}</Table.Th>
              <Table.Th>{t.phone}</Table.Th>
              <Table.Th>{t.email}</Table.Th>
              <Table.Th>{messages.common.status}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data?.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/clientes/${c.id}`}>{c.name ?? c.pseudonym}</Anchor>
                </Table.Td>
                <Table.Td>{showDocument(c.document)}</Table.Td>
                <Table.Td>{c.phones[0] ? showPhone(c.phones[0].number) : '—'}</Table.Td>
                <Table.Td>{c.emails[0] ?? '—'}</Table.Td>
                <Table.Td><CustomerStatusBadge status={c.status} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {q.data && q.data.items.length === 0 && <Text>{t.noResults}</Text>}
      {q.data && q.data.total > PAGE_SIZE && <Pagination total={Math.ceil(q.data.total / PAGE_SIZE)} value={page} onChange={setPage} />}
    </Stack>
  );
}
