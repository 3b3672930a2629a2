import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { RequirePermission } from '../../../platform/auth/permissions.js';
import { principalOf } from '../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../platform/auth/principal.js';
import { ZodQuery, ZodResponseOrFile } from '../../../platform/http/validation.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { AGING_BUCKETS } from '../domain/aging.js';
import type { Dre, DreSection } from '../domain/dre.js';
import { FinanceReportsReader } from './finance-reports.reader.js';
import { AgingReportSchema, CashFlowReportSchema, DelinquencyReportSchema, DreReportSchema } from './finance-reports.schemas.js';
import { brl, toCsv, toPdf, type ReportTable } from './report-export.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'a month YYYY-MM' });
const format = z.enum(['json', 'csv', 'pdf']).optional();
/** One month (`month`), or a range of months (`from`–`to`: a quarter, a year). */
export const DreQuery = z.object({ month: month.optional(), from: month.optional(), to: month.optional(), basis: z.enum(['accrual', 'cash']).optional(), format })
  .refine((q) => (q.month ? !q.from && !q.to : q.from && q.to && q.from <= q.to), { error: 'give month, or from and to (from ≤ to)', path: ['month'] });
export const AgingQuery = z.object({ asOf: z.iso.date({ error: 'a date YYYY-MM-DD' }).optional(), format });
export const RangeQuery = z.object({ from: month, to: month, format }).refine((q) => q.from <= q.to, { error: 'from must not be after to', path: ['to'] });

const FILES = ['text/csv', 'application/pdf'];
const pct = (bp: number) => `${(bp / 100).toFixed(2).replace('.', ',')} %`;

/** Reports as JSON, or `format=csv|pdf` for export (same numbers, integer centavos in CSV). */
@ApiTags('finance')
@Controller('v1/finance/reports')
export class FinanceReportsController {
  constructor(private readonly reports: FinanceReportsReader) {}

  @Get('dre')
  @RequirePermission('reports:read')
  @ZodQuery(DreQuery)
  @ZodResponseOrFile(DreReportSchema, FILES)
  async dre(@Query() q: z.infer<typeof DreQuery>, @Req() req: RequestWithPrincipal, @Res() res: Response) {
    const from = (q.month ?? q.from)!;
    const to = (q.month ?? q.to)!;
    const d = await this.reports.dre(principalOf(req).companyId, from, to, q.basis ?? 'accrual');
    const period = from === to ? from : `${from}-a-${to}`;
    await send(res, q.format, q.month ? { month: q.month, ...d } : d, () => dreTable(from, to, d), `dre-${period}${q.basis === 'cash' ? '-caixa' : ''}`);
  }

  @Get('aging')
  @RequirePermission('reports:read')
  @ZodQuery(AgingQuery)
  @ZodResponseOrFile(AgingReportSchema, FILES)
  async aging(@Query() q: z.infer<typeof AgingQuery>, @Req() req: RequestWithPrincipal, @Res() res: Response) {
    const asOf = q.asOf ?? saoPauloDate(new Date());
    const a = await this.reports.aging(principalOf(req).companyId, asOf);
    await send(res, q.format, a, () => ({
      title: 'Contas a receber por vencimento (aging)', subtitle: `Posição em ${asOf}`, columns: ['Faixa', 'Faturas', 'Valor (R$)', 'Centavos'],
      rows: [...AGING_BUCKETS.map((b) => [b, a.buckets[b].count, brl(a.buckets[b].amountCents), a.buckets[b].amountCents]), ['Total', '', brl(a.totalCents), a.totalCents]],
    }), `aging-${asOf}`);
  }

  @Get('delinquency')
  @RequirePermission('reports:read')
  @ZodQuery(RangeQuery)
  @ZodResponseOrFile(DelinquencyReportSchema, FILES)
  async delinquency(@Query() q: z.infer<typeof RangeQuery>, @Req() req: RequestWithPrincipal, @Res() res: Response) {
    const d = await this.reports.delinquency(principalOf(req).companyId, q.from, q.to);
    await send(res, q.format, d, () => ({
      title: 'Inadimplência por mês de vencimento', subtitle: `${q.from} a ${q.to}`, columns: ['Mês', 'Vencido (R$)', 'Não recebido (R$)', 'Taxa'],
      rows: d.months.map((m) => [m.month, brl(m.dueCents), brl(m.unpaidCents), pct(m.rateBp)]),
    }), `inadimplencia-${q.from}-${q.to}`);
  }

  @Get('cash-flow')
  @RequirePermission('reports:read')
  @ZodQuery(RangeQuery)
  @ZodResponseOrFile(CashFlowReportSchema, FILES)
  async cashFlow(@Query() q: z.infer<typeof RangeQuery>, @Req() req: RequestWithPrincipal, @Res() res: Response) {
    const c = await this.reports.cashFlow(principalOf(req).companyId, q.from, q.to);
    await send(res, q.format, c, () => ({
      title: 'Fluxo de caixa', subtitle: `${q.from} a ${q.to} (realizado e previsto)`,
      columns: ['Mês', 'Entradas realizadas', 'Saídas realizadas', 'Entradas previstas', 'Saídas previstas', 'Saldo'],
      rows: c.months.map((m) => [m.month, brl(m.realisedInCents), brl(m.realisedOutCents), brl(m.projectedInCents), brl(m.projectedOutCents), brl(m.netCents)]),
    }), `fluxo-de-caixa-${q.from}-${q.to}`);
  }
}

function dreTable(from: string, to: string, d: Dre & { basis: 'accrual' | 'cash' }): ReportTable {
  const mmYyyy = (m: string) => `${m.slice(5)}/${m.slice(0, 4)}`;
  const rows: Array<Array<string | number>> = [];
  const section = (title: string, s: DreSection) => {
    rows.push([title, brl(s.totalCents), s.totalCents]);
    for (const l of s.lines) rows.push([`  ${l.code} ${l.name}`, brl(l.amountCents), l.amountCents]);
  };
  section('Receita bruta', d.receitaBruta);
  section('(-) Deduções', d.deducoes);
  rows.push(['= Receita líquida', brl(d.receitaLiquidaCents), d.receitaLiquidaCents]);
  section('(-) Custos', d.custos);
  rows.push(['= Lucro bruto', brl(d.lucroBrutoCents), d.lucroBrutoCents]);
  section('(-) Despesas', d.despesas);
  rows.push(['= Resultado', brl(d.resultadoCents), d.resultadoCents]);
  return { title: 'Demonstração do Resultado (DRE)', subtitle: `Competência ${from === to ? mmYyyy(from) : `${mmYyyy(from)} a ${mmYyyy(to)}`} — regime de ${d.basis === 'cash' ? 'caixa' : 'competência'}`, columns: ['Linha', 'Valor (R$)', 'Centavos'], rows };
}

async function send(res: Response, format: 'json' | 'csv' | 'pdf' | undefined, json: unknown, table: () => ReportTable, name: string): Promise<void> {
  if (format === 'csv') {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
    res.end(toCsv(table()));
    return;
  }
  if (format === 'pdf') {
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${name}.pdf"`);
    res.end(await toPdf(table()));
    return;
  }
  res.json(json);
}
