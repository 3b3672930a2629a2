export class CnabError extends Error {
  override readonly name = 'CnabError';
  constructor(
    /** 1-based physical line number (0 when the error is not tied to a line, e.g. remittance input) */
    readonly line: number,
    /** the field that failed, e.g. 'U.amountPaid (78-92)' */
    readonly field: string,
    message: string,
  ) {
    super(line > 0 ? `CNAB line ${line}, field ${field}: ${message}` : `CNAB ${field}: ${message}`);
  }
}
