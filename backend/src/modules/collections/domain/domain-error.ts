/**
 * A business rule refused a command (`code` stable, `details.field` names a request field → 422, otherwise
 * 409). One copy per bounded context so the domain imports nothing outside its folder; the HTTP mapping
 * matches on `name === 'DomainError'`.
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
