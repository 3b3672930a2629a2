import type { AccountKind } from './chart-of-accounts.js';

export interface DreAmount {
  code: string;
  name: string;
  kind: AccountKind;
  /** Positive centavos as the line reads (a deduction of 100 is 100). */
  amountCents: number;
}

export interface DreSection {
  lines: Array<{ code: string; name: string; amountCents: number }>;
  totalCents: number;
}

/** Demonstração do Resultado do Exercício, lines in the usual order. */
export interface Dre {
  receitaBruta: DreSection;
  deducoes: DreSection;
  receitaLiquidaCents: number;
  custos: DreSection;
  lucroBrutoCents: number;
  despesas: DreSection;
  resultadoCents: number;
}

const section = (amounts: readonly DreAmount[], kind: AccountKind): DreSection => {
  const lines = amounts.filter((a) => a.kind === kind).sort((a, b) => a.code.localeCompare(b.code)).map(({ code, name, amountCents }) => ({ code, name, amountCents }));
  return { lines, totalCents: lines.reduce((s, l) => s + l.amountCents, 0) };
};

/** Every account of the chart is a line (zero when nothing posted), so two months compare line by line. */
export function buildDre(amounts: readonly DreAmount[]): Dre {
  const receitaBruta = section(amounts, 'revenue');
  const deducoes = section(amounts, 'deduction');
  const custos = section(amounts, 'cost');
  const despesas = section(amounts, 'expense');
  const receitaLiquidaCents = receitaBruta.totalCents - deducoes.totalCents;
  const lucroBrutoCents = receitaLiquidaCents - custos.totalCents;
  return { receitaBruta, deducoes, receitaLiquidaCents, custos, lucroBrutoCents, despesas, resultadoCents: lucroBrutoCents - despesas.totalCents };
}
