import { centsToDecimal } from '../util.js';
import { crc16Hex } from './crc16.js';
import { PixError } from './errors.js';
import { parseTlv, tlv } from './tlv.js';

export const PIX_GUI = 'br.gov.bcb.pix';

export interface PixBuildInput {
  /** chave Pix (CPF/CNPJ digits, e-mail, +55…, EVP). Required unless `url` is given. */
  key?: string;
  /** up to 25 characters; accents are removed */
  merchantName: string;
  /** up to 15 characters; accents are removed */
  merchantCity: string;
  amountCents?: number;
  /** static: up to 25 alphanumerics; default `***` */
  txid?: string;
  /** free text shown to the payer (26.02) */
  description?: string;
  /** dynamic location URL (26.25), `https://` is stripped */
  url?: string;
  /** postal code (61) */
  postalCode?: string;
  /** add `010212` (payable only once). Default: true for dynamic codes (url), false otherwise. */
  singleUse?: boolean;
}

export interface PixParsed {
  key?: string;
  url?: string;
  merchantName: string;
  merchantCity: string;
  amountCents?: number;
  txid?: string;
  description?: string;
  postalCode?: string;
  /** true when field 01 = 12 */
  singleUse: boolean;
  /** Pix Automático recurrence URL (template 80, sub-field 25) */
  recurrenceUrl?: string;
  /** the CRC written in the code (4 hex) */
  crc: string;
}

/** Remove diacritics and keep printable ASCII (BR Code names are conventionally unaccented). */
export function normalizeText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '').trim();
}

function requireAscii(name: string, s: string): void {
  if (/[^\x20-\x7e]/.test(s)) throw new PixError('input', `${name} must be printable ASCII`);
}

/** Build a BR Code (EMV MPM) with its CRC16. */
export function build(input: PixBuildInput): string {
  const name = normalizeText(input.merchantName ?? '');
  const city = normalizeText(input.merchantCity ?? '');
  if (name === '' || name.length > 25) throw new PixError('input', 'merchantName must have 1 to 25 characters');
  if (city === '' || city.length > 15) throw new PixError('input', 'merchantCity must have 1 to 15 characters');
  const url = input.url?.trim().replace(/^https?:\/\//i, '');
  const key = input.key?.trim();
  if (!url && !key) throw new PixError('input', 'either key (static) or url (dynamic) is required');
  let mai = tlv('00', PIX_GUI);
  if (key) {
    requireAscii('key', key);
    if (key.length > 77) throw new PixError('input', 'key must have at most 77 characters');
    mai += tlv('01', key);
  }
  if (input.description) {
    const d = normalizeText(input.description);
    if (d !== '') mai += tlv('02', d);
  }
  if (url) {
    requireAscii('url', url);
    if (url.length > 77) throw new PixError('input', 'url must have at most 77 characters');
    mai += tlv('25', url);
  }
  if (mai.length > 99) throw new PixError('input', 'merchant account information (key + description + url) exceeds 99 characters');
  let txid = input.txid?.trim() || '***';
  if (txid !== '***' && !/^[A-Za-z0-9]{1,25}$/.test(txid)) {
    throw new PixError('input', 'txid must have 1 to 25 alphanumeric characters');
  }
  if (url && input.txid === undefined) txid = '***';
  let out = tlv('00', '01');
  if (input.singleUse ?? Boolean(url)) out += tlv('01', '12');
  out += tlv('26', mai) + tlv('52', '0000') + tlv('53', '986');
  if (input.amountCents !== undefined) {
    if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0 || input.amountCents > 999_999_999_999) {
      throw new PixError('input', `amountCents must be a positive integer, got ${input.amountCents}`);
    }
    out += tlv('54', centsToDecimal(input.amountCents));
  }
  out += tlv('58', 'BR') + tlv('59', name) + tlv('60', city);
  if (input.postalCode) out += tlv('61', input.postalCode.replace(/\D/g, ''));
  out += tlv('62', tlv('05', txid));
  out += '6304';
  return out + crc16Hex(out);
}

/** Validate the CRC (case-insensitive hex) of a BR Code. */
export function hasValidCrc(code: string): boolean {
  if (code.length < 8 || code.slice(-8, -4) !== '6304') return false;
  return crc16Hex(code.slice(0, -4)) === code.slice(-4).toUpperCase();
}

function parseAmount(v: string): number {
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(v);
  if (!m) throw new PixError('tlv', `invalid amount "${v}" in field 54`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Parse a BR Code. Throws PixError on bad CRC, malformed TLV or missing mandatory fields. */
export function parse(code: string): PixParsed {
  if (typeof code !== 'string') throw new PixError('tlv', 'BR Code must be a string');
  const payload = code.trim();
  if (payload.length < 8 || payload.slice(-8, -4) !== '6304') throw new PixError('crc', 'BR Code must end with 6304 + CRC');
  const crc = payload.slice(-4);
  if (!/^[0-9A-Fa-f]{4}$/.test(crc)) throw new PixError('crc', `invalid CRC "${crc}"`);
  const expected = crc16Hex(payload.slice(0, -4));
  if (expected !== crc.toUpperCase()) throw new PixError('crc', `CRC mismatch: code says ${crc}, computed ${expected}`);
  const fields = parseTlv(payload);
  if (fields[0]?.id !== '00' || fields[0].value !== '01') throw new PixError('tlv', 'field 00 (payload format indicator = 01) must come first');
  if (fields[fields.length - 1]?.id !== '63') throw new PixError('tlv', 'field 63 (CRC) must come last');
  const seen = new Set<string>();
  const top = new Map<string, string>();
  for (const f of fields) {
    if (seen.has(f.id)) throw new PixError('tlv', `duplicate field ${f.id}`);
    seen.add(f.id);
    top.set(f.id, f.value);
  }
  const result: Partial<PixParsed> & { singleUse: boolean; crc: string } = { singleUse: top.get('01') === '12', crc };
  // merchant account information: templates 26..51, the Pix one has GUI br.gov.bcb.pix (case-insensitive)
  let found = false;
  for (const f of fields) {
    const n = Number(f.id);
    if (n < 26 || n > 51) continue;
    const sub = parseTlv(f.value, `field ${f.id}`);
    const gui = sub.find((s) => s.id === '00')?.value;
    if (gui?.toLowerCase() !== PIX_GUI) continue;
    found = true;
    for (const s of sub) {
      if (s.id === '01') result.key = s.value;
      else if (s.id === '02') result.description = s.value;
      else if (s.id === '25') result.url = s.value;
    }
  }
  if (!found) throw new PixError('missing-field', 'no Pix merchant account information (GUI br.gov.bcb.pix)');
  const name = top.get('59');
  const city = top.get('60');
  if (name === undefined) throw new PixError('missing-field', 'field 59 (merchant name) is missing');
  if (city === undefined) throw new PixError('missing-field', 'field 60 (merchant city) is missing');
  result.merchantName = name;
  result.merchantCity = city;
  const amount = top.get('54');
  if (amount !== undefined) result.amountCents = parseAmount(amount);
  const postal = top.get('61');
  if (postal !== undefined) result.postalCode = postal;
  const add = top.get('62');
  if (add !== undefined) {
    const sub = parseTlv(add, 'field 62');
    const txid = sub.find((s) => s.id === '05')?.value;
    if (txid !== undefined && txid !== '***') result.txid = txid;
  }
  const rec = top.get('80');
  if (rec !== undefined) {
    const sub = parseTlv(rec, 'field 80');
    const u = sub.find((s) => s.id === '25')?.value;
    if (u !== undefined) result.recurrenceUrl = u;
  }
  return result as PixParsed;
}
