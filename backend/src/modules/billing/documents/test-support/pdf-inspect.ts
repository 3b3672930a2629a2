import { inflateSync } from 'node:zlib';

/*
 * Just enough PDF reading for our own pdfkit output (uncompressed object dictionaries, Flate content streams,
 * text shown with hex strings in TJ/Tj): the tests read what the renderer really wrote, with no PDF library.
 */

export function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page(?![s\w])/g) ?? []).length;
}

/** Decoded content streams, in file order. */
export function contentStreams(pdf: Buffer): string[] {
  const s = pdf.toString('latin1');
  const out: string[] = [];
  const re = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const length = /\/Length (\d+)/.exec(m[1]!);
    if (!length) continue;
    const start = m.index + m[0].length;
    const raw = pdf.subarray(start, start + Number(length[1]));
    out.push((/\/FlateDecode/.test(m[1]!) ? inflateSync(raw) : raw).toString('latin1'));
    re.lastIndex = start + Number(length[1]);
  }
  return out;
}

const winAnsi = new TextDecoder('windows-1252');

/** Every text-showing operation of each page, one per line (pdfkit shows one line of text per TJ). */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const stream of contentStreams(pdf)) {
    const ops = /\[((?:<[0-9a-fA-F]*>|\s|-?[\d.]+)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    for (let m = ops.exec(stream); m; m = ops.exec(stream)) {
      const hex = m[1] !== undefined ? [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('') : m[2]!;
      lines.push(winAnsi.decode(Buffer.from(hex, 'hex')));
    }
  }
  return lines.join('\n');
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** All `re` operators of one content stream (user-space numbers as written). */
export function rects(stream: string): Rect[] {
  const out: Rect[] = [];
  const re = /(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g;
  for (let m = re.exec(stream); m; m = re.exec(stream)) {
    out.push({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) });
  }
  return out;
}

/**
 * Reads the ITF barcodes drawn in a content stream: rectangles of the given height sharing a top edge form one
 * symbol; bar widths and the gaps between bars are classified narrow/wide and decoded with the textbook
 * 2-of-5 weights (1, 2, 4, 7, 0; 4 + 7 = 11 means 0), independently of the encoder under test.
 */
export function decodeItfInStream(stream: string, barHeightPt: number): string[] {
  const bars = rects(stream).filter((r) => Math.abs(r.h - barHeightPt) < 0.01);
  const rows = new Map<number, Rect[]>();
  for (const bar of bars) rows.set(bar.y, [...(rows.get(bar.y) ?? []), bar]);
  return [...rows.values()].map((row) => {
    row.sort((a, b) => a.x - b.x);
    const widths: number[] = [];
    row.forEach((bar, i) => {
      widths.push(bar.w);
      const next = row[i + 1];
      if (next) widths.push(next.x - (bar.x + bar.w));
    });
    return decodeItfWidths(widths);
  });
}

export function decodeItfWidths(widths: number[]): string {
  const narrow = Math.min(...widths);
  const wide = widths.map((w) => {
    const ratio = w / narrow;
    if (ratio < 1.5) return false;
    if (ratio > 2.5 && ratio < 3.5) return true;
    throw new Error(`element of ${ratio.toFixed(2)} modules is neither narrow nor 3:1 wide`);
  });
  const start = wide.slice(0, 4);
  const stop = wide.slice(-3);
  if (start.some(Boolean)) throw new Error('bad start pattern (want nnnn)');
  if (stop.join() !== 'true,false,false') throw new Error('bad stop pattern (want wnn)');
  const body = wide.slice(4, -3);
  if (body.length % 10 !== 0) throw new Error(`body of ${body.length} elements is not whole digit pairs`);
  const weights = [1, 2, 4, 7, 0];
  const digit = (elements: boolean[]): string => {
    if (elements.filter(Boolean).length !== 2) throw new Error('a 2-of-5 character needs exactly 2 wide elements');
    const sum = elements.reduce((acc, w, i) => acc + (w ? weights[i]! : 0), 0);
    return String(sum === 11 ? 0 : sum);
  };
  let digits = '';
  for (let i = 0; i < body.length; i += 10) {
    const chunk = body.slice(i, i + 10);
    digits += digit(chunk.filter((_, k) => k % 2 === 0)) + digit(chunk.filter((_, k) => k % 2 === 1));
  }
  return digits;
}
