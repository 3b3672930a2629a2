/**
 * Test code: a CNAB 240 retorno as a bank would send it (FEBRABAN segments T and U, positions from
 * banking-standards.md §2.5), for the titles a test wants paid. Not used by the application.
 */
export interface ReturnTitle {
  nossoNumero: string;
  occurrenceCode?: string;
  dueDate: string;
  nominalCents: number;
  paidCents: number;
  fineInterestCents?: number;
  discountCents?: number;
  feeCents?: number;
  paidOn: string;
  creditOn?: string;
}

const num = (v: number, len: number) => String(v).padStart(len, '0');
const ddmmyyyy = (d: string) => `${d.slice(8, 10)}${d.slice(5, 7)}${d.slice(0, 4)}`;

function record(fields: Array<[number, string]>): string {
  const line = Array.from({ length: 240 }, () => ' ');
  for (const [pos, value] of fields) for (let i = 0; i < value.length; i++) line[pos - 1 + i] = value[i]!;
  return line.join('');
}

export function cnab240Return(bankCode: string, titles: ReturnTitle[], opts: { fileDate?: string; sequence?: number } = {}): string {
  const date = ddmmyyyy(opts.fileDate ?? '2026-12-11');
  const lines: string[] = [];
  lines.push(record([[1, bankCode], [4, '0000'], [8, '0'], [18, '2'], [19, '12345678000195'], [73, 'PROVEDOR TESTE'.padEnd(30)], [143, '2'], [144, date], [152, '120000'], [158, num(opts.sequence ?? 1, 6)], [164, '084']]));
  lines.push(record([[1, bankCode], [4, '0001'], [8, '1'], [9, 'T'], [10, '01'], [14, '043']]));
  let seq = 0;
  for (const t of titles) {
    const code = t.occurrenceCode ?? '06';
    lines.push(record([
      [1, bankCode], [4, '0001'], [8, '3'], [9, num(++seq, 5)], [14, 'T'], [16, code], [38, t.nossoNumero.padEnd(20)], [58, '1'],
      [74, ddmmyyyy(t.dueDate)], [82, num(t.nominalCents, 15)], [97, bankCode], [131, '09'], [199, num(t.feeCents ?? 0, 15)],
    ]));
    lines.push(record([
      [1, bankCode], [4, '0001'], [8, '3'], [9, num(++seq, 5)], [14, 'U'], [16, code], [18, num(t.fineInterestCents ?? 0, 15)], [33, num(t.discountCents ?? 0, 15)],
      [48, num(0, 15)], [63, num(0, 15)], [78, num(t.paidCents, 15)], [93, num(t.paidCents - (t.feeCents ?? 0), 15)], [108, num(0, 15)], [123, num(0, 15)],
      [138, ddmmyyyy(t.paidOn)], [146, ddmmyyyy(t.creditOn ?? t.paidOn)],
    ]));
  }
  lines.push(record([[1, bankCode], [4, '0001'], [8, '5'], [18, num(seq + 2, 6)]]));
  lines.push(record([[1, bankCode], [4, '9999'], [8, '9'], [18, num(1, 6)], [24, num(lines.length + 1, 6)]]));
  return lines.join('\r\n') + '\r\n';
}
