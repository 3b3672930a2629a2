import type { BankOccurrences } from './types.js';

/** Santander (033). src: laravel-boleto Cnab240/Banco/Santander.php, Cnab400/Banco/Santander.php (§2.6). */
export const santander: BankOccurrences = {
  code: '033',
  name: 'Santander',
  settled240: ['06', '09', '17'],
  settled400: ['06', '07', '08', '16', '17'],
};
