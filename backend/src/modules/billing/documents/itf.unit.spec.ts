import bwipjs from 'bwip-js';
import { describe, expect, it } from 'vitest';
import { ITF_HEIGHT_MM, ITF_NARROW_MM, itfBars, itfModuleCount, itfPattern } from './itf.js';
import { decodeItfWidths } from './test-support/pdf-inspect.js';

// public barcodes from banking-standards.md §1.7 (BB, Bradesco, Itaú, Sicoob, Sicredi, Santander)
const VECTORS = [
  '00193377100000135000000001238798777770016818',
  '23795422300002952951172060007589645204030050',
  '34191377000000135001750025828170810536789000',
  '75692670800000050001432701022938500000024001',
  '74893686600000700001116208902107106500129100',
  '03399511500000025009189977500000900002690102',
];

describe('ITF (interleaved 2 of 5)', () => {
  it('frames the data with start nnnn and stop wnn, and interleaves bars (1st digit) with spaces (2nd digit)', () => {
    // 1 = wnnnw on the bars, 2 = nwnnw on the spaces
    expect(itfPattern('12').join('')).toBe('nnnn' + 'wnnwnnnnww' + 'wnn');
    expect(itfPattern('00').join('')).toBe('nnnn' + 'nnnnwwwwnn' + 'wnn');
  });

  it('draws wide elements three narrow modules wide: 405 modules for 44 digits', () => {
    expect(itfBars('12')).toEqual([1, 1, 1, 1, 3, 1, 1, 3, 1, 1, 1, 1, 3, 3, 3, 1, 1]);
    expect(itfModuleCount(VECTORS[0]!)).toBe(405);
    expect(405 * ITF_NARROW_MM).toBeCloseTo(133.65, 2);
    expect(ITF_HEIGHT_MM).toBe(13);
  });

  it.each(VECTORS)('matches the element sequence bwip-js encodes for %s', (barcode) => {
    const [symbol] = bwipjs.raw('interleaved2of5', barcode, {}) as Array<{ sbs: number[] }>;
    // bwip-js draws ITF at 2:1 and ends its stop character with a trailing narrow space (`2111`);
    // the sequence of narrow/wide elements up to the last bar is what must agree
    const elements = symbol!.sbs.map((w) => (w > 1 ? 'w' : 'n'));
    expect(elements.at(-1)).toBe('n');
    expect(elements.slice(0, -1).join('')).toBe(itfPattern(barcode).join(''));
  });

  it.each(VECTORS)('decodes back to %s with the textbook 1-2-4-7-0 weights', (barcode) => {
    expect(decodeItfWidths(itfBars(barcode))).toBe(barcode);
  });

  it('needs an even number of digits', () => {
    expect(() => itfPattern('123')).toThrow();
    expect(() => itfPattern('12a4')).toThrow();
    expect(() => itfPattern('')).toThrow();
  });
});
