import { Injectable } from '@nestjs/common';
import { CustomersPublicApi, type Payer } from '../../../customers/public-api.js';
import type { BoletoSlip } from '../../documents/boleto-slip.js';
import { SUPPORTED_BANKS } from '../../domain/collection-account.js';
import type { LateChargeRules } from '../../domain/late-charges.js';
import { CollectionAccountsRepository, type CollectionAccountRecord } from '../../infrastructure/collection-accounts.repository.js';
import type { InvoiceView } from '../invoices/invoice.view.js';

const pct = (bp: number, decimals = 2) => (bp / 100).toFixed(decimals).replace('.', ',');

/** The pt-BR instructions printed on the slip, from the rules fixed on the invoice. */
export function instructionsFor(rules: LateChargeRules): string[] {
  const lines: string[] = [];
  if (rules.finePercentBp > 0) lines.push(`Após o vencimento, cobrar multa de ${pct(rules.finePercentBp)}%.`);
  if (rules.interestMonthlyBp > 0) lines.push(`Após o vencimento, cobrar juros de mora de ${pct(rules.interestMonthlyBp)}% ao mês (${pct(rules.interestMonthlyBp / 30, 4)}% ao dia).`);
  if (rules.graceDays > 0) lines.push(`Sem encargos até ${rules.graceDays} dia(s) após o vencimento.`);
  if (rules.earlyDiscount) lines.push(`Desconto de R$ ${(rules.earlyDiscount.amountCents / 100).toFixed(2).replace('.', ',')} para pagamento até ${rules.earlyDiscount.daysBefore} dia(s) antes do vencimento.`);
  lines.push('Vencimento em sábado, domingo ou feriado bancário: pagável no próximo dia útil sem encargos.');
  return lines;
}

function addressLines(p: Payer): string[] {
  const a = p.address;
  if (!a) return [];
  const cep = `${a.zipCode.slice(0, 5)}-${a.zipCode.slice(5)}`;
  return [`${a.street}, ${a.number}${a.complement ? ` ${a.complement}` : ''} — ${a.district}`, `${a.city}/${a.state} — CEP ${cep}`];
}

/** Builds what the boleto / carnê renderers print for an issued invoice (payer data read at print time). */
@Injectable()
export class InvoiceSlips {
  constructor(
    private readonly accounts: CollectionAccountsRepository,
    private readonly customers: CustomersPublicApi,
  ) {}

  async slip(companyId: string, v: InvoiceView, cache: { account?: CollectionAccountRecord | null; payer?: Payer | null } = {}): Promise<BoletoSlip | null> {
    if (!v.boleto) return null;
    const account = cache.account ?? (await this.accounts.get(companyId, v.boleto.collectionAccountId));
    if (!account) return null;
    const payer = cache.payer ?? (await this.customers.payer(companyId, v.customerId));
    const agency = `${account.agency}${account.agencyDigit ? `-${account.agencyDigit}` : ''}`;
    const code = account.agreement ?? `${account.account}${account.accountDigit ? `-${account.accountDigit}` : ''}`;
    return {
      bank: { code: account.bankCode, name: SUPPORTED_BANKS[account.bankCode]?.name ?? account.bankCode },
      beneficiary: { name: account.beneficiaryName, document: account.beneficiaryDocument, agencyAccount: `${agency} / ${code}` },
      payer: { name: payer?.name ?? '—', document: payer?.document ?? '', addressLines: payer ? addressLines(payer) : [] },
      documentNumber: String(v.number),
      nossoNumero: v.boleto.nossoNumeroFormatted,
      ...(account.wallet ? { wallet: account.wallet } : {}),
      issueDate: v.issuedOn,
      dueDate: v.dueDate,
      amountCents: v.totalCents,
      digitableLine: v.boleto.digitableLine,
      barcode: v.boleto.barcode,
      instructions: instructionsFor(v.rules),
      items: v.items.map((i) => ({ description: i.description, amountCents: i.amountCents })),
      ...(v.competence ? { competence: v.competence } : {}),
      ...(v.pix ? { pix: { brCode: v.pix.brCode } } : {}),
    };
  }
}
