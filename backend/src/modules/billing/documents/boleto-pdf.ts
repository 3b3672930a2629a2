import type { BoletoSlip } from './boleto-slip.js';
import { drawBankHeader, drawFicha, FICHA_A4, fichaHeight, field, type FichaMetrics } from './ficha-compensacao.js';
import { A4_HEIGHT_MM, A4_WIDTH_MM, Canvas } from './pdf-canvas.js';
import { printSlip, type PrintedSlip } from './printed-slip.js';

export interface RenderOptions {
  /**
   * Written as the PDF CreationDate (and hashed into the file /ID). Default: the slip's processing date (or
   * issue date) at 00:00 UTC, so re-rendering the same invoice always gives the same bytes.
   */
  creationDate?: Date;
}

const MARGIN = 10; // mm
const CUT_GAP = 7; // mm between the recibo's last rule and the ficha, with the cut line in the middle

/**
 * A4 boleto: recibo do pagador on top, a dashed cut line, and the ficha de compensação at the bottom of the page
 * (where bank specifications for A4 paper put it), ending with the ITF barcode. An unprintable slip rejects
 * with BoletoDocumentError.
 */
export async function renderBoletoPdf(slip: BoletoSlip, options: RenderOptions = {}): Promise<Buffer> {
  const p = printSlip(slip);
  const c = new Canvas({
    title: `Boleto ${p.documentNumber} - vencimento ${p.dueDate}`,
    creationDate: options.creationDate ?? defaultCreationDate(slip),
  });
  c.addPage();
  const fichaTop = A4_HEIGHT_MM - MARGIN - fichaHeight(FICHA_A4);
  drawRecibo(c, p, MARGIN, MARGIN, FICHA_A4, fichaTop - CUT_GAP);
  drawCutLine(c, MARGIN, A4_WIDTH_MM - MARGIN, fichaTop - CUT_GAP / 2);
  drawFicha(c, p, MARGIN, fichaTop, FICHA_A4);
  return c.finish();
}

export function defaultCreationDate(slip: BoletoSlip): Date {
  return new Date(`${slip.processingDate ?? slip.issueDate}T00:00:00Z`);
}

function drawCutLine(c: Canvas, x1: number, x2: number, y: number): void {
  c.line(x1, y, x2, y, 0.5, 1);
  c.text('Corte na linha pontilhada', x1, y - 2.6, { size: 5.5, width: x2 - x1, align: 'right' });
}

/**
 * Recibo do pagador: the part the payer keeps. Mandatory data (beneficiário, agência/código, valor, vencimento,
 * nosso número, pagador) plus the demonstrativo (invoice items) and the instructions.
 */
function drawRecibo(c: Canvas, p: PrintedSlip, x: number, y: number, m: FichaMetrics, maxBottom: number): void {
  const right = x + m.width;
  const col = m.rightColumn;
  const wide = m.width - 2 * col;
  c.text('Recibo do Pagador', x, y, { size: 8, weight: 'bold', width: m.width, align: 'right' });
  let top = y + 3.5;
  drawBankHeader(c, p, x, top, m, p.digitableLine);
  top += m.header;

  // Beneficiário │ Agência/Código do beneficiário │ Vencimento
  const rowH = 10;
  c.text('Beneficiário', x + 0.8, top + 0.5, { size: m.labelSize });
  c.text(p.beneficiaryName, x + 0.8, top + 2.7, { size: m.valueSize, width: wide - 1.6 });
  c.text(`CNPJ/CPF: ${p.beneficiaryDocument}${p.beneficiaryAddress ? ` - ${p.beneficiaryAddress}` : ''}`, x + 0.8, top + 6.2, {
    size: m.valueSize - 1.5,
    width: wide - 1.6,
  });
  field(c, m, x + wide, top, col, rowH, 'Agência/Código do beneficiário', p.agencyAccount, { align: 'right' });
  field(c, m, x + wide + col, top, col, rowH, 'Vencimento', p.dueDate, { align: 'right', bold: true });
  c.vline(x + wide, top, top + rowH);
  c.vline(x + wide + col, top, top + rowH);
  top += rowH;
  c.hline(x, right, top);

  // Pagador │ Nosso número │ Nº do documento
  c.text('Pagador', x + 0.8, top + 0.5, { size: m.labelSize });
  c.text(p.payerName, x + 0.8, top + 2.7, { size: m.valueSize, weight: 'bold', width: wide - 1.6 });
  c.text(`CPF/CNPJ: ${p.payerDocument}`, x + 0.8, top + 6.2, { size: m.valueSize - 1.5, width: wide - 1.6 });
  field(c, m, x + wide, top, col, rowH, 'Nosso número', p.nossoNumero, { align: 'right' });
  field(c, m, x + wide + col, top, col, rowH, 'Nº do documento', p.documentNumber, { align: 'right' });
  c.vline(x + wide, top, top + rowH);
  c.vline(x + wide + col, top, top + rowH);
  top += rowH;
  c.hline(x, right, top);

  // Data do documento │ Data processamento │ Espécie doc. │ Carteira │ Competência │ (=) Valor do documento
  const cells: Array<[string, string]> = [
    ['Data do documento', p.issueDate],
    ['Data processamento', p.processingDate],
    ['Espécie doc.', p.species],
    ['Carteira', p.wallet],
    ['Competência', p.competence ?? ''],
  ];
  const cellW = (m.width - col) / cells.length;
  cells.forEach(([label, value], i) => {
    if (i > 0) c.vline(x + i * cellW, top, top + m.row);
    field(c, m, x + i * cellW, top, cellW, m.row, label, value);
  });
  c.vline(x + m.width - col, top, top + m.row);
  field(c, m, x + m.width - col, top, col, m.row, '(=) Valor do documento', p.amount, { align: 'right', bold: true });
  top += m.row;
  c.hline(x, right, top, 1.2);

  // Demonstrativo (left) │ Instruções (right)
  const boxBottom = Math.min(maxBottom - 5, top + 45);
  const half = (m.width - 4) / 2;
  drawDemonstrativo(c, p, m, x, top + 1.5, half, boxBottom);
  drawTextBox(c, m, x + half + 4, top + 1.5, half, boxBottom, 'Instruções', p.instructions);
  c.hline(x, right, boxBottom);
  c.text('Autenticação mecânica', x, boxBottom + 1, { size: m.labelSize + 0.5, width: m.width, align: 'right' });
}

function drawDemonstrativo(c: Canvas, p: PrintedSlip, m: FichaMetrics, x: number, y: number, width: number, bottom: number): void {
  c.text('Demonstrativo', x, y, { size: m.labelSize + 1, weight: 'bold' });
  let ty = y + 3.5;
  const size = 7.5;
  const step = 3.4;
  const amountW = 28;
  const items = p.items.length > 0 ? p.items : [{ description: 'Valor do documento', amount: p.amount }];
  const maxItems = Math.max(1, Math.floor((bottom - ty - 2 * step) / step));
  const shown = items.length > maxItems ? [...items.slice(0, maxItems - 1), { description: `… e mais ${items.length - maxItems + 1} itens`, amount: '' }] : items;
  for (const item of shown) {
    c.text(item.description, x, ty, { size, width: width - amountW - 1 });
    c.text(item.amount, x + width - amountW, ty, { size, width: amountW, align: 'right' });
    ty += step;
  }
  c.hline(x, x + width, ty + 0.2, 0.3);
  ty += 1;
  c.text('Total', x, ty, { size, weight: 'bold' });
  c.text(p.amount, x + width - amountW, ty, { size, weight: 'bold', width: amountW, align: 'right' });
}

function drawTextBox(c: Canvas, m: FichaMetrics, x: number, y: number, width: number, bottom: number, title: string, lines: string[]): void {
  c.text(title, x, y, { size: m.labelSize + 1, weight: 'bold' });
  let ty = y + 3.5;
  const size = 7;
  const step = 3.2;
  // the recibo has room to wrap long instructions instead of cutting them
  for (const line of lines) {
    const wrapped = wrap(c, line, width, size);
    for (const w of wrapped) {
      if (ty + step > bottom) return;
      c.text(w, x, ty, { size, width });
      ty += step;
    }
  }
}

function wrap(c: Canvas, text: string, width: number, size: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && c.measure(candidate, { size }) > width) {
      out.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) out.push(current);
  return out;
}
