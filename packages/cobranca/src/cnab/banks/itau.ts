import type { BankOccurrences } from './types.js';

/** Itaú (341). src: laravel-boleto Cnab240/Banco/Itau.php, Cnab400/Banco/Itau.php (§2.6). Note 400 code 17 = alteração rejeitada. */
export const itau: BankOccurrences = {
  code: '341',
  name: 'Itaú',
  settled240: ['06', '08', '10'],
  settled400: ['06', '07', '08', '10', '59'],
  descriptions400: {
    '06': 'liquidação normal',
    '07': 'liquidação parcial (cobrança inteligente)',
    '08': 'liquidação em cartório',
    '09': 'baixa simples',
    '10': 'baixa por ter sido liquidado',
    '17': 'alteração de dados rejeitada',
    '25': 'alegações do pagador',
    '59': 'baixa por crédito em c/c através do sispag',
  },
};
