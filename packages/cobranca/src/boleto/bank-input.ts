import { BoletoError } from './errors.js';

/** English aliases accepted for the Portuguese input names (same names as cnab.buildRemittance's company). */
const ALIASES: Record<string, string[]> = {
  agencia: ['agency', 'branch'],
  conta: ['account'],
  carteira: ['wallet'],
  convenio: ['agreement'],
  codigoBeneficiario: ['beneficiaryCode', 'codigoCedente', 'agreement', 'convenio'],
  nossoNumero: ['sequence', 'sequencial'],
  posto: ['post'],
  modalidade: ['modality'],
  parcela: ['installment'],
  seuNumero: ['yourNumber'],
  codigoCliente: ['clientCode'],
};

export class BankInput {
  constructor(
    private readonly bank: string,
    private readonly input: Record<string, string>,
  ) {}

  raw(name: string): string | undefined {
    const direct = this.input[name];
    if (direct !== undefined && direct !== '') return String(direct).trim();
    for (const alias of ALIASES[name] ?? []) {
      const v = this.input[alias];
      if (v !== undefined && v !== '') return String(v).trim();
    }
    return undefined;
  }

  /** Digits-only field, left-padded with zeros to `len`; throws when missing (unless `def`), non-numeric or too long. */
  digits(name: string, len: number, def?: string): string {
    const v = this.raw(name) ?? def;
    if (v === undefined) throw new BoletoError('input', `bank ${this.bank}: input "${name}" is required`);
    const clean = v.replace(/[\s.\-/]/g, '');
    if (!/^\d+$/.test(clean)) throw new BoletoError('input', `bank ${this.bank}: input "${name}" must be numeric, got "${v}"`);
    if (clean.length > len) {
      // allow extra leading zeros
      const trimmed = clean.replace(/^0+/, '');
      if (trimmed.length > len) {
        throw new BoletoError('input', `bank ${this.bank}: input "${name}" has more than ${len} digits ("${v}")`);
      }
      return trimmed.padStart(len, '0');
    }
    return clean.padStart(len, '0');
  }

  /** Length of the significant digits given (before padding). */
  length(name: string): number {
    const v = this.raw(name);
    return v === undefined ? 0 : v.replace(/[\s.\-/]/g, '').length;
  }
}
