import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { boleto } from '@netprovider/cobranca';
import { describe, expect, it } from 'vitest';
import type { BoletoSlip } from './boleto-slip.js';
import { renderCarnePdf } from './carne-pdf.js';
import { ITF_HEIGHT_MM } from './itf.js';
import { MM } from './pdf-canvas.js';
import { BoletoDocumentError } from './printed-slip.js';
import { contentStreams, decodeItfInStream, pageCount, pdfText } from './test-support/pdf-inspect.js';
import { sampleSlip } from './test-support/sample-slip.js';

const creationDate = new Date('2026-05-25T12:00:00Z');

/** Monthly installments due on the 10th, each with its own nosso número. */
function installments(n: number): BoletoSlip[] {
  return Array.from({ length: n }, (_, i) => {
    const month = 6 + i;
    const dueDate = `${2026 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-10`;
    return sampleSlip({ sequence: 100 + i, dueDate, amountCents: 9990 + i, bank: i % 2 === 0 ? '001' : '341' });
  });
}

describe('renderCarnePdf', () => {
  it.each([
    [1, 1],
    [3, 1],
    [4, 2],
    [12, 4],
  ])('puts %i slips on %i A4 pages, three per page', async (n, pages) => {
    const pdf = await renderCarnePdf(installments(n), { creationDate });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(pages);
  });

  it('keeps the slips in order, each with its linha, amount, due date, payer and barcode', async () => {
    const slips = installments(4);
    const pdf = await renderCarnePdf(slips, { creationDate });
    const text = pdfText(pdf);
    let cursor = -1;
    for (const slip of slips) {
      const line = boleto.formatDigitableLine(slip.digitableLine);
      const at = text.indexOf(line);
      expect(at).toBeGreaterThan(cursor);
      cursor = at;
    }
    expect(text).toContain('R$ 99,90');
    expect(text).toContain('R$ 99,93');
    expect(text).toContain('10/06/2026');
    expect(text).toContain('10/09/2026');
    expect(text).toContain('João da Conceição Araújo');
    expect(text).toContain('Parcela 4/4');
    expect(text).toContain('Pague com PIX');
    expect(text.replace(/\n/g, '')).toContain(slips[3]!.pix!.brCode);

    const barcodes = contentStreams(pdf).flatMap((s) => decodeItfInStream(s, ITF_HEIGHT_MM * MM));
    expect(barcodes).toEqual(slips.map((s) => s.barcode));
  });

  it('gives the same bytes for the same slips and creation date', async () => {
    const a = await renderCarnePdf(installments(12), { creationDate });
    const b = await renderCarnePdf(installments(12), { creationDate });
    expect(b.equals(a)).toBe(true);
    expect(a.length).toBeLessThan(120_000);
  });

  it('refuses an empty carnê and one bad slip among good ones', async () => {
    await expect(renderCarnePdf([])).rejects.toThrow(RangeError);
    const slips = installments(3);
    await expect(renderCarnePdf([slips[0]!, { ...slips[1]!, barcode: slips[2]!.barcode }, slips[2]!])).rejects.toThrow(BoletoDocumentError);
  });

  it('writes a sample to .tmp/ for a human to look at', async () => {
    const dir = fileURLToPath(new URL('../../../../../.tmp/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const pdf = await renderCarnePdf(installments(4), { creationDate });
    writeFileSync(`${dir}carne-sample.pdf`, pdf);
    expect(pdf.length).toBeGreaterThan(0);
  });
});
