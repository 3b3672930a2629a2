import { ApiProblem, type FieldError } from '@netprovider/api-client';
import { messages } from '../messages/pt-BR';

const e = messages.errors;

const GENERIC_CODES = new Set(['custom', 'invalid_format', 'invalid_value']);

/**
 * The pt-BR text for one invalid field: by the API's specific code when it has one; for the request
 * validator's generic codes, by what the field is (`document` → CPF/CNPJ) and the reason translated;
 * the API's own reason when we know neither.
 */
export function fieldMessage(err: FieldError): string {
  if (err.code && !GENERIC_CODES.has(err.code) && e.byCode[err.code]) return e.byCode[err.code]!;
  // the innermost named segment that says what the field is (`phones.0.number` → phones)
  const what = err.field.split('.').reverse().map((s) => e.byField[s]).find(Boolean);
  const why = Object.entries(e.reasons).find(([en]) => err.reason.includes(en))?.[1];
  if (what) return why ? `${what}: ${why}.` : `${what}.`;
  if (why) return `${why.charAt(0).toUpperCase()}${why.slice(1)}.`;
  return (err.code && e.byCode[err.code]) || err.reason;
}

/** Field path → message, for the `error` props of a form's inputs. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem)) return {};
  const out: Record<string, string> = {};
  for (const [field, fe] of Object.entries(error.fieldErrors())) out[field] = fieldMessage(fe);
  return out;
}

/** One sentence for an error that is not about a field (or a summary when fields are named). */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiProblem) {
    if (error.problem.errors?.length) return e.fixFields;
    const slug = error.slug;
    const code = typeof error.problem.code === 'string' ? error.problem.code : undefined;
    if (e.bySlug[slug]) return e.bySlug[slug]!;
    if (code && e.byCode[code]) return e.byCode[code]!;
    if (error.status === 403) return e.forbidden;
    if (error.status === 404) return e.notFound;
    return error.problem.detail ? `${e.generic} (${error.problem.detail})` : e.generic;
  }
  if (error instanceof TypeError) return e.network;
  return e.generic;
}

/** Field errors the form does not show next to an input (so nothing fails silently). */
export function unplacedFieldErrors(error: unknown, placed: readonly string[]): string[] {
  if (!(error instanceof ApiProblem)) return [];
  return (error.problem.errors ?? []).filter((fe) => !placed.includes(fe.field)).map((fe) => `${fe.field}: ${fieldMessage(fe)}`);
}
