import { BrDocsError } from './errors.js';

/** `01310-100` / `01.310-100` → `01310100`. */
export function normalize(input: string): string {
  return input.replace(/[.\-\s]/g, '');
}

export function validate(input: string): BrDocsError | null {
  const v = normalize(input);
  if (v === '') return new BrDocsError('cep', 'empty', 'CEP is empty');
  if (!/^\d+$/.test(v)) return new BrDocsError('cep', 'invalid-characters', 'a CEP has only digits');
  if (v.length !== 8) return new BrDocsError('cep', 'length', 'a CEP has 8 digits');
  // No CEP range starts below 01000-000 (São Paulo capital is the lowest).
  if (v < '01000000') return new BrDocsError('cep', 'format', 'CEPs start at 01000-000');
  return null;
}

export function isValid(input: string): boolean {
  return validate(input) === null;
}

/** `01310100` → `01310-100`. Throws when invalid. */
export function format(input: string): string {
  const error = validate(input);
  if (error) throw error;
  const v = normalize(input);
  return `${v.slice(0, 5)}-${v.slice(5)}`;
}
