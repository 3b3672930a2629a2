/** A business rule refused a command. `code` is stable (`user.disabled`); the HTTP layer maps it to a problem. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: string,
    message?: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message ?? code);
  }
}
