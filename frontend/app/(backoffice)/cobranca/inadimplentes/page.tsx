'use client';
import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Badge, Group, Loader, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, type LadderList, type OverdueList } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { fmt } from '../../../../lib/i18n';
import { api } from '../../../../lib/api';
import { formatDate, formatMoney } from '../../../../lib/format';
import { stepOptions, type Ladder } from '../../../../lib/finance';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Guard } from '../../../../components/Guard';

const t = messages.overdue;
const PAGE_SIZE = 50;
const LEVEL_COLOR: Record<string, string> = { none: 'gray', throttle: 'yellow', redirect: 'orange', block: 'red', cancel: 'dark' };

export default function OverduePage() {
  return (
    <Guard permission="collections:read">
      <OverdueList />
    </Guard>
  );
}

/** Contracts with overdue invoices, by the ladder step they are on: who to call first, and what happens next. */
function OverdueList() {
  const [step, setStep] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const ladders = useQuery({
    queryKey: ['collections', 'ladders'],
    queryFn: async () => unwrap<LadderList>(await api.GET('/api/v1/collections/ladders')),
  });
  const list = useQuery({
    queryKey: ['collections', 'overdue', { step, q: debounced, page }],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap<OverdueList>(await api.GET('/api/v1/collections/overdue', { params: { query: { ...(step ? { step } : {}), ...(debounced ? { q: debounced } : {}), page, pageSize: PAGE_SIZE } } })),
  });
  const data = list.data;
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      <Text c="dimmed">{t.intro}</Text>
      <Group align="flex-end">
        <Select
          label={t.step}
          placeholder={t.allSteps}
          clearable
          data={ladders.data ? stepOptions([ladders.data.builtIn, ...ladders.data.items], (a) => messages.ladders.actions[a] ?? a) : []}
          value={step}
          onChange={(v) => { setStep(v); setPage(1); }}
          w={280}
        />
        <TextInput label={t.search} description={t.searchHint} value={q} onChange={(e) => { setQ(e.currentTarget.value); setPage(1); }} w={320} />
      </Group>
      <ErrorAlert error={list.error ?? ladders.error} />
      {list.isPending ? (
        <Loader aria-label={messages.common.loading} />
      ) : data ? (
        <>
          <Text size="sm" c="dimmed" data-testid="overdue-total">{fmt(t.total, { n: data.total, today: formatDate(data.today) })}</Text>
          <Table.ScrollContainer minWidth={960}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.customer}</Table.Th><Table.Th>{t.contract}</Table.Th><Table.Th>{t.oldestDue}</Table.Th><Table.Th>{t.daysOverdue}</Table.Th>
                  <Table.Th>{t.open}</Table.Th><Table.Th>{t.level}</Table.Th><Table.Th>{t.current}</Table.Th><Table.Th>{t.next}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((r) => (
                  <Table.Tr key={r.contractId}>
                    <Table.Td><Anchor component={Link} href={`/clientes/${r.customerId}`}>{r.customerName}</Anchor></Table.Td>
                    <Table.Td><Anchor component={Link} href={`/contratos/${r.contractId}`}>{r.pppoeLogin ?? r.contractId.slice(0, 8)}</Anchor></Table.Td>
                    <Table.Td>{formatDate(r.oldestDueDate)}</Table.Td>
                    <Table.Td>{r.daysOverdue}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoney(r.openCents)} <Text span size="xs" c="dimmed">({fmt(t.invoices, { n: r.overdueInvoices })})</Text></Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={LEVEL_COLOR[r.serviceLevel] ?? 'gray'} style={{ minWidth: 'max-content' }}>{t.levels[r.serviceLevel] ?? r.serviceLevel}</Badge>
                      {r.trustUnblockActive && <Text size="xs">{fmt(t.trustUntil, { date: formatDate(r.trustUntil) })}</Text>}
                    </Table.Td>
                    <Table.Td>{r.currentStep ? r.currentStep.label : '—'}</Table.Td>
                    <Table.Td>{r.nextStep ? `${r.nextStep.label} — ${formatDate(r.nextStep.on)}` : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.items.length === 0 && <Text c="dimmed">{t.none}</Text>}
          {data.total > PAGE_SIZE && <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} getControlProps={(c) => ({ 'aria-label': c })} />}
        </>
      ) : null}
    </Stack>
  );
}
