import type { BoletoSlip } from './boleto-slip.js';
import { defaultCreationDate, type RenderOptions } from './boleto-pdf.js';
import { drawFicha, FICHA_CARNE, field, type FichaMetrics } from './ficha-compensacao.js';
import { ITF_QUIET_ZONE_MM } from './itf.js';
import { A4_HEIGHT_MM, Canvas } from './pdf-canvas.js';
import { printSlip, type PrintedSlip } from './printed-slip.js';

/*
 * Carnê: three slips per A4 page, in the given order. Each slip is a band of a third of the page: the canhoto
 * (stub the payer keeps) on the left, a vertical cut line, and the ficha de compensação with its barcode on the
 * right. Dashed lines between the bands show where to cut.
 */

const SLIPS_PER_PAGE = 3;
const BAND = A4_HEIGHT_MM / SLIPS_PER_PAGE; // 99 mm
const PAD_TOP = 3;
const STUB_X = 6;
const STUB_WIDTH = 43;
const CUT_X = 51.5;
const FICHA_X = CUT_X + ITF_QUIET_ZONE_MM + 0.5; // the barcode starts at the ficha's left edge: keep its quiet zone white

export async function renderCarnePdf(slips: BoletoSlip[], options: RenderOptions = {}): Promise<Buffer> {
  if (slips.length === 0) throw new RangeError('a carnê needs at least one slip');
  const printed = slips.map(printSlip); // validate every slip before drawing anything
  const c = new Canvas({
    title: `Carnê ${printed[0]!.documentNumber} (${slips.length} parcelas)`,
    creationDate: options.creationDate ?? defaultCreationDate(slips[0]!),
  });
  printed.forEach((p, i) => {
    const slot = i % SLIPS_PER_PAGE;
    if (slot === 0) c.addPage();
    const top = slot * BAND;
    if (slot > 0) c.line(4, top, 206, top, 0.5, 1);
    c.line(CUT_X, top + 2, CUT_X, top + BAND - 2, 0.5, 1);
    drawStub(c, p, STUB_X, top + PAD_TOP, FICHA_CARNE, i + 1, slips.length);
    drawFicha(c, p, FICHA_X, top + PAD_TOP, FICHA_CARNE);
  });
  return c.finish();
}

/** Canhoto: the payer's receipt for one installment, with the data FEBRABAN requires on a recibo. */
function drawStub(c: Canvas, p: PrintedSlip, x: number, y: number, m: FichaMetrics, n: number, total: number): void {
  const codeW = 15;
  c.text(p.bankCodeWithDv, x, y + m.header - 0.8 - 12 / 2.83, { size: 12, weight: 'bold', width: codeW, align: 'center' });
  c.vline(x + codeW, y + 1.5, y + m.header, 1.8);
  const nameSize = c.fitSize(p.bankName, STUB_WIDTH - codeW - 2, 8, 'bold');
  c.text(p.bankName, x + codeW + 1.5, y + m.header - 1 - nameSize / 2.83, { size: nameSize, weight: 'bold', width: STUB_WIDTH - codeW - 2 });
  c.hline(x, x + STUB_WIDTH, y + m.header, 1.2);
  let top = y + m.header;
  const h = m.row;
  const rows: Array<[string, string, boolean]> = [
    ['Vencimento', p.dueDate, true],
    ['Agência/Código do beneficiário', p.agencyAccount, false],
    ['Nosso número', p.nossoNumero, false],
    ['Nº do documento', p.competence ? `${p.documentNumber} - ${p.competence}` : p.documentNumber, false],
    ['(=) Valor do documento', p.amount, true],
    ['(-) Desconto/Abatimento', '', false],
    ['(+) Mora/Multa', '', false],
    ['(=) Valor cobrado', '', false],
  ];
  for (const [label, value, bold] of rows) {
    field(c, m, x, top, STUB_WIDTH, h, label, value, { align: 'right', bold });
    top += h;
    c.hline(x, x + STUB_WIDTH, top);
  }
  c.text('Pagador', x + 0.8, top + 0.5, { size: m.labelSize });
  c.text(p.payerName, x + 0.8, top + 2.6, { size: m.valueSize - 0.5, weight: 'bold', width: STUB_WIDTH - 1.6 });
  c.text(`CPF/CNPJ: ${p.payerDocument}`, x + 0.8, top + 5.4, { size: m.labelSize + 0.5, width: STUB_WIDTH - 1.6 });
  top += 8.5;
  c.hline(x, x + STUB_WIDTH, top, 1.2);
  c.text(`Recibo do Pagador - Parcela ${n}/${total}`, x, top + 0.8, { size: m.labelSize + 0.5, weight: 'bold', width: STUB_WIDTH, align: 'right' });
  c.text(`Beneficiário: ${p.beneficiaryName}`, x, top + 3.4, { size: m.labelSize, width: STUB_WIDTH });
}
