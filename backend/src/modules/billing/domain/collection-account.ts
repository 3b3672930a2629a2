import { boleto, BoletoError } from '@netprovider/cobranca';
import { DomainError } from './domain-error.js';
import type { BoletoData } from './invoice.events.js';

/** A carteira de cobrança: where boletos are registered and paid. Reference data. */
export interface CollectionAccount {
  id: string;
  name: string;
  bankCode: string;
  agency: string;
  agencyDigit: string | null;
  account: string;
  accountDigit: string | null;
  /** Convênio (BB), código do beneficiário (Santander, Caixa, Sicredi, Sicoob). */
  agreement: string | null;
  /** Carteira. */
  wallet: string | null;
  /** Sicredi "posto". */
  station: string | null;
  cnabLayout: 240 | 400;
  pixKey: string | null;
  /** static: BR Code with txid on each slip; psp: cobv through the configured PSP; none. */
  pixMode: 'static' | 'psp' | 'none';
  /** City printed in the PIX BR Code (up to 15 characters). */
  pixMerchantCity: string;
  beneficiaryName: string;
  beneficiaryDocument: string;
  isDefault: boolean;
  active: boolean;
}

export const SUPPORTED_BANKS: Record<string, { name: string; needs: Array<'agreement' | 'wallet' | 'station'>; layouts: Array<240 | 400> }> = {
  '001': { name: 'Banco do Brasil', needs: ['agreement', 'wallet'], layouts: [240, 400] },
  '033': { name: 'Santander', needs: ['agreement'], layouts: [240, 400] },
  '104': { name: 'Caixa Econômica Federal', needs: ['agreement'], layouts: [240] },
  '237': { name: 'Bradesco', needs: ['wallet'], layouts: [400, 240] },
  '341': { name: 'Itaú', needs: ['wallet'], layouts: [400, 240] },
  '748': { name: 'Sicredi', needs: ['agreement', 'station'], layouts: [240] },
  '756': { name: 'Sicoob', needs: ['agreement'], layouts: [240, 400] },
};

/** The bank's own inputs for the campo livre and nosso número (see packages/cobranca/README.md). */
export function bankInputs(a: Pick<CollectionAccount, 'bankCode' | 'agency' | 'account' | 'agreement' | 'wallet' | 'station'>, sequence: number, dueDate: string): Record<string, string> {
  const seq = String(sequence);
  switch (a.bankCode) {
    case '001':
      return { convenio: a.agreement ?? '', nossoNumero: seq, carteira: a.wallet ?? '17', agencia: a.agency, conta: a.account };
    case '033':
      return { codigoBeneficiario: a.agreement ?? '', nossoNumero: seq, carteira: a.wallet ?? '101' };
    case '104':
      return { codigoBeneficiario: a.agreement ?? '', nossoNumero: seq };
    case '237':
      return { agencia: a.agency, carteira: a.wallet ?? '09', nossoNumero: seq, conta: a.account };
    case '341':
      return { agencia: a.agency, conta: a.account, carteira: a.wallet ?? '109', nossoNumero: seq };
    case '748':
      return { agencia: a.agency, posto: a.station ?? '', codigoBeneficiario: a.agreement ?? '', ano: dueDate.slice(2, 4), nossoNumero: seq };
    case '756':
      return { agencia: a.agency, codigoBeneficiario: a.agreement ?? '', nossoNumero: seq, carteira: a.wallet ?? '1' };
    default:
      throw new DomainError('billing.unsupported-bank', { field: 'bankCode', reason: `one of ${Object.keys(SUPPORTED_BANKS).join(', ')}` });
  }
}

/** Checks an account can actually produce boletos (a dry build with sequence 1). */
export function assertCollectionAccount(a: Omit<CollectionAccount, 'id' | 'isDefault' | 'active'>): void {
  const bank = SUPPORTED_BANKS[a.bankCode];
  if (!bank) throw new DomainError('billing.unsupported-bank', { field: 'bankCode', reason: `one of ${Object.keys(SUPPORTED_BANKS).join(', ')}` });
  for (const field of bank.needs) if (!a[field]) throw new DomainError('billing.required', { field, reason: `required by ${bank.name}` });
  if (!bank.layouts.includes(a.cnabLayout)) throw new DomainError('billing.unsupported-layout', { field: 'cnabLayout', reason: `${bank.name}: ${bank.layouts.join(' or ')}` });
  if (a.bankCode === '001' && ![4, 6, 7, 8].includes(a.agreement!.length)) throw new DomainError('billing.invalid-agreement', { field: 'agreement', reason: 'Banco do Brasil convênio has 4, 6, 7 or 8 digits' });
  if (a.pixMode !== 'none' && !a.pixKey) throw new DomainError('billing.required', { field: 'pixKey', reason: `required when pixMode is ${a.pixMode}` });
  try {
    makeBoleto({ ...a, id: 'check', isDefault: false, active: true }, 1, '2026-01-10', 100);
  } catch (err) {
    if (err instanceof BoletoError) throw new DomainError('billing.invalid-account', { field: 'agreement', reason: err.message });
    throw err;
  }
}

/** The largest nosso-número sequence each bank's field holds (the account stops issuing beyond it). */
export function nossoNumeroCapacity(a: Pick<CollectionAccount, 'bankCode' | 'agreement'>): number {
  switch (a.bankCode) {
    case '001':
      return a.agreement?.length === 8 ? 999_999_999 : a.agreement?.length === 7 ? 9_999_999_999 : a.agreement?.length === 6 ? 99_999 : 9_999_999;
    case '033': return 999_999_999_999;
    case '104': return 999_999_999_999_999;
    case '237': return 99_999_999_999;
    case '341': return 99_999_999;
    case '748': return 99_999;
    case '756': return 9_999_999;
    default: return 0;
  }
}

/** Digits only, no leading zeros: how a bank return's nosso número is matched to an invoice. */
export const nossoNumeroKey = (value: string) => value.replace(/\D/g, '').replace(/^0+/, '') || '0';

export function makeBoleto(a: CollectionAccount, sequence: number, dueDate: string, amountCents: number): BoletoData {
  const input = bankInputs(a, sequence, dueDate);
  const nn = boleto.nossoNumero(a.bankCode, input);
  const freeField = boleto.freeField(a.bankCode, input);
  const { barcode, digitableLine } = boleto.build({ bankCode: a.bankCode, dueDate, amountCents, freeField });
  return { bankCode: a.bankCode, collectionAccountId: a.id, nossoNumero: nn.value, nossoNumeroFormatted: nn.formatted, barcode, digitableLine };
}

/**
 * The same boleto due on another date: nosso número and campo livre (what the bank registered) stay, the
 * barcode's due-date factor and check digit change, so the linha digitável is a new one. The amount printed
 * on the original barcode is kept.
 */
export function boletoDueOn(b: BoletoData, dueDate: string): BoletoData {
  try {
    const { barcode, digitableLine } = boleto.build({ bankCode: b.bankCode, dueDate, amountCents: Number(b.barcode.slice(9, 19)), freeField: b.barcode.slice(19, 44) });
    return { ...b, barcode, digitableLine };
  } catch (err) {
    if (err instanceof BoletoError) throw new DomainError('invoice.invalid-date', { field: 'dueDate', reason: `cannot be printed on a boleto: ${err.message}` });
    throw err;
  }
}
