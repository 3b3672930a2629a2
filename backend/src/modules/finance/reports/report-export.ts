import PDFDocument from 'pdfkit';

/** A report as a table: what the CSV and PDF exports print. */
export interface ReportTable {
  title: string;
  subtitle?: string;
  columns: string[];
  rows: Array<Array<string | number>>;
}

/** Centavos as the pt-BR money text (1234567 → "12.345,67"); integer arithmetic only. */
export function brl(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const reais = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${reais},${String(abs % 100).padStart(2, '0')}`;
}

/** RFC 4180 CSV with `;` (what pt-BR spreadsheets open directly); amounts in centavos stay integers. */
export function toCsv(t: ReportTable): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [t.columns, ...t.rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** A plain A4 table (standard Helvetica, nothing embedded); amounts are printed as the caller formats them. */
export function toPdf(t: ReportTable, creationDate = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: t.title, Producer: 'NetProvider', Creator: 'NetProvider', CreationDate: creationDate } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(14).text(t.title);
  if (t.subtitle) doc.font('Helvetica').fontSize(9).text(t.subtitle);
  doc.moveDown();
  const width = (doc.page.width - 80) / t.columns.length;
  const line = (cells: Array<string | number>, bold: boolean) => {
    const y = doc.y;
    if (y > doc.page.height - 60) doc.addPage();
    const top = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    cells.forEach((c, i) => doc.text(String(c), 40 + i * width, top, { width: width - 4, align: i === 0 ? 'left' : 'right', lineBreak: false, ellipsis: true }));
    doc.x = 40;
    doc.y = top + 13;
  };
  line(t.columns, true);
  for (const r of t.rows) line(r, false);
  doc.end();
  return done;
}
