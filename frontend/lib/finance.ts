/**
 * Finance and collections in the back office: the shapes the finance, collections and audit routes answer,
 * by the names the screens use (aliases of the generated response types), and the logic that lives in the
 * UI — chart data shaping, period ranges, and the instalment previews shown before the API is asked.
 */
import type {
  AgingReport, AgreementDebt, AgreementTerms, AgreementView, AuditEntry, AuditPage, BankAccount, CashFlowReport, ChartAccount, DelinquencyReport, DreReport,
  DreSection, Ladder, LadderStep, Movement, Payable, PayableInstalment, RecurringBill, Supplier, TrustUnblockRules,
} from '@netprovider/api-client';
import { addMonths } from './billing';

export type {
  AgreementDebt, AgreementTerms, AuditEntry, AuditPage, BankAccount, ChartAccount, DreSection, Ladder, LadderStep, Movement, Payable, PayableInstalment, RecurringBill, Supplier,
  TrustUnblockRules,
};
export type AccountKind = ChartAccount['kind'];
export type Dre = DreReport;
export type AgingBucket = keyof AgingReport['buckets'];
export const AGING_BUCKETS: readonly AgingBucket[] = ['current', '1-30', '31-60', '61-90', '90+'];
export type Aging = AgingReport;
export type CashFlow = CashFlowReport;
export type CashFlowMonth = CashFlow['months'][number];
export type Delinquency = DelinquencyReport;
export type DelinquencyMonth = Delinquency['months'][number];
export type Agreement = AgreementView;

export type StepAction = LadderStep['action'];
export type Channel = NonNullable<LadderStep['channel']>;
export const STEP_ACTIONS: readonly StepAction[] = ['remind', 'notify', 'throttle', 'redirect', 'block', 'cancel'];
export const CHANNELS: readonly Channel[] = ['email', 'sms', 'whatsapp'];

export interface AgreementInstalmentView { number: number; dueDate: string; amountCents: number; invoiceId?: string; debtCents?: number; chargesCents?: number }

/** Centavos → reais for a chart axis (charts plot numbers; tables keep the exact centavos). */
export const reais = (cents: number): number => Math.round(cents) / 100;

/** `2026-03` → `03/2026`. */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  return m ? `${m[2]}/${m[1]}` : month;
}

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The months a DRE covers: the month itself, the quarter that holds it, or the calendar year. */
export function periodRange(kind: PeriodKind, month: string): { from: string; to: string } {
  const y = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  if (kind === 'year') return { from: `${y}-01`, to: `${y}-12` };
  if (kind === 'quarter') {
    const first = Math.floor((m - 1) / 3) * 3 + 1;
    const pad = (n: number) => String(n).padStart(2, '0');
    return { from: `${y}-${pad(first)}`, to: `${y}-${pad(first + 2)}` };
  }
  return { from: month.slice(0, 7), to: month.slice(0, 7) };
}

/** The DRE as bars: each section total and the results between them, in reais. */
export function dreChartData(dre: Dre, labels: { bruta: string; deducoes: string; liquida: string; custos: string; lucroBruto: string; despesas: string; resultado: string }) {
  return [
    { linha: labels.bruta, valor: reais(dre.receitaBruta.totalCents) },
    { linha: labels.deducoes, valor: -reais(dre.deducoes.totalCents) },
    { linha: labels.liquida, valor: reais(dre.receitaLiquidaCents) },
    { linha: labels.custos, valor: -reais(dre.custos.totalCents) },
    { linha: labels.lucroBruto, valor: reais(dre.lucroBrutoCents) },
    { linha: labels.despesas, valor: -reais(dre.despesas.totalCents) },
    { linha: labels.resultado, valor: reais(dre.resultadoCents) },
  ];
}

/** Cash flow per month in reais: realised in/out and projected in/out (outflows negative), plus the net. */
export function cashFlowChartData(months: readonly CashFlowMonth[], labels: { realisedIn: string; realisedOut: string; projectedIn: string; projectedOut: string; net: string }) {
  return months.map((m) => ({
    mes: monthLabel(m.month),
    [labels.realisedIn]: reais(m.realisedInCents),
    [labels.realisedOut]: -reais(m.realisedOutCents),
    [labels.projectedIn]: reais(m.projectedInCents),
    [labels.projectedOut]: -reais(m.projectedOutCents),
    [labels.net]: reais(m.netCents),
  }));
}

/** Aging buckets in their order, in reais. */
export function agingChartData(aging: Aging, labels: Record<AgingBucket, string>) {
  return AGING_BUCKETS.map((b) => ({ faixa: labels[b], valor: reais(aging.buckets[b]?.amountCents ?? 0), titulos: aging.buckets[b]?.count ?? 0 }));
}

/** Delinquency per due month: the rate as a percentage (basis points / 100) and the amounts in reais. */
export function delinquencyChartData(months: readonly DelinquencyMonth[]) {
  return months.map((m) => ({ mes: monthLabel(m.month), taxa: m.rateBp / 100, vencido: reais(m.dueCents), naoRecebido: reais(m.unpaidCents) }));
}

/** A bill split monthly from the first due date, the centavos that do not divide on the first (as the API does). */
export function splitInstalments(totalCents: number, count: number, firstDueDate: string): Array<{ number: number; dueDate: string; amountCents: number }> {
  if (!Number.isInteger(totalCents) || totalCents <= 0 || !Number.isInteger(count) || count < 1 || !firstDueDate) return [];
  const each = Math.floor(totalCents / count);
  return Array.from({ length: count }, (_, k) => ({ number: k + 1, dueDate: addMonthsKeepDay(firstDueDate, k), amountCents: each + (k === 0 ? totalCents - each * count : 0) }));
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `2026-01-31` + 1 month → `2026-02-28` (the day kept where the month has it). */
export function addMonthsKeepDay(date: string, k: number): string {
  const month = addMonths(date.slice(0, 7), k);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = Math.min(Number(date.slice(8, 10)), daysIn(y, m));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * The agreement's instalments before simulating (the API's rule): the down payment due on the agreement date,
 * the rest in equal monthly instalments on the due day (31 → last day of shorter months), the centavos that do
 * not divide on the first. Empty when the figures cannot make an agreement.
 */
export function agreementPreview(p: { totalCents: number; downPaymentCents: number; instalments: number; dueDay: number; date: string }): AgreementInstalmentView[] {
  const { totalCents, downPaymentCents, instalments, dueDay, date } = p;
  if (!Number.isInteger(instalments) || instalments < 1 || instalments > 60 || dueDay < 1 || dueDay > 31) return [];
  if (downPaymentCents < 0 || downPaymentCents >= totalCents) return [];
  const rest = totalCents - downPaymentCents;
  if (rest < instalments) return [];
  const out: AgreementInstalmentView[] = [];
  if (downPaymentCents > 0) out.push({ number: 0, dueDate: date, amountCents: downPaymentCents });
  const each = Math.floor(rest / instalments);
  for (let k = 1; k <= instalments; k++) {
    const month = addMonths(date.slice(0, 7), k);
    const [y, m] = month.split('-').map(Number) as [number, number];
    out.push({ number: k, dueDate: `${month}-${String(Math.min(dueDay, daysIn(y, m))).padStart(2, '0')}`, amountCents: each + (k === 1 ? rest - each * instalments : 0) });
  }
  return out;
}

/** A report's file name for a download: `dre-2026-01-2026-03.csv`. */
export function reportFileName(report: string, params: Record<string, string | undefined>, ext: 'csv' | 'pdf'): string {
  const parts = Object.values(params).filter((v): v is string => !!v);
  return `${[report, ...parts].join('-')}.${ext}`;
}

/** The steps of a ladder sorted by their day offset (how the ladder runs). */
export function sortSteps(steps: readonly LadderStep[]): LadderStep[] {
  return [...steps].sort((a, b) => a.daysOffset - b.daysOffset);
}

/** A step id from its label: lower case, no accents, dashes (`Aviso de atraso` → `aviso-de-atraso`). */
export function stepIdFrom(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'etapa';
}

/**
 * The chart as a tree by code: a heading for each group prefix that no account holds (`3`, `3.1`), then the
 * accounts under it, indented by depth. Accounts are flat in the API; the code's dots are the hierarchy.
 */
export function accountTree(accounts: readonly ChartAccount[]): Array<{ account: ChartAccount; depth: number; group: boolean; kinds: AccountKind[] }> {
  const sorted = [...accounts].sort((a, b) => compareCodes(a.code, b.code));
  const codes = new Set(sorted.map((a) => a.code));
  const seen = new Set<string>();
  const out: Array<{ account: ChartAccount; depth: number; group: boolean; kinds: AccountKind[] }> = [];
  const kindsUnder = (prefix: string) => [...new Set(sorted.filter((x) => x.code.startsWith(`${prefix}.`)).map((x) => x.kind))];
  for (const a of sorted) {
    const parts = a.code.split('.');
    for (let d = 1; d < parts.length; d++) {
      const prefix = parts.slice(0, d).join('.');
      if (codes.has(prefix) || seen.has(prefix)) continue;
      seen.add(prefix);
      out.push({ account: { id: `group-${prefix}`, code: prefix, name: '', kind: a.kind, systemKey: null, active: true }, depth: d - 1, group: true, kinds: kindsUnder(prefix) });
    }
    out.push({ account: a, depth: parts.length - 1, group: false, kinds: [a.kind] });
  }
  return out;
}

function compareCodes(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    if (x[i] !== y[i]) return x[i]! - y[i]!;
  }
  return 0;
}

/**
 * The audit search's query string: empty filters left out; a day typed as `from`/`to` covers the whole day in
 * São Paulo (from its 00:00 to the next day's 00:00, as instants with the -03:00 offset).
 */
export function auditQuery(f: { actorId?: string | null; streamId?: string; type?: string; from?: string; to?: string; page: number; pageSize: number }) {
  const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.streamId ? { streamId: f.streamId } : {}),
    ...(f.type ? { type: f.type } : {}),
    ...(f.from ? { from: `${f.from}T00:00:00-03:00` } : {}),
    ...(f.to ? { to: `${next(f.to)}T00:00:00-03:00` } : {}),
    page: f.page,
    pageSize: f.pageSize,
  };
}


/** The steps of every ladder as filter options (one per step id; the first ladder naming it gives the label). */
export function stepOptions(ladders: readonly Ladder[], actionLabel: (a: StepAction) => string = (a) => a): Array<{ value: string; label: string }> {
  const seen = new Map<string, string>();
  for (const l of ladders) for (const st of l.steps) if (!seen.has(st.id)) seen.set(st.id, `${actionLabel(st.action)} — dia ${st.daysOffset} (${st.id})`);
  return [...seen].map(([value, label]) => ({ value, label }));
}
