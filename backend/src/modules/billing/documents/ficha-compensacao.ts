import type { Canvas } from './pdf-canvas.js';
import type { PrintedSlip } from './printed-slip.js';
import { ITF_HEIGHT_MM } from './itf.js';

/*
 * The ficha de compensação: the part the bank keeps, with a fixed FEBRABAN grid. The same drawing serves the
 * A4 boleto (full size) and the carnê (narrower and a little shorter), so the boxes are identical in both.
 *
 *  ┌ bank │ 001-9 │                      linha digitável ┐
 *  │ Local de pagamento                     │ Vencimento  │
 *  │ Beneficiário                           │ Ag./Código  │
 *  │ Data doc │ Nº doc │ Esp. │ Ac. │ Data proc.│ Nosso nº │
 *  │ Uso banco│ Cart. │ Esp. │ Qtd │ Valor     │ (=) Valor│
 *  │ Instruções                   (PIX QR)   │ (-) ...   │ ×5
 *  │ Pagador / Sacador/Avalista                          │
 *  └─────────────────────────────── Autenticação mecânica┘
 *  ||||||| ITF barcode |||||||
 */

export interface FichaMetrics {
  width: number; // mm
  rightColumn: number; // value column width, mm
  bankName: number; // width of the bank-name cell, mm
  bankCode: number; // width of the "001-9" cell, mm
  header: number; // header row height, mm
  row: number; // height of the labelled rows, mm
  beneficiaryRow: number;
  valueRow: number; // height of each of the 5 value rows beside the instructions
  payer: number; // payer box height, mm
  barcodeGap: number; // white space between the payer box and the bars, mm
  labelSize: number; // pt
  valueSize: number; // pt
  instructionSize: number; // pt
}

export const FICHA_A4: FichaMetrics = {
  width: 190,
  rightColumn: 46,
  bankName: 42,
  bankCode: 20,
  header: 10,
  row: 7.5,
  beneficiaryRow: 9.5,
  valueRow: 6.8,
  payer: 15,
  barcodeGap: 4,
  labelSize: 5.5,
  valueSize: 8,
  instructionSize: 7,
};

export const FICHA_CARNE: FichaMetrics = {
  width: 146,
  rightColumn: 38,
  bankName: 27,
  bankCode: 15,
  header: 7.5,
  row: 6.2,
  beneficiaryRow: 7.8,
  valueRow: 5,
  payer: 10.5,
  barcodeGap: 3.5,
  labelSize: 5,
  valueSize: 7,
  instructionSize: 6,
};

/** Height the ficha occupies from its top edge to the bottom of the barcode. */
export function fichaHeight(m: FichaMetrics): number {
  return m.header + 2 * m.row + m.beneficiaryRow + m.row + 5 * m.valueRow + m.payer + m.barcodeGap + ITF_HEIGHT_MM;
}

const THICK = 1.2; // pt: outer frame and header rule, as on bank-printed slips
const THIN = 0.5;

/** The header shared by ficha, recibo and stub: bank name │ code-DV │ right-hand text (usually the linha). */
export function drawBankHeader(
  c: Canvas,
  p: PrintedSlip,
  x: number,
  y: number,
  m: Pick<FichaMetrics, 'width' | 'bankName' | 'bankCode' | 'header'>,
  rightText: string,
): void {
  const bottom = y + m.header;
  const nameSize = c.fitSize(p.bankName, m.bankName - 1, m.header >= 10 ? 10 : 8, 'bold');
  c.text(p.bankName, x, bottom - 1 - nameSize / 2.83, { size: nameSize, weight: 'bold', width: m.bankName - 1 });
  const codeX = x + m.bankName;
  c.vline(codeX, y + 2, bottom, THICK * 1.5);
  c.vline(codeX + m.bankCode, y + 2, bottom, THICK * 1.5);
  const codeSize = m.header >= 10 ? 16 : 12;
  c.text(p.bankCodeWithDv, codeX, bottom - 0.8 - codeSize / 2.83, { size: codeSize, weight: 'bold', width: m.bankCode, align: 'center' });
  const lineX = codeX + m.bankCode + 1;
  const lineWidth = x + m.width - lineX;
  const lineSize = c.fitSize(rightText, lineWidth, m.header >= 10 ? 12.5 : 10, 'bold');
  c.text(rightText, lineX, bottom - 1 - lineSize / 2.83, { size: lineSize, weight: 'bold', width: lineWidth, align: 'right' });
  c.hline(x, x + m.width, bottom, THICK);
}

/** A labelled box: small caption at the top-left, value underneath (left or right aligned). */
export function field(
  c: Canvas,
  m: Pick<FichaMetrics, 'labelSize' | 'valueSize'>,
  x: number,
  y: number,
  width: number,
  height: number,
  label: string,
  value: string,
  opts: { align?: 'left' | 'right'; bold?: boolean } = {},
): void {
  c.text(label, x + 0.8, y + 0.5, { size: m.labelSize, width: width - 1.6 });
  const valueTop = y + height - 0.7 - m.valueSize / 2.6;
  c.text(value, x + 0.8, valueTop, {
    size: m.valueSize,
    weight: opts.bold ? 'bold' : 'regular',
    width: width - 1.6,
    align: opts.align ?? 'left',
  });
}

/** Draws the ficha with its top-left corner at (x, y) mm. */
export function drawFicha(c: Canvas, p: PrintedSlip, x: number, y: number, m: FichaMetrics): void {
  const right = x + m.width;
  const valueX = right - m.rightColumn;
  const left = m.width - m.rightColumn;

  drawBankHeader(c, p, x, y, m, p.digitableLine);
  let top = y + m.header;

  // Local de pagamento │ Vencimento
  field(c, m, x, top, left, m.row, 'Local de pagamento', p.paymentPlace);
  field(c, m, valueX, top, m.rightColumn, m.row, 'Vencimento', p.dueDate, { align: 'right', bold: true });
  top += m.row;
  c.hline(x, right, top);

  // Beneficiário │ Agência/Código do beneficiário
  const beneficiary = `${p.beneficiaryName} - CNPJ/CPF: ${p.beneficiaryDocument}`;
  c.text('Beneficiário', x + 0.8, top + 0.5, { size: m.labelSize });
  c.text(beneficiary, x + 0.8, top + 0.5 + m.labelSize / 2.4, { size: m.valueSize, width: left - 1.6 });
  if (p.beneficiaryAddress) {
    c.text(p.beneficiaryAddress, x + 0.8, top + m.beneficiaryRow - 0.6 - m.labelSize / 2.4, { size: m.labelSize + 0.5, width: left - 1.6 });
  }
  field(c, m, valueX, top, m.rightColumn, m.beneficiaryRow, 'Agência/Código do beneficiário', p.agencyAccount, { align: 'right' });
  top += m.beneficiaryRow;
  c.hline(x, right, top);

  // Data do documento │ Nº do documento │ Espécie doc. │ Aceite │ Data processamento │ Nosso número
  splitRow(c, m, x, top, left, m.row, [
    [0.21, 'Data do documento', p.issueDate],
    [0.27, 'Nº do documento', p.documentNumber],
    [0.14, 'Espécie doc.', p.species],
    [0.1, 'Aceite', p.acceptance],
    [0.28, 'Data processamento', p.processingDate],
  ]);
  field(c, m, valueX, top, m.rightColumn, m.row, 'Nosso número', p.nossoNumero, { align: 'right' });
  top += m.row;
  c.hline(x, right, top);

  // Uso do banco │ Carteira │ Espécie │ Quantidade │ Valor │ (=) Valor do documento
  splitRow(c, m, x, top, left, m.row, [
    [0.21, 'Uso do banco', ''],
    [0.17, 'Carteira', p.wallet],
    [0.14, 'Espécie', 'R$'],
    [0.2, 'Quantidade', ''],
    [0.28, 'Valor', ''],
  ]);
  field(c, m, valueX, top, m.rightColumn, m.row, '(=) Valor do documento', p.amount, { align: 'right', bold: true });
  top += m.row;
  c.hline(x, right, top);

  // Instruções │ (-) Desconto/Abatimento … (=) Valor cobrado
  const instructionsHeight = 5 * m.valueRow;
  const labels = ['(-) Desconto/Abatimento', '(-) Outras deduções', '(+) Mora/Multa', '(+) Outros acréscimos', '(=) Valor cobrado'];
  labels.forEach((label, i) => {
    const rowTop = top + i * m.valueRow;
    field(c, m, valueX, rowTop, m.rightColumn, m.valueRow, label, '', { align: 'right' });
    if (i > 0) c.hline(valueX, right, rowTop);
  });
  drawInstructions(c, p, m, x, top, left, instructionsHeight);
  top += instructionsHeight;
  c.hline(x, right, top);

  // Pagador, Sacador/Avalista (full width: the value column stops above it)
  c.vline(valueX, y + m.header, top);
  c.text('Pagador', x + 0.8, top + 0.5, { size: m.labelSize });
  const lineStep = m.valueSize / 2.4;
  let py = top + 0.5 + m.labelSize / 2.4;
  c.text(`${p.payerName} - CPF/CNPJ: ${p.payerDocument}`, x + 0.8, py, { size: m.valueSize, weight: 'bold', width: m.width - 1.6 });
  py += lineStep;
  const addressLines = m === FICHA_CARNE ? [p.payerAddressLines.join(' - ')].filter(Boolean) : p.payerAddressLines.slice(0, 2);
  for (const address of addressLines) {
    c.text(address, x + 0.8, py, { size: m.valueSize - 1, width: m.width - 1.6 });
    py += lineStep - 0.3;
  }
  c.text('Sacador/Avalista', x + 0.8, top + m.payer - 0.5 - m.labelSize / 2.83, { size: m.labelSize });
  top += m.payer;

  c.hline(x, right, top, THICK);
  c.text('Autenticação mecânica - Ficha de Compensação', x, top + 0.6, { size: m.labelSize + 0.5, weight: 'bold', width: m.width, align: 'right' });

  c.itf(p.barcode, x, top + m.barcodeGap);
}

function splitRow(
  c: Canvas,
  m: FichaMetrics,
  x: number,
  top: number,
  width: number,
  height: number,
  cells: Array<[fraction: number, label: string, value: string]>,
): void {
  let cx = x;
  cells.forEach(([fraction, label, value], i) => {
    const w = width * fraction;
    if (i > 0) c.vline(cx, top, top + height);
    field(c, m, cx, top, w, height, label, value);
    cx += w;
  });
}

function drawInstructions(c: Canvas, p: PrintedSlip, m: FichaMetrics, x: number, top: number, width: number, height: number): void {
  c.text('Instruções (texto de responsabilidade do beneficiário)', x + 0.8, top + 0.5, { size: m.labelSize });
  const bottom = top + height - 0.8;
  let textWidth = width - 1.6;
  let pixLines: string[] = [];
  const pixStyle = { size: m.labelSize - 0.5 };
  if (p.pixBrCode) {
    // Boleto híbrido: the QR sits at the right of the instructions, the copia-e-cola text under them.
    const qrSize = height - 3;
    const qrX = x + width - qrSize - 0.5;
    c.text('Pague com PIX', qrX, top + 0.5, { size: m.labelSize + 0.5, weight: 'bold', width: qrSize, align: 'center' });
    c.qr(p.pixBrCode, qrX, top + 2.6, qrSize);
    textWidth = qrX - x - 2;
    pixLines = c.splitToWidth(p.pixBrCode, textWidth, pixStyle);
  }
  const step = m.instructionSize / 2.4;
  const pixStep = pixStyle.size / 2.6;
  const pixBlock = pixLines.length > 0 ? m.labelSize / 2.6 + pixLines.length * pixStep : 0;
  const available = bottom - pixBlock - (top + 0.5 + m.labelSize / 2.4);
  const maxLines = Math.max(0, Math.floor(available / step));
  const lines = p.instructions.slice(0, maxLines);
  if (p.instructions.length > maxLines && maxLines > 0) lines[maxLines - 1] = `${lines[maxLines - 1]} …`;
  let ty = top + 0.5 + m.labelSize / 2.4 + 0.3;
  for (const line of lines) {
    c.text(line, x + 0.8, ty, { size: m.instructionSize, width: textWidth });
    ty += step;
  }
  if (pixLines.length > 0) {
    let py = bottom - pixBlock;
    c.text('PIX copia e cola:', x + 0.8, py, { size: m.labelSize, weight: 'bold' });
    py += m.labelSize / 2.6;
    for (const line of pixLines) {
      c.text(line, x + 0.8, py, pixStyle);
      py += pixStep;
    }
  }
}
