import { formatBRL } from '@netprovider/br-docs';

/** Integer centavos → `R$ 1.234,56` (money is never a float in this app). */
export function formatMoney(cents: number): string {
  return formatBRL(cents);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-01-31` → `31/01/2026`; anything else is returned as it came (never a wrong date). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const m = ISO_DATE.exec(isoDate.slice(0, 10));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** `31/01/2026` → `2026-01-31`, or null when it is not a real calendar date. */
export function parseDateBR(input: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(input.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/**
 * `31/01/2026 09:30` (Brasília time) → `2026-01-31T09:30:00-03:00`, or null when the date is not a real
 * calendar date or the time is not 00:00–23:59. São Paulo has had no daylight saving since 2019: always −03:00.
 */
export function parseDateTimeBR(input: string): string | null {
  const m = /^(\d{2}\/\d{2}\/\d{4}) (\d{2}):(\d{2})$/.exec(input.trim());
  if (!m) return null;
  const day = parseDateBR(m[1]!);
  if (!day || Number(m[2]) > 23 || Number(m[3]) > 59) return null;
  return `${day}T${m[2]}:${m[3]}:00-03:00`;
}

/**
 * What is wrong with a typed date (`date`: dd/mm/aaaa) or date and time (`datetime`: dd/mm/aaaa hh:mm), as a
 * key of `messages.dates`: `incomplete` while it does not have every digit, `invalid` when it is not a real
 * date (31/02) or time (25:00); null when empty or valid.
 */
export function dateInputProblem(text: string, kind: 'date' | 'datetime'): 'incomplete' | 'invalid' | null {
  const t = text.trim();
  if (!t) return null;
  if (t.length < (kind === 'date' ? 10 : 16)) return 'incomplete';
  return (kind === 'date' ? parseDateBR(t) : parseDateTimeBR(t)) ? null : 'invalid';
}

const DATE_TIME = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant in Brasília time: `31/01/2026 09:30`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_TIME.format(d).replace(',', '');
}

/** Today in São Paulo as `YYYY-MM-DD` (business dates of contracts are São Paulo dates). */
export function saoPauloToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** 100 Mbps / 1000 Mbps → `100 Mb/s` / `1 Gb/s`. */
export function formatSpeed(mbps: number): string {
  return mbps >= 1000 && mbps % 1000 === 0 ? `${mbps / 1000} Gb/s` : `${mbps.toLocaleString('pt-BR')} Mb/s`;
}

/** 1250 basis points → `12,5%`. */
export function formatBasisPoints(bp: number): string {
  return `${(bp / 100).toLocaleString('pt-BR', { maximumFractionDigits: 2 })}%`;
}

/** Text colour of an amount: negative in a red that keeps 4.5:1 contrast in both themes; otherwise the default. */
export function amountColor(cents: number): string | undefined {
  return cents < 0 ? 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-3))' : undefined;
}
