import { CnabError } from './errors.js';
import { physicalLines } from './record.js';

export interface Detected {
  layout: 240 | 400;
  bankCode: string;
  kind: 'retorno' | 'remessa';
  /** 1-based line of the header */
  headerLine: number;
}

/** Detect CNAB layout (240/400), bank and direction from the file header. */
export function detect(text: string): Detected {
  const lines = physicalLines(text);
  const idx = lines.findIndex((l) => l.trim() !== '');
  if (idx === -1) throw new CnabError(1, 'header', 'empty file');
  const h = lines[idx] as string;
  const line = idx + 1;
  const m400 = /^0([12])(RETORNO|REMESSA)/.exec(h);
  if (m400) {
    const bankCode = h.slice(76, 79);
    if (!/^\d{3}$/.test(bankCode)) throw new CnabError(line, 'header.bankCode (77-79)', `expected the bank code, got "${bankCode}"`);
    return { layout: 400, bankCode, kind: m400[1] === '2' ? 'retorno' : 'remessa', headerLine: line };
  }
  if (/^\d{3}0000/.test(h) && h[7] === '0') {
    const op = h[142];
    return { layout: 240, bankCode: h.slice(0, 3), kind: op === '1' ? 'remessa' : 'retorno', headerLine: line };
  }
  const maxLen = Math.max(...lines.map((l) => l.length));
  throw new CnabError(
    line,
    'header',
    `not a CNAB 240 (bank + "0000" + record type 0) or CNAB 400 ("02RETORNO") header (longest line: ${maxLen})`,
  );
}
