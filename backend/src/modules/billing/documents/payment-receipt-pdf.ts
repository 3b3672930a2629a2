import { A4_WIDTH_MM, Canvas } from './pdf-canvas.js';
import { formatDate, formatDocument, formatMoney } from './printed-slip.js';

export interface PaymentReceipt {
  beneficiary: { name: string; document: string };
  payer: { name: string; document: string };
  invoiceNumber: number;
  competence: string | null;
  paymentId: string;
  method: string;
  paidOn: string;
  amountCents: number;
  principalCents: number;
  fineCents: number;
  interestCents: number;
  discountCents: number;
  overpaidCents: number;
  outstandingAfterCents: number;
  receivedBy: string | null;
  reversed: boolean;
}

const METHOD: Record<string, string> = { cash: 'dinheiro', card: 'cartão', transfer: 'transferência', pix: 'PIX', boleto: 'boleto', credit: 'crédito do cliente' };

/** Recibo de pagamento (A4, one page): what was paid, how it settled the invoice, what remains. Deterministic for one payment. */
export function renderPaymentReceiptPdf(r: PaymentReceipt): Promise<Buffer> {
  const c = new Canvas({ title: `Recibo ${r.paymentId}`, creationDate: new Date(`${r.paidOn}T00:00:00Z`) });
  c.addPage();
  const x = 20;
  const w = A4_WIDTH_MM - 40;
  let y = 20;
  c.text(r.reversed ? 'RECIBO DE PAGAMENTO — ESTORNADO' : 'RECIBO DE PAGAMENTO', x, y, { size: 16, weight: 'bold' });
  y += 10;
  c.text(`${r.beneficiary.name}${r.beneficiary.document ? ` — CNPJ/CPF ${formatDocument(r.beneficiary.document)}` : ''}`, x, y, { size: 10 });
  y += 8;
  c.hline(x, x + w, y);
  y += 6;
  const row = (label: string, value: string, bold = false) => {
    c.text(label, x, y, { size: 10 });
    c.text(value, x + w - 80, y, { size: 10, weight: bold ? 'bold' : 'regular', align: 'right', width: 80 });
    y += 7;
  };
  c.text(`Recebemos de ${r.payer.name}${r.payer.document ? `, CPF/CNPJ ${formatDocument(r.payer.document)}` : ''},`, x, y, { size: 10 });
  y += 6;
  c.text(`a importância de ${formatMoney(r.amountCents)} referente à fatura nº ${r.invoiceNumber}${r.competence ? ` (competência ${r.competence.slice(5)}/${r.competence.slice(0, 4)})` : ''}.`, x, y, { size: 10 });
  y += 10;
  row('Data do pagamento', formatDate(r.paidOn));
  row('Forma de pagamento', METHOD[r.method] ?? r.method);
  row('Valor recebido', formatMoney(r.amountCents), true);
  row('  Principal', formatMoney(r.principalCents));
  row('  Multa', formatMoney(r.fineCents));
  row('  Juros', formatMoney(r.interestCents));
  if (r.discountCents) row('  Desconto concedido', formatMoney(r.discountCents));
  if (r.overpaidCents) row('  Crédito para a próxima fatura', formatMoney(r.overpaidCents));
  row('Saldo em aberto da fatura após este pagamento', formatMoney(r.outstandingAfterCents), true);
  y += 4;
  c.hline(x, x + w, y);
  y += 6;
  c.text(`Comprovante ${r.paymentId}${r.receivedBy ? ` — registrado por ${r.receivedBy}` : ''}`, x, y, { size: 8 });
  return c.finish();
}
