'use client';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { blobOf } from '../../../../lib/files';
import { formatDate, formatMoney, saoPauloToday } from '../../../../lib/format';
import { AGING_BUCKETS, agingChartData, reportFileName, type Aging, type AgingBucket } from '../../../../lib/finance';
import { DateField } from '../../../../components/DateField';
import { Guard } from '../../../../components/Guard';
import { ReportFrame, chartMoney, chartMoneyExact } from '../../../../components/ReportFrame';

const t = messages.finance.reports.aging;

export default function AgingPage() {
  return (
    <Guard permission="reports:read">
      <AgingReport />
    </Guard>
  );
}

function AgingReport() {
  const [asOf, setAsOf] = useState(saoPauloToday());
  const query = { asOf: asOf || saoPauloToday() };
  const aging = useQuery({
    queryKey: ['reports', 'aging', query],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap<Aging>(await api.GET('/api/v1/finance/reports/aging', { params: { query } })),
  });
  const labels = t.buckets as Record<AgingBucket, string>;
  return (
    <ReportFrame
      title={t.title}
      filters={<DateField label={t.asOf} value={asOf} onDate={setAsOf} w={170} />}
      exportFile={async (format) => blobOf(await api.GET('/api/v1/finance/reports/aging', { params: { query: { ...query, format } }, parseAs: 'blob' }))}
      fileName={(format) => reportFileName('aging', query, format)}
      pending={aging.isPending}
      error={aging.error}
      chartLabel={`${t.title} — ${formatDate(query.asOf)}`}
      chart={
        aging.data && (
          <BarChart h={280} data={agingChartData(aging.data, labels)} dataKey="faixa" series={[{ name: 'valor', label: messages.finance.amount, color: 'orange.6' }]} valueFormatter={chartMoneyExact} yAxisProps={{ tickFormatter: chartMoney, width: 90 }} withTooltip />
        )
      }
      table={
        aging.data && (
          <Table striped>
            <Table.Thead><Table.Tr><Table.Th>{t.bucket}</Table.Th><Table.Th ta="right">{t.count}</Table.Th><Table.Th ta="right">{messages.finance.amount}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {AGING_BUCKETS.map((b) => (
                <Table.Tr key={b}><Table.Td>{labels[b]}</Table.Td><Table.Td ta="right">{aging.data.buckets[b]?.count ?? 0}</Table.Td><Table.Td ta="right">{formatMoney(aging.data.buckets[b]?.amountCents ?? 0)}</Table.Td></Table.Tr>
              ))}
              <Table.Tr><Table.Th>{messages.billing.total}</Table.Th><Table.Td /><Table.Td ta="right" fw={700}>{formatMoney(aging.data.totalCents)}</Table.Td></Table.Tr>
            </Table.Tbody>
          </Table>
        )
      }
    />
  );
}
