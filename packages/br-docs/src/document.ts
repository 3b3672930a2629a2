import * as cnpj from './cnpj.js';
import * as cpf from './cpf.js';
import { BrDocsError } from './errors.js';

export type DocumentKind = 'CPF' | 'CNPJ';

export interface ParsedDocument {
  kind: DocumentKind;
  /** Normalized: digits (and upper-case letters for an alphanumeric CNPJ), no mask. */
  value: string;
  formatted: string;
}

export type DocumentParseResult = ({ ok: true } & ParsedDocument) | { ok: false; error: BrDocsError };

/** Decides CPF or CNPJ by length (11 → CPF, 14 → CNPJ) and validates; never throws. */
export function safeParse(input: string): DocumentParseResult {
  const v = input.replace(/[.\-/\s]/g, '').toUpperCase();
  if (v === '') return { ok: false, error: new BrDocsError('document', 'empty', 'document is empty') };
  if (!/^[0-9A-Z]+$/.test(v)) return { ok: false, error: new BrDocsError('document', 'invalid-characters', 'a CPF/CNPJ has only digits (and letters A-Z in a CNPJ)') };
  if (v.length === 11) {
    const error = cpf.validate(v);
    if (error) return { ok: false, error: new BrDocsError('document', error.reason, error.message) };
    return { ok: true, kind: 'CPF', value: v, formatted: cpf.format(v) };
  }
  if (v.length === 14) {
    const error = cnpj.validate(v);
    if (error) return { ok: false, error: new BrDocsError('document', error.reason, error.message) };
    return { ok: true, kind: 'CNPJ', value: v, formatted: cnpj.format(v) };
  }
  return { ok: false, error: new BrDocsError('document', 'length', 'a CPF has 11 digits and a CNPJ 14 characters') };
}

/** Like `safeParse` but throws the `BrDocsError` (kind `document`, with its `reason`). */
export function parse(input: string): ParsedDocument {
  const r = safeParse(input);
  if (!r.ok) throw r.error;
  return { kind: r.kind, value: r.value, formatted: r.formatted };
}

export function isValid(input: string): boolean {
  return safeParse(input).ok;
}
