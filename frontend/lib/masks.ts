/*
 * Input masks: pure functions from whatever was typed or pasted to the masked text, applied on every
 * change. They only shape the text; validity (check digits, DDD) is decided by @netprovider/br-docs and by
 * the API, whose 422 names the field.
 */
import { money } from '@netprovider/br-docs';

const digits = (v: string) => v.replace(/\D/g, '');

/** Places `text` into `pattern` (`#` = one character of text), stopping where the text ends. */
function fill(pattern: string, text: string): string {
  let out = '';
  let i = 0;
  for (const ch of pattern) {
    if (i >= text.length) break;
    if (ch === '#') out += text[i++];
    else out += ch;
  }
  return out;
}

/** `52998224725` → `529.982.247-25` */
export function maskCpf(v: string): string {
  return fill('###.###.###-##', digits(v).slice(0, 11));
}

/**
 * CNPJ, numeric or alphanumeric (from July 2026): 12 characters `[0-9A-Z]` then 2 numeric check digits.
 * `12abc34501de35` → `12.ABC.345/01DE-35`.
 */
export function maskCnpj(v: string): string {
  const chars = v.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const base = chars.slice(0, 12);
  const dv = digits(chars.slice(12)).slice(0, 2);
  return fill('##.###.###/####-##', base + (base.length === 12 ? dv : ''));
}

/** CPF while it can still be one (up to 11 digits, no letters), CNPJ from the 12th character or a letter. */
export function maskDocument(v: string): string {
  const chars = v.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return chars.length > 11 || /[A-Z]/.test(chars) ? maskCnpj(chars) : maskCpf(chars);
}

/** `01310100` → `01310-100` */
export function maskCep(v: string): string {
  return fill('#####-###', digits(v).slice(0, 8));
}

/**
 * Brazilian phone with DDD: `(11) 3456-7890` (landline, 10 digits) or `(11) 98765-4321` (mobile, 11).
 * A leading +55 / 55 country code (13 or 12 digits) is dropped.
 */
export function maskPhone(v: string): string {
  let d = digits(v);
  if (d.length > 11 && d.startsWith('55')) d = d.slice(2);
  if (d.length > 11 && d.startsWith('0')) d = d.slice(1);
  d = d.slice(0, 11);
  if (d.length <= 2) return d.length ? `(${d}` : '';
  return d.length <= 10 ? fill('(##) ####-####', d) : fill('(##) #####-####', d);
}

/** dd/mm/aaaa as it is typed. */
export function maskDate(v: string): string {
  return fill('##/##/####', digits(v).slice(0, 8));
}

/** dd/mm/aaaa hh:mm as it is typed (24-hour clock). */
export function maskDateTime(v: string): string {
  return fill('##/##/#### ##:##', digits(v).slice(0, 12));
}

/** A ticket's protocol number as it is typed: `20261128000001` → `20261128-000001`. */
export function maskProtocol(v: string): string {
  return fill('########-######', digits(v).slice(0, 14));
}

/** Money typed as in a bank app: digits push in from the right (`9990` → `99,90`). */
export function maskMoney(v: string): string {
  return money.formatDecimal(centsFromMasked(v));
}

/** The integer centavos of a masked money text (`1.234,56` → 123456). */
export function centsFromMasked(v: string): number {
  const d = digits(v).replace(/^0+(?=\d)/, '').slice(0, 13);
  return d ? Number(d) : 0;
}
