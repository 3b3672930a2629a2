/**
 * A business rule refused a command (`code` is stable; `details.field` names the request field → 422).
 * One copy per bounded context so the domain imports nothing outside its folder.
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
