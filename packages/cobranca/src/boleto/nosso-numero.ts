import { BankInput } from './bank-input.js';
import {
  mod10,
  mod11BancoDoBrasil,
  mod11Bradesco,
  mod11Sicoob,
  mod11ZeroAbove9,
} from './check-digits.js';
import { BoletoError } from './errors.js';

export interface NossoNumero {
  /** the number without its check digit, zero-padded to the bank's size */
  value: string;
  /** the check digit ('' for none; may be a letter: BB 'X', Bradesco 'P') */
  checkDigit: string;
  /** how the bank prints it on the boleto */
  formatted: string;
}

// ---- per-bank check digits (exported for direct use and tests) ----

/** BB: mod 11 with weights 9..2 over the whole number (convênio + sequência); 10 → 'X'. */
export const dvBancoDoBrasil = (digits: string): string => mod11BancoDoBrasil(digits);
/** Bradesco: mod 11 weights 2..7 over carteira(2) + NN(11); r=1 → 'P'. */
export const dvBradesco = (carteiraENossoNumero: string): string => mod11Bradesco(carteiraENossoNumero);
/** Itaú DAC: mod 10 over agência(4)+conta(5)+carteira(3)+NN(8) (or carteira+NN for 126/131/146/150/168). */
export const dvItau = (digits: string): string => String(mod10(digits));
/** Santander: mod 11 weights 2..9, r ∈ {0,1} → 0 (i.e. 11 − r, > 9 → 0). */
export const dvSantander = (digits: string): string => String(mod11ZeroAbove9(digits));
/** Caixa SIGCB: mod 11 weights 2..9, DV = 11 − r, > 9 → 0. */
export const dvCaixa = (digits: string): string => String(mod11ZeroAbove9(digits));
/** Sicredi: mod 11 weights 2..9 over agência(4)+posto(2)+beneficiário(5)+AA(2)+byte(1)+seq(5); > 9 → 0. */
export const dvSicredi = (digits: string): string => String(mod11ZeroAbove9(digits));
/** Sicoob: weights 3,1,9,7 from the left over agência(4)+cliente(10)+NN(7); r ∈ {0,1} → 0. */
export const dvSicoob = (digits: string): string => String(mod11Sicoob(digits));

export const ITAU_DAC_OVER_CARTEIRA_ONLY = new Set(['126', '131', '146', '150', '168']);
export const ITAU_SPECIAL_CARTEIRAS = new Set(['106', '107', '122', '142', '143', '195', '196', '198']);

// ---- per-bank nosso número ----

function bancoDoBrasil(i: BankInput): NossoNumero {
  const convLen = i.length('convenio');
  const conv = i.digits('convenio', convLen === 0 ? 7 : convLen);
  if (conv.length === 4 || conv.length === 6) {
    const seqLen = conv.length === 4 ? 7 : i.length('nossoNumero') > 5 ? 17 : 5;
    if (seqLen === 17) {
      // convênio 6 with a 17-digit "nosso número livre" (service 21): shown as is, no DV
      const value = i.digits('nossoNumero', 17);
      return { value, checkDigit: '', formatted: value };
    }
    const value = conv + i.digits('nossoNumero', seqLen);
    const dv = dvBancoDoBrasil(value);
    return { value, checkDigit: dv, formatted: `${value}-${dv}` };
  }
  if (conv.length === 7 || conv.length === 8) {
    const value = conv + i.digits('nossoNumero', 17 - conv.length);
    // printed without DV; the mod-11 value is still returned (brcobranca's nosso_numero_dv)
    return { value, checkDigit: dvBancoDoBrasil(value), formatted: value };
  }
  throw new BoletoError('input', `bank 001: convenio must have 4, 6, 7 or 8 digits, got ${conv.length}`);
}

function bradesco(i: BankInput): NossoNumero {
  const cart = i.digits('carteira', 2);
  const value = i.digits('nossoNumero', 11);
  const dv = dvBradesco(cart + value);
  return { value, checkDigit: dv, formatted: `${cart}/${value}-${dv}` };
}

function itau(i: BankInput): NossoNumero {
  const cart = i.digits('carteira', 3);
  const value = i.digits('nossoNumero', 8);
  const base = ITAU_DAC_OVER_CARTEIRA_ONLY.has(cart) || ITAU_SPECIAL_CARTEIRAS.has(cart)
    ? cart + value
    : i.digits('agencia', 4) + i.digits('conta', 5) + cart + value;
  const dv = dvItau(base);
  return { value, checkDigit: dv, formatted: `${cart}/${value}-${dv}` };
}

function santander(i: BankInput): NossoNumero {
  const value = i.digits('nossoNumero', 12);
  const dv = dvSantander(value);
  return { value, checkDigit: dv, formatted: `${value}-${dv}` };
}

/** Caixa SIGCB: 17 = modalidade(1) + emissão(1) + sequência(15); a 17-digit nossoNumero is used as is. */
export function caixaNossoNumero17(i: BankInput): string {
  if (i.length('nossoNumero') === 17) return i.digits('nossoNumero', 17);
  return i.digits('modalidade', 1, '1') + i.digits('emissao', 1, '4') + i.digits('nossoNumero', 15);
}

function caixa(i: BankInput): NossoNumero {
  const value = caixaNossoNumero17(i);
  const dv = dvCaixa(value);
  return { value, checkDigit: dv, formatted: `${value}-${dv}` };
}

/** Sicredi: 8 = AA(2) + byte(1) + seq(5); given whole (nossoNumero of 8) or as ano/byte/nossoNumero. */
export function sicrediNossoNumero8(i: BankInput): string {
  if (i.length('nossoNumero') === 8 && i.raw('ano') === undefined) return i.digits('nossoNumero', 8);
  return i.digits('ano', 2) + i.digits('byte', 1, '2') + i.digits('nossoNumero', 5);
}

function sicredi(i: BankInput): NossoNumero {
  const value = sicrediNossoNumero8(i);
  const dv = dvSicredi(i.digits('agencia', 4) + i.digits('posto', 2) + i.digits('codigoBeneficiario', 5) + value);
  return { value, checkDigit: dv, formatted: `${value.slice(0, 2)}/${value.slice(2)}-${dv}` };
}

function sicoob(i: BankInput): NossoNumero {
  const value = i.digits('nossoNumero', 7);
  const dv = dvSicoob(i.digits('agencia', 4) + i.digits('codigoBeneficiario', 10) + value);
  return { value, checkDigit: dv, formatted: `${value}-${dv}` };
}

const BANKS: Record<string, (i: BankInput) => NossoNumero> = {
  '001': bancoDoBrasil,
  '033': santander,
  '104': caixa,
  '237': bradesco,
  '341': itau,
  '748': sicredi,
  '756': sicoob,
};

export const NOSSO_NUMERO_BANKS = Object.keys(BANKS);

/** Nosso número (value, DV and printed form) from the bank's own fields. See README for each bank's input names. */
export function nossoNumero(bankCode: string, input: Record<string, string>): NossoNumero {
  const fn = BANKS[bankCode];
  if (!fn) throw new BoletoError('unsupported-bank', `nossoNumero: bank ${bankCode} is not supported`);
  return fn(new BankInput(bankCode, input));
}
