export { parse, build, barcodeToDigitableLine, digitableLineToBarcode, formatDigitableLine, barcodeCheckDigit } from './barcode.js';
export type { ParsedBoleto, ParseOptions, BuildInput } from './barcode.js';
export { BoletoError } from './errors.js';
export type { BoletoErrorReason } from './errors.js';
export { mod10, mod11Remainder, mod11Boleto, mod11ZeroAbove9, mod11BancoDoBrasil, mod11Bradesco, mod11Sicoob } from './check-digits.js';
export { dateToFactor, factorToDate, factorCandidates, FACTOR_BASE_DATE, FACTOR_RESET_DATE, WINDOW_PAST_DAYS, WINDOW_FUTURE_DAYS } from './due-date-factor.js';
export {
  freeField,
  FREE_FIELD_BANKS,
  freeFieldBancoDoBrasil,
  freeFieldSantander,
  freeFieldCaixa,
  freeFieldBradesco,
  freeFieldItau,
  freeFieldSicredi,
  freeFieldSicoob,
} from './free-field.js';
export {
  nossoNumero,
  NOSSO_NUMERO_BANKS,
  dvBancoDoBrasil,
  dvBradesco,
  dvItau,
  dvSantander,
  dvCaixa,
  dvSicredi,
  dvSicoob,
} from './nosso-numero.js';
export type { NossoNumero } from './nosso-numero.js';
