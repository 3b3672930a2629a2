import { BankInput } from './bank-input.js';
import { mod10, mod11Remainder, mod11ZeroAbove9 } from './check-digits.js';
import { BoletoError } from './errors.js';
import {
  ITAU_SPECIAL_CARTEIRAS,
  caixaNossoNumero17,
  dvBradesco,
  nossoNumero,
  sicrediNossoNumero8,
} from './nosso-numero.js';

const check25 = (bank: string, s: string): string => {
  if (!/^\d{25}$/.test(s)) throw new BoletoError('input', `bank ${bank}: campo livre is not 25 digits ("${s}")`);
  return s;
};

/**
 * Banco do Brasil (001). Inputs: convenio (4, 6, 7 or 8 digits), nossoNumero (sequence), carteira (2);
 * agencia (4) and conta (8) for convênios of 4 or 6 digits. Convênio 6 with a nossoNumero longer than 5 digits
 * uses the 17-digit "nosso número livre" layout (service 21).
 */
export function freeFieldBancoDoBrasil(input: Record<string, string>): string {
  const i = new BankInput('001', input);
  const convLen = i.length('convenio');
  const conv = i.digits('convenio', convLen === 0 ? 7 : convLen);
  const cart = i.digits('carteira', 2);
  switch (conv.length) {
    case 8:
      return check25('001', `000000${conv}${i.digits('nossoNumero', 9)}${cart}`);
    case 7:
      return check25('001', `000000${conv}${i.digits('nossoNumero', 10)}${cart}`);
    case 6:
      if (i.length('nossoNumero') > 5) return check25('001', `${conv}${i.digits('nossoNumero', 17)}21`);
      return check25('001', `${conv}${i.digits('nossoNumero', 5)}${i.digits('agencia', 4)}${i.digits('conta', 8)}${cart}`);
    case 4:
      return check25('001', `${conv}${i.digits('nossoNumero', 7)}${i.digits('agencia', 4)}${i.digits('conta', 8)}${cart}`);
    default:
      throw new BoletoError('input', `bank 001: convenio must have 4, 6, 7 or 8 digits, got ${conv.length}`);
  }
}

/** Santander (033). Inputs: codigoBeneficiario (7), nossoNumero (12, DV computed), carteira (3, default 101), iof (default 0). */
export function freeFieldSantander(input: Record<string, string>): string {
  const i = new BankInput('033', input);
  const nn = nossoNumero('033', input);
  return check25('033', `9${i.digits('codigoBeneficiario', 7)}${nn.value}${nn.checkDigit}${i.digits('iof', 1, '0')}${i.digits('carteira', 3, '101')}`);
}

/**
 * Caixa SIGCB (104). Inputs: codigoBeneficiario (6), nossoNumero (15-digit sequence, or the full 17),
 * modalidade (1: 1 registrada / 2 sem registro, default 1), emissao (1, default 4 = beneficiário).
 */
export function freeFieldCaixa(input: Record<string, string>): string {
  const i = new BankInput('104', input);
  const benef = i.digits('codigoBeneficiario', 6);
  const nn = caixaNossoNumero17(i);
  const body = `${benef}${mod11ZeroAbove9(benef)}${nn.slice(2, 5)}${nn[0]}${nn.slice(5, 8)}${nn[1]}${nn.slice(8, 17)}`;
  return check25('104', body + mod11ZeroAbove9(body));
}

/** Bradesco (237). Inputs: agencia (4), carteira (2), nossoNumero (11), conta (7). */
export function freeFieldBradesco(input: Record<string, string>): string {
  const i = new BankInput('237', input);
  const cart = i.digits('carteira', 2);
  const nn = i.digits('nossoNumero', 11);
  dvBradesco(cart + nn); // validates digits
  return check25('237', `${i.digits('agencia', 4)}${cart}${nn}${i.digits('conta', 7)}0`);
}

/**
 * Itaú (341). Inputs: carteira (3), nossoNumero (8), agencia (4), conta (5, without DV).
 * Carteiras 106, 107, 122, 142, 143, 195, 196, 198 use seuNumero (7) and codigoCliente (5) instead of agência/conta.
 */
export function freeFieldItau(input: Record<string, string>): string {
  const i = new BankInput('341', input);
  const cart = i.digits('carteira', 3);
  const nn = i.digits('nossoNumero', 8);
  if (ITAU_SPECIAL_CARTEIRAS.has(cart)) {
    const body = `${cart}${nn}${i.digits('seuNumero', 7)}${i.digits('codigoCliente', 5)}`;
    return check25('341', `${body}${mod10(body)}0`);
  }
  const ag = i.digits('agencia', 4);
  const conta = i.digits('conta', 5);
  const dac = nossoNumero('341', input).checkDigit;
  return check25('341', `${cart}${nn}${dac}${ag}${conta}${mod10(ag + conta)}000`);
}

/**
 * Sicredi (748). Inputs: agencia (4), posto (2), codigoBeneficiario (5), nossoNumero (8 = AA + byte + seq5,
 * or ano (2) + byte (1, default 2) + nossoNumero (5)); tipoCobranca (1, default 1 = com registro), carteira (1,
 * default 1 = simples), comValor ('1' default when the boleto has an amount, '0' otherwise).
 */
export function freeFieldSicredi(input: Record<string, string>): string {
  const i = new BankInput('748', input);
  const nn8 = sicrediNossoNumero8(i);
  const dv = nossoNumero('748', input).checkDigit;
  const body = `${i.digits('tipoCobranca', 1, '1')}${i.digits('carteira', 1, '1')}${nn8}${dv}${i.digits('agencia', 4)}${i.digits('posto', 2)}${i.digits('codigoBeneficiario', 5)}${i.digits('comValor', 1, '1')}0`;
  const r = mod11Remainder(body, 9);
  return check25('748', `${body}${r <= 1 ? 0 : 11 - r}`);
}

/**
 * Sicoob (756). Inputs: agencia (4), codigoBeneficiario (7, the "cliente"), nossoNumero (7), carteira (1, default 1),
 * modalidade (2, default 01), parcela (3, default 001).
 */
export function freeFieldSicoob(input: Record<string, string>): string {
  const i = new BankInput('756', input);
  const nn = nossoNumero('756', input);
  return check25('756', `${i.digits('carteira', 1, '1')}${i.digits('agencia', 4)}${i.digits('modalidade', 2, '01')}${i.digits('codigoBeneficiario', 7)}${nn.value}${nn.checkDigit}${i.digits('parcela', 3, '001')}`);
}

const BANKS: Record<string, (input: Record<string, string>) => string> = {
  '001': freeFieldBancoDoBrasil,
  '033': freeFieldSantander,
  '104': freeFieldCaixa,
  '237': freeFieldBradesco,
  '341': freeFieldItau,
  '748': freeFieldSicredi,
  '756': freeFieldSicoob,
};

export const FREE_FIELD_BANKS = Object.keys(BANKS);

/** Campo livre (25 digits) from the bank's own fields. See README for each bank's input names. */
export function freeField(bankCode: string, input: Record<string, string>): string {
  const fn = BANKS[bankCode];
  if (!fn) throw new BoletoError('unsupported-bank', `freeField: bank ${bankCode} is not supported`);
  return fn(input);
}
