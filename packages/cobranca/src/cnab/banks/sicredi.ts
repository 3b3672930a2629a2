import type { BankOccurrences } from './types.js';

/** Sicredi (748). src: laravel-boleto Cnab240/Banco/Sicredi.php (§2.6). */
export const sicredi: BankOccurrences = {
  code: '748',
  name: 'Sicredi',
  settled240: ['06', '17'],
  settled400: [],
};
