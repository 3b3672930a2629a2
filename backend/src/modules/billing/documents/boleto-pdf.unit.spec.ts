import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { boleto } from '@netprovider/cobranca';
import { describe, expect, it } from 'vitest';
import { renderBoletoPdf } from './boleto-pdf.js';
import { ITF_HEIGHT_MM } from './itf.js';
import { MM } from './pdf-canvas.js';
import { BoletoDocumentError } from './printed-slip.js';
import { contentStreams, decodeItfInStream, pageCount, pdfText } from './test-support/pdf-inspect.js';
import { sampleSlip } from './test-support/sample-slip.js';

const creationDate = new Date('2026-05-25T12:00:00Z');

describe('renderBoletoPdf', () => {
  it('renders one A4 page with the data a payer and a bank need, in pt-BR', async () => {
    const slip = sampleSlip({ bank: '001' });
    const pdf = await renderBoletoPdf(slip, { creationDate });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain(boleto.formatDigitableLine(slip.digitableLine));
    expect(text).toContain('001-9');
    expect(text).toContain('R$ 123,45');
    expect(text).toContain('10/06/2026');
    expect(text).toContain('João da Conceição Araújo');
    expect(text).toContain('529.982.247-25');
    expect(text).toContain('11.222.333/0001-81');
    expect(text).toContain('05/2026');
    for (const label of [
      'Local de pagamento',
      'Vencimento',
      'Beneficiário',
      'Agência/Código do beneficiário',
      'Data do documento',
      'Nº do documento',
      'Espécie doc.',
      'Aceite',
      'Data processamento',
      'Nosso número',
      'Carteira',
      'Espécie',
      '(=) Valor do documento',
      '(-) Desconto/Abatimento',
      '(+) Mora/Multa',
      '(=) Valor cobrado',
      'Instruções (texto de responsabilidade do beneficiário)',
      'Pagador',
      'Sacador/Avalista',
      'Recibo do Pagador',
      'Ficha de Compensação',
      'Pagável em qualquer banco até o vencimento. Após, somente no Banco do Brasil',
    ]) {
      expect(text).toContain(label);
    }
    // boleto híbrido: the copia-e-cola is printed whole (split over lines at character boundaries)
    expect(text).toContain('Pague com PIX');
    expect(text.replace(/\n/g, '')).toContain(slip.pix!.brCode);
  });

  it('draws an ITF barcode that decodes back to the 44 digits, 13 mm tall', async () => {
    const slip = sampleSlip({ bank: '341', sequence: 12345678 });
    const pdf = await renderBoletoPdf(slip, { creationDate });
    const decoded = contentStreams(pdf).flatMap((s) => decodeItfInStream(s, ITF_HEIGHT_MM * MM));
    expect(decoded).toEqual([slip.barcode]);
    expect(pdfText(pdf)).toContain('341-7');
  });

  it('gives the same bytes for the same slip and creation date, and a small file', async () => {
    const slip = sampleSlip();
    const a = await renderBoletoPdf(slip, { creationDate });
    const b = await renderBoletoPdf(structuredClone(slip), { creationDate });
    expect(b.equals(a)).toBe(true);
    // without a creation date the slip's processing date is used: still reproducible
    expect((await renderBoletoPdf(slip)).equals(await renderBoletoPdf(slip))).toBe(true);
    expect(a.length).toBeLessThan(40_000);
    expect(a.toString('latin1')).not.toContain('/FontFile');
  });

  it('prints without PIX and with the optional fields left out', async () => {
    const { items: _items, competence: _competence, wallet: _wallet, pix: _pix, ...minimal } = sampleSlip({ pix: false });
    const pdf = await renderBoletoPdf({ ...minimal, payer: { name: 'Maria', document: '52998224725' } });
    const text = pdfText(pdf);
    expect(pageCount(pdf)).toBe(1);
    expect(text).not.toContain('Pague com PIX');
    expect(text).toContain('DS'); // default espécie
  });

  it('refuses a slip whose linha digitável pays a different title than its barcode', async () => {
    const slip = sampleSlip();
    const other = sampleSlip({ sequence: 43 });
    await expect(renderBoletoPdf({ ...slip, digitableLine: other.digitableLine })).rejects.toThrow(BoletoDocumentError);
    await expect(renderBoletoPdf({ ...slip, amountCents: 12346 })).rejects.toThrow(/amount/);
    await expect(renderBoletoPdf({ ...slip, bank: { code: '341', name: 'Itaú' } })).rejects.toThrow(/bank/);
    await expect(renderBoletoPdf({ ...slip, dueDate: '2026-02-30' })).rejects.toThrow(/calendar date/);
  });

  it('writes a sample to .tmp/ for a human to look at', async () => {
    const dir = fileURLToPath(new URL('../../../../../.tmp/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const pdf = await renderBoletoPdf(sampleSlip(), { creationDate });
    writeFileSync(`${dir}boleto-sample.pdf`, pdf);
    expect(pdf.length).toBeGreaterThan(0);
  });
});
