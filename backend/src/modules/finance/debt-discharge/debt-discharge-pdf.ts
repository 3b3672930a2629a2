import PDFDocument from 'pdfkit';
import { brl } from '../reports/report-export.js';

export interface DebtDischargeDeclaration {
  year: number;
  company: { name: string; document: string };
  customer: { name: string; document: string; kind: 'PF' | 'PJ' };
  /** The invoices due in the year that were settled (number, due date, amount). */
  invoices: Array<{ number: number; dueDate: string; totalCents: number }>;
  issuedOn: string;
}

const dateBr = (d: string) => d.split('-').reverse().join('/');
const maskDoc = (d: string) =>
  d.length === 11 ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`
  : d.length === 14 ? `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}` : d;

/**
 * Declaração anual de quitação de débitos (Lei 12.007/2009): art. 1º (annual, for the debts due in the year),
 * art. 3º (covers the months the consumer was billed), art. 4º (must state that it replaces the monthly
 * receipts of that year and earlier ones). Standard Helvetica only; fixed metadata makes the bytes repeatable.
 */
export function renderDebtDischargePdf(d: DebtDischargeDeclaration): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margin: 56,
    info: { Title: `Declaração anual de quitação de débitos ${d.year}`, Producer: 'NetProvider', Creator: 'NetProvider', CreationDate: new Date(`${d.issuedOn}T12:00:00Z`) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const docLabel = d.customer.kind === 'PJ' ? 'CNPJ' : 'CPF';
  doc.font('Helvetica-Bold').fontSize(13).text('DECLARAÇÃO ANUAL DE QUITAÇÃO DE DÉBITOS', { align: 'center' });
  doc.font('Helvetica').fontSize(10).text(`Exercício de ${d.year} — Lei nº 12.007, de 29 de julho de 2009`, { align: 'center' });
  doc.moveDown(2);
  doc.fontSize(11).text(
    `${d.company.name}${d.company.document ? `, inscrita no CNPJ sob o nº ${maskDoc(d.company.document)}` : ''}, declara, para os fins da Lei nº 12.007/2009, que ` +
      `${d.customer.name}${d.customer.document ? `, ${docLabel} nº ${maskDoc(d.customer.document)}` : ''}, quitou todos os débitos referentes às faturas ` +
      `com vencimento no ano de ${d.year}, relacionadas abaixo.`,
    { align: 'left' },
  );
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(9);
  const row = (a: string, b: string, c: string) => {
    const y = doc.y;
    doc.text(a, 56, y, { width: 150 });
    doc.text(b, 206, y, { width: 150 });
    doc.text(c, 356, y, { width: 180, align: 'right' });
    doc.x = 56;
  };
  row('Fatura', 'Vencimento', 'Valor (R$)');
  doc.font('Helvetica');
  for (const i of d.invoices) row(`nº ${i.number}`, dateBr(i.dueDate), brl(i.totalCents));
  doc.moveDown(2);
  doc.fontSize(10).text(
    'Esta declaração substitui, para a comprovação do cumprimento das obrigações do consumidor, as quitações dos faturamentos mensais ' +
      `dos débitos do ano de ${d.year} e dos anos anteriores (Lei nº 12.007/2009, art. 4º).`,
    { align: 'left' },
  );
  doc.moveDown(2);
  doc.text(`Emitida em ${dateBr(d.issuedOn)}.`);
  doc.end();
  return done;
}
