import { formatBRL, document as brDocument } from '@netprovider/br-docs';
import { boleto } from '@netprovider/cobranca';
import type { BoletoSlip } from './boleto-slip.js';

/** A slip that cannot be printed faithfully (bad barcode, linha that pays another title, bad date...). */
export class BoletoDocumentError extends Error {
  override readonly name = 'BoletoDocumentError';
}

/** Every text the layouts print, formatted once so the recibo, the stub and the ficha never disagree. */
export interface PrintedSlip {
  bankName: string;
  bankCodeWithDv: string; // '001-9'
  digitableLine: string; // 'AAAAA.AAAAA BBBBB.BBBBBB CCCCC.CCCCCC D EEEEEEEEEEEEEE'
  barcode: string; // 44 digits
  paymentPlace: string;
  dueDate: string; // dd/mm/aaaa
  issueDate: string;
  processingDate: string;
  beneficiaryName: string;
  beneficiaryDocument: string; // masked
  beneficiaryAddress: string;
  agencyAccount: string;
  payerName: string;
  payerDocument: string; // masked
  payerAddressLines: string[];
  documentNumber: string;
  nossoNumero: string;
  wallet: string;
  species: string;
  acceptance: 'S' | 'N';
  amount: string; // 'R$ 1.234,56'
  instructions: string[];
  items: Array<{ description: string; amount: string }>;
  competence: string | undefined; // mm/aaaa
  pixBrCode: string | undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → 'dd/mm/aaaa' (string work only: no Date, so no time zone can shift the day). */
export function formatDate(iso: string, field = 'date'): string {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new BoletoDocumentError(`${field} must be YYYY-MM-DD, got "${iso}"`);
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(y), month)) {
    throw new BoletoDocumentError(`${field} is not a calendar date: "${iso}"`);
  }
  return `${d}/${mo}/${y}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 'YYYY-MM' → 'mm/aaaa'. */
export function formatCompetence(competence: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(competence);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new BoletoDocumentError(`competence must be YYYY-MM, got "${competence}"`);
  return `${m[2]}/${m[1]}`;
}

/** Integer centavos → 'R$ 1.234,56' (integer/string arithmetic in br-docs, never a float). */
export function formatMoney(cents: number): string {
  return formatBRL(cents);
}

/** CPF 000.000.000-00 or CNPJ 00.000.000/0000-00 (alphanumeric CNPJ too); anything else is printed as given. */
export function formatDocument(value: string): string {
  const parsed = brDocument.safeParse(value);
  return parsed.ok ? parsed.formatted : value;
}

/*
 * Bank code + DV as FEBRABAN prints it next to the logo: mod 11 over the 3 digits, weights 2..4 from the right,
 * DV = 11 − r with 10 and 11 printed as 0 (001-9, 033-7, 104-0, 237-2, 341-7, 756-0). A few banks print
 * something else and are listed explicitly (src: brcobranca `banco_dv` overrides).
 */
const BANK_DV_OVERRIDES: Readonly<Record<string, string>> = { '748': 'X', '085': '1', '336': '7' };

export function bankCodeWithDv(code: string): string {
  if (!/^\d{3}$/.test(code)) throw new BoletoDocumentError(`bank code must be 3 digits, got "${code}"`);
  const override = BANK_DV_OVERRIDES[code];
  if (override !== undefined) return `${code}-${override}`;
  let sum = 0;
  for (let i = 0; i < 3; i++) sum += Number(code[2 - i]) * (i + 2);
  const dv = 11 - (sum % 11);
  return `${code}-${dv >= 10 ? 0 : dv}`;
}

/**
 * Validates and formats a slip. The linha digitável and the barcode must describe the same title (same bank and,
 * when the barcode carries one, the same amount): a PDF whose two codes disagree would be paid to the wrong title.
 */
export function printSlip(slip: BoletoSlip): PrintedSlip {
  const dueDate = formatDate(slip.dueDate, 'dueDate');
  const issueDate = formatDate(slip.issueDate, 'issueDate');
  const barcode = slip.barcode;
  if (!/^\d{44}$/.test(barcode)) throw new BoletoDocumentError(`barcode must be 44 digits, got "${barcode}"`);
  const line = slip.digitableLine.replace(/[\s.\-]/g, '');
  if (!/^\d{47}$/.test(line)) throw new BoletoDocumentError(`digitableLine must have 47 digits, got "${slip.digitableLine}"`);
  try {
    boleto.parse(barcode, { referenceDate: slip.dueDate });
    boleto.parse(line, { referenceDate: slip.dueDate });
  } catch (error) {
    throw new BoletoDocumentError(`invalid boleto code: ${(error as Error).message}`);
  }
  if (boleto.digitableLineToBarcode(line) !== barcode) {
    throw new BoletoDocumentError('digitableLine and barcode describe different titles');
  }
  if (barcode.slice(0, 3) !== slip.bank.code) {
    throw new BoletoDocumentError(`barcode is for bank ${barcode.slice(0, 3)}, slip says ${slip.bank.code}`);
  }
  if (!Number.isSafeInteger(slip.amountCents) || slip.amountCents < 0) {
    throw new BoletoDocumentError(`amountCents must be a non-negative integer, got ${slip.amountCents}`);
  }
  const barcodeAmount = Number(barcode.slice(9, 19));
  if (barcodeAmount !== 0 && barcodeAmount !== slip.amountCents) {
    throw new BoletoDocumentError(`barcode amount ${barcodeAmount} differs from amountCents ${slip.amountCents}`);
  }
  return {
    bankName: slip.bank.name,
    bankCodeWithDv: bankCodeWithDv(slip.bank.code),
    digitableLine: boleto.formatDigitableLine(line),
    barcode,
    paymentPlace: slip.paymentPlace ?? `Pagável em qualquer banco até o vencimento. Após, somente no ${slip.bank.name}`,
    dueDate,
    issueDate,
    processingDate: slip.processingDate === undefined ? issueDate : formatDate(slip.processingDate, 'processingDate'),
    beneficiaryName: slip.beneficiary.name,
    beneficiaryDocument: formatDocument(slip.beneficiary.document),
    beneficiaryAddress: slip.beneficiary.address ?? '',
    agencyAccount: slip.beneficiary.agencyAccount,
    payerName: slip.payer.name,
    payerDocument: formatDocument(slip.payer.document),
    payerAddressLines: slip.payer.addressLines ?? [],
    documentNumber: slip.documentNumber,
    nossoNumero: slip.nossoNumero,
    wallet: slip.wallet ?? '',
    species: slip.species ?? 'DS',
    acceptance: slip.acceptance ?? 'N',
    amount: formatMoney(slip.amountCents),
    instructions: slip.instructions,
    items: (slip.items ?? []).map((item) => ({ description: item.description, amount: formatMoney(item.amountCents) })),
    competence: slip.competence === undefined ? undefined : formatCompetence(slip.competence),
    pixBrCode: slip.pix?.brCode,
  };
}
