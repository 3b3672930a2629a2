import PDFDocument from 'pdfkit';
import { contractDocumentSections, type ContractDocumentInput } from './contract-document.template.js';

/**
 * Renders the contract document. Deterministic: CreationDate is the contract version's instant (pdfkit
 * derives the file ID from the info dictionary), the standard Helvetica fonts are not embedded, and nothing
 * reads the clock, so the same input yields the same bytes and SHA-256.
 */
export function renderContractPdf(input: ContractDocumentInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: true,
    lang: 'pt-BR',
    info: {
      Title: `Contrato de prestação de serviço ${input.state.contractId}`,
      Author: input.companyName ?? 'NetProvider',
      Subject: 'Contrato de prestação de Serviço de Comunicação Multimídia',
      Creator: 'NetProvider',
      Producer: 'NetProvider',
      CreationDate: input.versionAt,
      ModDate: input.versionAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(15).text('Contrato de Prestação de Serviço de Comunicação Multimídia', { align: 'center' });
  doc.moveDown(1);
  for (const section of contractDocumentSections(input)) {
    doc.font('Helvetica-Bold').fontSize(11).text(section.title);
    doc.moveDown(0.2);
    doc.font('Helvetica').fontSize(10);
    for (const line of section.lines) doc.text(line, { align: 'left' });
    doc.moveDown(0.8);
  }
  doc.end();
  return done;
}
