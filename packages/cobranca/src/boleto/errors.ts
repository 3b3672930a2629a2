export type BoletoErrorReason =
  | 'length'
  | 'non-digit'
  | 'field1-check-digit'
  | 'field2-check-digit'
  | 'field3-check-digit'
  | 'general-check-digit'
  | 'currency'
  | 'input'
  | 'unsupported-bank'
  | 'due-date';

export class BoletoError extends Error {
  override readonly name = 'BoletoError';
  constructor(
    readonly reason: BoletoErrorReason,
    message: string,
  ) {
    super(message);
  }
}
