import { BrDocsError } from './errors.js';
import type { UF } from './uf.js';

/** Every Brazilian area code (DDD) in use, with its state (Anatel numbering plan: 67 codes). */
export const AREA_CODES: Readonly<Record<string, UF>> = {
  '11': 'SP', '12': 'SP', '13': 'SP', '14': 'SP', '15': 'SP', '16': 'SP', '17': 'SP', '18': 'SP', '19': 'SP',
  '21': 'RJ', '22': 'RJ', '24': 'RJ', '27': 'ES', '28': 'ES',
  '31': 'MG', '32': 'MG', '33': 'MG', '34': 'MG', '35': 'MG', '37': 'MG', '38': 'MG',
  '41': 'PR', '42': 'PR', '43': 'PR', '44': 'PR', '45': 'PR', '46': 'PR', '47': 'SC', '48': 'SC', '49': 'SC',
  '51': 'RS', '53': 'RS', '54': 'RS', '55': 'RS',
  '61': 'DF', '62': 'GO', '63': 'TO', '64': 'GO', '65': 'MT', '66': 'MT', '67': 'MS', '68': 'AC', '69': 'RO',
  '71': 'BA', '73': 'BA', '74': 'BA', '75': 'BA', '77': 'BA', '79': 'SE',
  '81': 'PE', '82': 'AL', '83': 'PB', '84': 'RN', '85': 'CE', '86': 'PI', '87': 'PE', '88': 'CE', '89': 'PI',
  '91': 'PA', '92': 'AM', '93': 'PA', '94': 'PA', '95': 'RR', '96': 'AP', '97': 'AM', '98': 'MA', '99': 'MA',
};

export interface ParsedPhone {
  /** `+5511987654321` */
  e164: string;
  /** `11` */
  ddd: string;
  /** Subscriber number without the DDD: 9 digits for a mobile, 8 for a landline. */
  number: string;
  mobile: boolean;
  /** `(11) 98765-4321` or `(11) 3456-7890` */
  formatted: string;
  /** State of the area code. */
  uf: UF;
}

export type PhoneParseResult = ({ ok: true } & ParsedPhone) | { ok: false; error: BrDocsError };

const fail = (reason: BrDocsError['reason'], message: string): PhoneParseResult => ({ ok: false, error: new BrDocsError('phone', reason, message) });

/**
 * Reads a Brazilian phone with its DDD: `(11) 98765-4321`, `11987654321`, `+55 11 98765-4321`,
 * `5511987654321`, `011 98765-4321` (trunk prefix 0). Mobiles have 9 digits starting with 9; landlines
 * 8 digits starting with 2–5. Never throws.
 */
export function safeParse(input: string): PhoneParseResult {
  const trimmed = input.trim();
  if (trimmed === '') return fail('empty', 'phone is empty');
  if (!/^\+?[\d\s().\-]+$/.test(trimmed)) return fail('invalid-characters', 'a phone has only digits, spaces, +, (, ), . and -');
  const explicitCountry = trimmed.startsWith('+');
  let digits = trimmed.replace(/\D/g, '');
  if (explicitCountry) {
    if (!digits.startsWith('55')) return fail('country-code', 'only Brazilian numbers (+55) are accepted');
    digits = digits.slice(2);
  } else if ((digits.length === 12 || digits.length === 13) && digits.startsWith('55')) {
    digits = digits.slice(2); // country code without "+"; 55 is also a DDD, but DDD + number is never 12–13 digits
  } else if ((digits.length === 11 || digits.length === 12) && digits.startsWith('0')) {
    digits = digits.slice(1); // national trunk prefix
  }
  if (digits.length !== 10 && digits.length !== 11) return fail('length', 'a phone has a 2-digit DDD and 8 (landline) or 9 (mobile) digits');
  const ddd = digits.slice(0, 2);
  const uf = AREA_CODES[ddd];
  if (!uf) return fail('area-code', `DDD ${ddd} does not exist`);
  const number = digits.slice(2);
  const mobile = number.length === 9;
  if (mobile && number[0] !== '9') return fail('subscriber-number', 'a 9-digit (mobile) number starts with 9');
  if (!mobile && !/^[2-5]/.test(number)) return fail('subscriber-number', 'an 8-digit landline starts with 2, 3, 4 or 5 (mobiles need the leading 9)');
  const formatted = mobile ? `(${ddd}) ${number.slice(0, 5)}-${number.slice(5)}` : `(${ddd}) ${number.slice(0, 4)}-${number.slice(4)}`;
  return { ok: true, e164: `+55${ddd}${number}`, ddd, number, mobile, formatted, uf };
}

/** Like `safeParse` but throws the `BrDocsError` (kind `phone`, with its `reason`). */
export function parse(input: string): ParsedPhone {
  const r = safeParse(input);
  if (!r.ok) throw r.error;
  const { ok: _ok, ...phone } = r;
  return phone;
}

export function isValid(input: string): boolean {
  return safeParse(input).ok;
}
