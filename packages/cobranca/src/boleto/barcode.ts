import { isDigits, todayIso } from '../util.js';
import { mod10, mod11Boleto } from './check-digits.js';
import { dateToFactor, factorToDate } from './due-date-factor.js';
import { BoletoError } from './errors.js';

export interface ParsedBoleto {
  bankCode: string;
  currencyCode: string;
  /** 44 digits */
  barcode: string;
  /** 47 digits, unformatted */
  digitableLine: string;
  /** YYYY-MM-DD, or null for factor 0000 */
  dueDate: string | null;
  /** the raw due-date factor (0 when there is no due date) */
  dueDateFactor: number;
  amountCents: number;
  /** campo livre, 25 digits */
  freeField: string;
}

export interface ParseOptions {
  /** YYYY-MM-DD; the FEBRABAN window (−3000/+5500 days) is applied around it. Default: today. */
  referenceDate?: string;
}

export interface BuildInput {
  bankCode: string;
  dueDate: string | null;
  amountCents: number;
  freeField: string;
  /** default '9' (Real) */
  currencyCode?: string;
}

/** Strip the usual masks (spaces, dots, hyphens, underscores, slashes, newlines) and return the digits. */
function clean(code: string): string {
  if (typeof code !== 'string') throw new BoletoError('non-digit', 'boleto code must be a string');
  const stripped = code.replace(/[\s.\-_/]/g, '');
  if (!isDigits(stripped)) {
    if (stripped === '') throw new BoletoError('length', 'boleto code is empty');
    throw new BoletoError('non-digit', `boleto code contains characters other than digits: "${code}"`);
  }
  return stripped;
}

/** Linha digitável (47) → barcode (44). Does not validate. */
export function digitableLineToBarcode(line: string): string {
  return line.slice(0, 4) + line.slice(32, 47) + line.slice(4, 9) + line.slice(10, 20) + line.slice(21, 31);
}

/** Barcode (44) → linha digitável (47) with the three mod-10 field DVs. Does not validate. */
export function barcodeToDigitableLine(barcode: string): string {
  const f1 = barcode.slice(0, 4) + barcode.slice(19, 24);
  const f2 = barcode.slice(24, 34);
  const f3 = barcode.slice(34, 44);
  return `${f1}${mod10(f1)}${f2}${mod10(f2)}${f3}${mod10(f3)}${barcode[4]}${barcode.slice(5, 19)}`;
}

/** Format a 47-digit linha as `AAAAA.AAAAA BBBBB.BBBBBB CCCCC.CCCCCC D EEEEEEEEEEEEEE`. */
export function formatDigitableLine(line: string): string {
  return `${line.slice(0, 5)}.${line.slice(5, 10)} ${line.slice(10, 15)}.${line.slice(15, 21)} ${line.slice(21, 26)}.${line.slice(26, 32)} ${line[32]} ${line.slice(33)}`;
}

/** General DV of a 44-digit barcode (position 5 is ignored). */
export function barcodeCheckDigit(barcode: string): number {
  return mod11Boleto(barcode.slice(0, 4) + barcode.slice(5));
}

/**
 * Parse and validate a boleto bancário barcode (44 digits) or linha digitável (47 digits).
 * Throws BoletoError with `reason` on bad length, non-digits or any wrong check digit.
 */
export function parse(code: string, opts: ParseOptions = {}): ParsedBoleto {
  const digits = clean(code);
  let barcode: string;
  let line: string;
  if (digits.length === 47) {
    line = digits;
    const fields: Array<[string, number, 'field1-check-digit' | 'field2-check-digit' | 'field3-check-digit']> = [
      [line.slice(0, 9), 9, 'field1-check-digit'],
      [line.slice(10, 20), 20, 'field2-check-digit'],
      [line.slice(21, 31), 31, 'field3-check-digit'],
    ];
    for (const [data, dvPos, reason] of fields) {
      const expected = mod10(data);
      if (Number(line[dvPos]) !== expected) {
        throw new BoletoError(reason, `linha digitável: wrong check digit at position ${dvPos + 1} (expected ${expected})`);
      }
    }
    barcode = digitableLineToBarcode(line);
  } else if (digits.length === 44) {
    barcode = digits;
    line = barcodeToDigitableLine(barcode);
  } else {
    throw new BoletoError('length', `boleto code must have 44 (barcode) or 47 (linha digitável) digits, got ${digits.length}`);
  }
  const dv = barcodeCheckDigit(barcode);
  if (Number(barcode[4]) !== dv) {
    throw new BoletoError('general-check-digit', `wrong general check digit ${barcode[4]} (expected ${dv})`);
  }
  const factor = Number(barcode.slice(5, 9));
  return {
    bankCode: barcode.slice(0, 3),
    currencyCode: barcode.slice(3, 4),
    barcode,
    digitableLine: line,
    dueDate: factorToDate(factor, opts.referenceDate ?? todayIso()),
    dueDateFactor: factor,
    amountCents: Number(barcode.slice(9, 19)),
    freeField: barcode.slice(19, 44),
  };
}

/** Build a barcode and linha digitável from bank, due date (null = no due date), amount and campo livre. */
export function build(input: BuildInput): { barcode: string; digitableLine: string } {
  const { bankCode, dueDate, amountCents, freeField } = input;
  const currency = input.currencyCode ?? '9';
  if (!/^\d{3}$/.test(bankCode)) throw new BoletoError('input', `bankCode must be 3 digits, got "${bankCode}"`);
  if (!/^\d$/.test(currency)) throw new BoletoError('input', 'currencyCode must be 1 digit');
  if (!/^\d{25}$/.test(freeField)) throw new BoletoError('input', `freeField must be 25 digits, got "${freeField}"`);
  if (!Number.isSafeInteger(amountCents) || amountCents < 0 || amountCents > 9_999_999_999) {
    throw new BoletoError('input', `amountCents must be an integer between 0 and 9999999999, got ${amountCents}`);
  }
  const factor = dateToFactor(dueDate);
  const body = `${bankCode}${currency}${String(factor).padStart(4, '0')}${String(amountCents).padStart(10, '0')}${freeField}`;
  const dv = mod11Boleto(body);
  const barcode = body.slice(0, 4) + dv + body.slice(4);
  return { barcode, digitableLine: barcodeToDigitableLine(barcode) };
}
