import type { BankOccurrences } from './types.js';

/** Caixa (104), SIGCB. src: laravel-boleto Cnab240/Banco/Caixa.php, Cnab400/Banco/Caixa.php (§2.6). */
export const caixa: BankOccurrences = {
  code: '104',
  name: 'Caixa Econômica Federal',
  settled240: ['06', '46'],
  settled400: ['21', '22'],
  descriptions240: { '46': 'liquidação (transferência)' },
  descriptions400: { '21': 'liquidação', '22': 'liquidação em cartório' },
};
