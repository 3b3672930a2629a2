'use client';
import { useState } from 'react';
import { LineChart } from '@mantine/charts';
import { Select, Table } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { blobOf } from '../../../../lib/files';
import { addMonths, competenceOptions } from '../../../../lib/billing';
import { formatBasisPoints, formatMoney, saoPauloToday } from '../../../../lib/format';
import { delinquencyChartData, monthLabel, reportFileName, type Delinquency } from '../../../../lib/finance';
import { Guard } from '../../../../components/Guard';
import { ReportFrame } from '../../../../components/ReportFrame';

const r = messages.finance.reports;
const t = r.delinquency;

export default function DelinquencyPage() {
  return (
    <Guard permission="reports:read">
      <DelinquencyReport />
    </Guard>
  );
}

function DelinquencyReport() {
  const now = saoPauloToday().slice(0, 7);
  const [from, setFrom] = useState(addMonths(now, -11));
  const [to, setTo] = useState(now);
  const options = competenceOptions(now, 36, 0);
  const query = { from, to };
  const report = useQuery({
    queryKey: ['reports', 'delinquency', query],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap<Delinquency>(await api.GET('/api/v1/finance/reports/delinquency', { params: { query } })),
  });
  return (
    <ReportFrame
      title={t.title}
      filters={
        <>
          <Select label={messages.finance.from} data={options} value={from} onChange={(v) => setFrom(v ?? from)} allowDeselect={false} w={200} />
          <Select label={messages.finance.to} data={options} value={to} onChange={(v) => setTo(v ?? to)} allowDeselect={false} w={200} />
        </>
      }
      exportFile={async (format) => blobOf(await api.GET('/api/v1/finance/reports/delinquency', { params: { query: { ...query, format } }, parseAs: 'blob' }))}
      fileName={(format) => reportFileName('inadimplencia', query, format)}
      pending={report.isPending}
      error={report.error}
      chartLabel={t.title}
      chart={
        report.data && (
          <LineChart
            h={280}
            data={delinquencyChartData(report.data.months)}
            dataKey="mes"
            series={[{ name: 'taxa', label: t.rate, color: 'red.6' }]}
            valueFormatter={(v) => `${v.toLocaleString('pt-BR', { maximumFractionDigits: 2 })}%`}
            yAxisProps={{ width: 60 }}
            withTooltip
          />
        )
      }
      table={
        report.data && (
          <Table striped>
            <Table.Thead><Table.Tr><Table.Th>{r.month}</Table.Th><Table.Th ta="right">{t.due}</Table.Th><Table.Th ta="right">{t.unpaid}</Table.Th><Table.Th ta="right">{t.rate}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {report.data.months.map((m) => (
                <Table.Tr key={m.month}><Table.Td>{monthLabel(m.month)}</Table.Td><Table.Td ta="right">{formatMoney(m.dueCents)}</Table.Td><Table.Td ta="right">{formatMoney(m.unpaidCents)}</Table.Td><Table.Td ta="right">{formatBasisPoints(m.rateBp)}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    />
  );
}
