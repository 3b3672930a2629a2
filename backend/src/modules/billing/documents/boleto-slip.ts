/**
 * Everything printed on one boleto, already decided by billing (amounts, nosso número, barcode). The renderers
 * only lay it out: they never compute a barcode or an amount, so the PDF cannot disagree with the registered title.
 */
export interface BoletoSlip {
  bank: { code: string; name: string }; // '001', 'Banco do Brasil'
  beneficiary: {
    name: string;
    document: string; // CNPJ/CPF digits or alphanumeric CNPJ
    address?: string;
    agencyAccount: string; // as printed in "Agência/Código do beneficiário"
  };
  payer: { name: string; document: string /* digits */; addressLines?: string[] };
  documentNumber: string; // número do documento (invoice number)
  nossoNumero: string; // already formatted for print
  wallet?: string; // carteira
  species?: string; // espécie doc, default 'DS' (duplicata de serviço)
  acceptance?: 'S' | 'N'; // default 'N'
  issueDate: string; // YYYY-MM-DD (data do documento)
  processingDate?: string; // YYYY-MM-DD, default issueDate
  dueDate: string; // YYYY-MM-DD
  amountCents: number; // integer centavos
  digitableLine: string; // 47 digits, unformatted or formatted
  barcode: string; // 44 digits
  paymentPlace?: string; // default 'Pagável em qualquer banco até o vencimento. Após, somente no <bank name>'
  instructions: string[]; // pt-BR lines (fine/interest text etc.)
  items?: Array<{ description: string; amountCents: number }>; // demonstrativo in the recibo do pagador
  competence?: string; // 'YYYY-MM' shown as mm/aaaa
  pix?: { brCode: string }; // PIX copia-e-cola: QR + text on the slip (boleto híbrido)
}
