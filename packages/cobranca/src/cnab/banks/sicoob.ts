import type { BankOccurrences } from './types.js';

/** Sicoob (756). src: laravel-boleto Cnab240/Banco/Bancoob.php, Cnab400/Banco/Bancoob.php (§2.6). */
export const sicoob: BankOccurrences = {
  code: '756',
  name: 'Sicoob',
  settled240: ['06', '17', '50'],
  settled400: ['05', '06'],
};
