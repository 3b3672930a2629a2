'use client';
import type { ReactNode } from 'react';
import { Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { messages } from '../messages/pt-BR';
import { ErrorAlert } from './ErrorAlert';
import { ReportExport } from './ReportExport';

/** A report page: title, filters and exports in a row, then the chart and the table (or the loading/error state). */
export function ReportFrame(props: {
  title: string;
  intro?: string;
  filters: ReactNode;
  exportFile: (format: 'csv' | 'pdf') => Promise<Blob>;
  fileName: (format: 'csv' | 'pdf') => string;
  pending: boolean;
  error: unknown;
  chartLabel: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <Stack>
      <Title order={1} size="h2">{props.title}</Title>
      {props.intro && <Text c="dimmed">{props.intro}</Text>}
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">{props.filters}</Group>
        <ReportExport fetchFile={props.exportFile} fileName={props.fileName} />
      </Group>
      <ErrorAlert error={props.error} />
      {props.pending ? (
        <Loader aria-label={messages.common.loading} />
      ) : (
        !props.error && (
          <>
            <Card withBorder>
              <Title order={2} size="h5" mb="sm">{messages.finance.reports.chart}</Title>
              <div role="img" aria-label={props.chartLabel} data-testid="report-chart">{props.chart}</div>
            </Card>
            <Card withBorder>{props.table}</Card>
          </>
        )
      )}
    </Stack>
  );
}

/** R$ on chart axes and tooltips (the chart plots reais; tables show the exact centavos). */
export const chartMoney = (reais: number) => reais.toLocaleString('pt-BR', { style: 'currency', currency: 'BRL', maximumFractionDigits: 0 });
export const chartMoneyExact = (reais: number) => reais.toLocaleString('pt-BR', { style: 'currency', currency: 'BRL' });
