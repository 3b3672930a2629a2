'use client';
import { useState } from 'react';
import { CompositeChart } from '@mantine/charts';
import { Select, Table } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { blobOf } from '../../../../lib/files';
import { addMonths, competenceOptions } from '../../../../lib/billing';
import { amountColor, formatMoney, saoPauloToday } from '../../../../lib/format';
import { cashFlowChartData, monthLabel, reportFileName, type CashFlow } from '../../../../lib/finance';
import { Guard } from '../../../../components/Guard';
import { ReportFrame, chartMoney, chartMoneyExact } from '../../../../components/ReportFrame';

const r = messages.finance.reports;
const t = r.cashFlow;

export default function CashFlowPage() {
  return (
    <Guard permission="reports:read">
      <CashFlowReport />
    </Guard>
  );
}

function CashFlowReport() {
  const now = saoPauloToday().slice(0, 7);
  const [from, setFrom] = useState(addMonths(now, -3));
  const [to, setTo] = useState(addMonths(now, 3));
  const options = competenceOptions(now, 24, 12);
  const query = { from, to };
  const flow = useQuery({
    queryKey: ['reports', 'cash-flow', query],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap<CashFlow>(await api.GET('/api/v1/finance/reports/cash-flow', { params: { query } })),
  });
  return (
    <ReportFrame
      title={t.title}
      intro={t.intro}
      filters={
        <>
          <Select label={messages.finance.from} data={options} value={from} onChange={(v) => setFrom(v ?? from)} allowDeselect={false} w={200} />
          <Select label={messages.finance.to} data={options} value={to} onChange={(v) => setTo(v ?? to)} allowDeselect={false} w={200} />
        </>
      }
      exportFile={async (format) => blobOf(await api.GET('/api/v1/finance/reports/cash-flow', { params: { query: { ...query, format } }, parseAs: 'blob' }))}
      fileName={(format) => reportFileName('fluxo-de-caixa', query, format)}
      pending={flow.isPending}
      error={flow.error}
      chartLabel={t.title}
      chart={
        flow.data && (
          <CompositeChart
            h={320}
            data={cashFlowChartData(flow.data.months, t)}
            dataKey="mes"
            series={[
              { name: t.realisedIn, color: 'teal.6', type: 'bar' },
              { name: t.projectedIn, color: 'teal.3', type: 'bar' },
              { name: t.realisedOut, color: 'red.6', type: 'bar' },
              { name: t.projectedOut, color: 'red.3', type: 'bar' },
              { name: t.net, color: 'blue.7', type: 'line' },
            ]}
            valueFormatter={chartMoneyExact}
            yAxisProps={{ tickFormatter: chartMoney, width: 90 }}
            withLegend
            withTooltip
          />
        )
      }
      table={
        flow.data && (
          <Table.ScrollContainer minWidth={700}>
            <Table striped>
              <Table.Thead>
                <Table.Tr><Table.Th>{r.month}</Table.Th><Table.Th ta="right">{t.realisedIn}</Table.Th><Table.Th ta="right">{t.realisedOut}</Table.Th><Table.Th ta="right">{t.projectedIn}</Table.Th><Table.Th ta="right">{t.projectedOut}</Table.Th><Table.Th ta="right">{t.net}</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {flow.data.months.map((m) => (
                  <Table.Tr key={m.month}>
                    <Table.Td>{monthLabel(m.month)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(m.realisedInCents)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(m.realisedOutCents)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(m.projectedInCents)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(m.projectedOutCents)}</Table.Td>
                    <Table.Td ta="right" fw={700} c={amountColor(m.netCents)}>{formatMoney(m.netCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    />
  );
}
