import type { BankOccurrences } from './types.js';

/** Banco do Brasil (001). src: laravel-boleto Cnab240/Banco/Bb.php and Cnab400/Banco/Bb.php (banking-standards.md §2.6). */
export const bancoDoBrasil: BankOccurrences = {
  code: '001',
  name: 'Banco do Brasil',
  settled240: ['06', '17'],
  settled400: ['05', '06', '07', '08', '15'],
  descriptions400: {
    '05': 'liquidado sem registro',
    '06': 'liquidação normal',
    '07': 'liquidação por conta/parcial',
    '08': 'liquidação por saldo',
    '15': 'liquidação em cartório',
  },
};
