export class OfxError extends Error {
  override readonly name = 'OfxError';
  constructor(message: string) {
    super(message);
  }
}
