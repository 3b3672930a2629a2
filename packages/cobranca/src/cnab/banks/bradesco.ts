import type { BankOccurrences } from './types.js';

/** Bradesco (237). src: laravel-boleto Cnab240/Banco/Bradesco.php, Cnab400/Banco/Bradesco.php (§2.6). */
export const bradesco: BankOccurrences = {
  code: '237',
  name: 'Bradesco',
  settled240: ['06', '17'],
  settled400: ['06', '15', '17'],
  descriptions400: {
    '06': 'liquidação normal',
    '10': 'baixado conforme instruções da agência',
    '15': 'liquidação em cartório',
    '17': 'liquidação após baixa ou título não registrado',
  },
};
