import type { BankOccurrences } from './types.js';

/** Banco Inter (077). src: laravel-boleto Cnab400/Banco/Inter.php (§2.6). */
export const inter: BankOccurrences = {
  code: '077',
  name: 'Banco Inter',
  settled240: [],
  settled400: ['06'],
};
