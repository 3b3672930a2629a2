import { CnabError } from './errors.js';

/** One physical record, right-padded to the layout width. Positions are 1-based inclusive as in the manuals. */
export class CnabRecord {
  constructor(
    readonly line: number,
    readonly text: string,
  ) {}

  /** Raw slice, positions 1-based inclusive. */
  raw(start: number, end: number): string {
    return this.text.slice(start - 1, end);
  }

  str(start: number, end: number): string {
    return this.raw(start, end).trim();
  }

  /** Unsigned integer (amounts in centavos with 2 implied decimals). Blank → 0. */
  num(start: number, end: number, field: string): number {
    const v = this.raw(start, end).trim();
    if (v === '') return 0;
    if (!/^\d+$/.test(v)) {
      throw new CnabError(this.line, `${field} (${start}-${end})`, `expected digits, got "${this.raw(start, end)}"`);
    }
    return Number(v);
  }

  /** DDMMAAAA → YYYY-MM-DD; blank or zeros → null. */
  date8(start: number, end: number, field: string): string | null {
    const v = this.raw(start, end).trim();
    if (v === '' || /^0+$/.test(v)) return null;
    if (!/^\d{8}$/.test(v)) throw new CnabError(this.line, `${field} (${start}-${end})`, `expected a DDMMAAAA date, got "${v}"`);
    return this.checkDate(`${v.slice(4, 8)}-${v.slice(2, 4)}-${v.slice(0, 2)}`, field, start, end);
  }

  /** DDMMAA → YYYY-MM-DD (years 00-69 → 20xx, 70-99 → 19xx); blank or zeros → null. */
  date6(start: number, end: number, field: string): string | null {
    const v = this.raw(start, end).trim();
    if (v === '' || /^0+$/.test(v)) return null;
    if (!/^\d{6}$/.test(v)) throw new CnabError(this.line, `${field} (${start}-${end})`, `expected a DDMMAA date, got "${v}"`);
    const yy = Number(v.slice(4, 6));
    const year = yy < 70 ? 2000 + yy : 1900 + yy;
    return this.checkDate(`${year}-${v.slice(2, 4)}-${v.slice(0, 2)}`, field, start, end);
  }

  private checkDate(iso: string, field: string, start: number, end: number): string {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) {
      throw new CnabError(this.line, `${field} (${start}-${end})`, `invalid date ${iso}`);
    }
    return iso;
  }
}

/**
 * Split a CNAB file into records: tolerates CRLF, LF or CR, a missing final newline, a BOM or a trailing ^Z,
 * trailing blank lines, and lines cut short (right-padded to `width`). Lines longer than `width` are accepted only
 * when the excess is blank.
 */
export function splitRecords(text: string, width: 240 | 400): CnabRecord[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\x1a+\s*$/, '').split(/\r\n|\n|\r/);
  const out: CnabRecord[] = [];
  lines.forEach((l, idx) => {
    if (l.trim() === '') return;
    let t = l;
    if (t.length > width) {
      if (t.slice(width).trim() !== '') {
        throw new CnabError(idx + 1, 'record length', `record has ${t.length} characters, layout is ${width}`);
      }
      t = t.slice(0, width);
    }
    out.push(new CnabRecord(idx + 1, t.padEnd(width, ' ')));
  });
  return out;
}

/** Physical lines of a text (for detection), without line terminators. */
export function physicalLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}
