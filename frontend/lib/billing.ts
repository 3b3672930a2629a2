/** Framework-free helpers of the billing screens (competences, percentages, progress). */

const MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];

/** `2026-12` → `dezembro de 2026`. */
export function formatCompetence(c: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})$/.exec(c ?? '');
  if (!m) return c ?? '—';
  return `${MONTHS[Number(m[2]) - 1]} de ${m[1]}`;
}

/** `YYYY-MM` shifted by `delta` months. */
export function addMonths(competence: string, delta: number): string {
  const [y, m] = competence.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + delta;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The months offered when starting a billing run: `before` months back to `after` ahead of `current`, newest first. */
export function competenceOptions(current: string, before = 6, after = 3): Array<{ value: string; label: string }> {
  const out: Array<{ value: string; label: string }> = [];
  for (let d = after; d >= -before; d--) {
    const value = addMonths(current, d);
    out.push({ value, label: formatCompetence(value) });
  }
  return out;
}

/** Basis points ↔ a percentage typed with a comma: 200 ↔ `2`, 150 ↔ `1,5`, 33 ↔ `0,33`. */
export function percentFromBp(bp: number): string {
  return (bp / 100).toLocaleString('pt-BR', { maximumFractionDigits: 2, useGrouping: false });
}

/** `1,5` → 150; null when it is not a number with at most two decimals. */
export function bpFromPercent(text: string): number | null {
  const t = text.trim().replace(/\s|%/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

/** Whole percentage of a run's issuance (failed invoices count as handled); 0 when there is nothing to issue. */
export function runProgress(run: { total: number; done: number; failed: number; status: string }): number {
  if (run.status === 'completed') return 100;
  if (run.total <= 0) return 0;
  return Math.min(100, Math.floor(((run.done + run.failed) * 100) / run.total));
}

/** A boleto's linha digitável (47 digits) grouped as printed: `00190.00009 01234.567004 00000.001172 9 16560000008990`. */
export function formatDigitableLine(line: string): string {
  const d = line.replace(/\D/g, '');
  if (d.length !== 47) return line;
  return `${d.slice(0, 5)}.${d.slice(5, 10)} ${d.slice(10, 15)}.${d.slice(15, 21)} ${d.slice(21, 26)}.${d.slice(26, 32)} ${d[32]} ${d.slice(33)}`;
}

/**
 * Delinquency rate in basis points: the overdue share of what customers owe (overdue ÷ outstanding, both in
 * centavos), rounded half up; 0 when nothing is owed.
 */
export function delinquencyBasisPoints(overdueCents: number, outstandingCents: number): number {
  return outstandingCents > 0 ? Math.round((overdueCents * 10_000) / outstandingCents) : 0;
}
