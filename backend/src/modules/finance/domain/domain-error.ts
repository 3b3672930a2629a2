/**
 * A business rule refused a command. `code` is stable (`customer.invalid-document`) and `details` says where
 * and why (`{ field: 'document' }`, `{ current: 'cancelled' }`); the HTTP layer maps it to a problem
 * (422 with `errors[].field` when `details.field` is set, 409 otherwise).
 *
 * One copy per bounded context so the domain imports nothing outside its folder; the HTTP mapping matches
 * on `name === 'DomainError'`, not on the class. (identity/domain/errors.ts has the same name with the
 * signature (code, message, details): to be unified in a shared kernel.)
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: string,
    readonly details: Record<string, unknown> = {},
    message?: string,
  ) {
    super(message ?? (details.field ? `${code} (${String(details.field)})` : code));
  }
}
