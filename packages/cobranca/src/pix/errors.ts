export type PixErrorReason = 'crc' | 'tlv' | 'missing-field' | 'input';

export class PixError extends Error {
  override readonly name = 'PixError';
  constructor(
    readonly reason: PixErrorReason,
    message: string,
  ) {
    super(message);
  }
}
