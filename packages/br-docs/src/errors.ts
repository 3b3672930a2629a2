export type BrDocsErrorKind = 'cpf' | 'cnpj' | 'document' | 'cep' | 'phone' | 'email' | 'money';

export type BrDocsErrorReason =
  /** Nothing left after removing punctuation and spaces. */
  | 'empty'
  /** A character that cannot appear in this kind of value (letters in a CPF, `?` anywhere...). */
  | 'invalid-characters'
  | 'length'
  /** `111.111.111-11` and friends pass the check-digit arithmetic but are never issued. */
  | 'repeated-digits'
  | 'check-digit'
  /** Phone: the area code (DDD) does not exist. */
  | 'area-code'
  /** Phone: the subscriber number cannot be a Brazilian landline nor mobile (e.g. 8-digit mobile without the 9). */
  | 'subscriber-number'
  /** Phone: a country code other than +55. */
  | 'country-code'
  /** Not in the expected shape (money: not a pt-BR amount or beyond MAX_SAFE_INTEGER centavos; CEP below 01000-000). */
  | 'format';

/** Every failure of this package: `kind` says what was being read, `reason` why it was refused. */
export class BrDocsError extends Error {
  override readonly name = 'BrDocsError';
  constructor(
    readonly kind: BrDocsErrorKind,
    readonly reason: BrDocsErrorReason,
    message: string,
  ) {
    super(message);
  }
}
