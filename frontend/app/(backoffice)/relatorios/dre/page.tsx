'use client';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { blobOf } from '../../../../lib/files';
import { competenceOptions, formatCompetence } from '../../../../lib/billing';
import { amountColor, formatMoney, saoPauloToday } from '../../../../lib/format';
import { dreChartData, periodRange, reportFileName, type Dre, type DreSection, type PeriodKind } from '../../../../lib/finance';
import { Guard } from '../../../../components/Guard';
import { ReportFrame, chartMoney, chartMoneyExact } from '../../../../components/ReportFrame';

const r = messages.finance.reports;
const t = r.dre;

export default function DrePage() {
  return (
    <Guard permission="reports:read">
      <DreReport />
    </Guard>
  );
}

function DreReport() {
  const [kind, setKind] = useState<PeriodKind>('month');
  const [month, setMonth] = useState(saoPauloToday().slice(0, 7));
  const [basis, setBasis] = useState<'accrual' | 'cash'>('accrual');
  const { from, to } = periodRange(kind, month);
  const query = { from, to, basis };
  const dre = useQuery({
    queryKey: ['reports', 'dre', query],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap<Dre>(await api.GET('/api/v1/finance/reports/dre', { params: { query } })),
  });
  const period = from === to ? formatCompetence(from) : `${formatCompetence(from)} – ${formatCompetence(to)}`;
  return (
    <ReportFrame
      title={t.title}
      filters={
        <>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="dre-period">{r.period}</Text>
            <SegmentedControl aria-labelledby="dre-period" value={kind} onChange={(v) => setKind(v as PeriodKind)} data={(['month', 'quarter', 'year'] as const).map((k) => ({ value: k, label: r.periods[k]! }))} />
          </Stack>
          <Select label={r.month} data={competenceOptions(saoPauloToday().slice(0, 7), 24, 3)} value={month} onChange={(v) => setMonth(v ?? month)} allowDeselect={false} w={200} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="dre-basis">{r.basis}</Text>
            <SegmentedControl aria-labelledby="dre-basis" value={basis} onChange={(v) => setBasis(v as 'accrual' | 'cash')} data={(['accrual', 'cash'] as const).map((b) => ({ value: b, label: r.bases[b]! }))} />
          </Stack>
        </>
      }
      exportFile={async (format) => blobOf(await api.GET('/api/v1/finance/reports/dre', { params: { query: { ...query, format } }, parseAs: 'blob' }))}
      fileName={(format) => reportFileName('dre', { from, to, basis }, format)}
      pending={dre.isPending}
      error={dre.error}
      chartLabel={`${t.title}: ${period}`}
      chart={
        dre.data && (
          <BarChart
            h={300}
            data={dreChartData(dre.data, t)}
            dataKey="linha"
            series={[{ name: 'valor', label: messages.finance.amount, color: 'blue.6' }]}
            valueFormatter={chartMoneyExact}
            yAxisProps={{ tickFormatter: chartMoney, width: 90 }}
            xAxisProps={{ interval: 0 }}
            getBarColor={(v) => (v < 0 ? 'red.6' : 'teal.6')}
            withTooltip
          />
        )
      }
      table={dre.data && <DreTable dre={dre.data} period={period} />}
    />
  );
}

function Section({ title, section, negative }: { title: string; section: DreSection; negative?: boolean }) {
  return (
    <>
      <Table.Tr>
        <Table.Th scope="row">{title}</Table.Th>
        <Table.Td ta="right" fw={700}>{formatMoney(negative ? -section.totalCents : section.totalCents)}</Table.Td>
      </Table.Tr>
      {section.lines.map((l) => (
        <Table.Tr key={l.code}>
          <Table.Td pl="xl"><Text size="sm" span c="dimmed" ff="monospace">{l.code}</Text> {l.name}</Table.Td>
          <Table.Td ta="right">{formatMoney(negative ? -l.amountCents : l.amountCents)}</Table.Td>
        </Table.Tr>
      ))}
    </>
  );
}

function Result({ title, cents, testId }: { title: string; cents: number; testId?: string }) {
  return (
    <Table.Tr bg="var(--mantine-color-default-hover)">
      <Table.Th scope="row">{title}</Table.Th>
      <Table.Td ta="right" fw={700} c={amountColor(cents)} data-testid={testId}>{formatMoney(cents)}</Table.Td>
    </Table.Tr>
  );
}

function DreTable({ dre, period }: { dre: Dre; period: string }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table>
        <Table.Caption>{period} — {r.bases[dre.basis]}</Table.Caption>
        <Table.Thead><Table.Tr><Table.Th>{t.line}</Table.Th><Table.Th ta="right">{messages.finance.amount}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          <Section title={t.bruta} section={dre.receitaBruta} />
          <Section title={t.deducoes} section={dre.deducoes} negative />
          <Result title={t.liquida} cents={dre.receitaLiquidaCents} />
          <Section title={t.custos} section={dre.custos} negative />
          <Result title={t.lucroBruto} cents={dre.lucroBrutoCents} />
          <Section title={t.despesas} section={dre.despesas} negative />
          <Result title={t.resultado} cents={dre.resultadoCents} testId="dre-result" />
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
