export interface BankOccurrences {
  code: string;
  name: string;
  /** CNAB 240 ocorrências (código de movimento retorno) that mean the title was paid */
  settled240: readonly string[];
  /** CNAB 400 ocorrências that mean the title was paid ([] when the 400 layout is not used/known) */
  settled400: readonly string[];
  /** bank-specific descriptions overriding the FEBRABAN table */
  descriptions240?: Readonly<Record<string, string>>;
  descriptions400?: Readonly<Record<string, string>>;
}

/** FEBRABAN/BB código de movimento retorno (banking-standards.md §2.6, from laravel-boleto Cnab240/Banco/Bb.php). */
export const FEBRABAN_240_DESCRIPTIONS: Readonly<Record<string, string>> = {
  '02': 'entrada confirmada',
  '03': 'entrada rejeitada',
  '04': 'transferência de carteira/entrada',
  '05': 'transferência de carteira/baixa',
  '06': 'liquidação',
  '09': 'baixa',
  '11': 'em ser',
  '12': 'abatimento concedido',
  '13': 'abatimento cancelado',
  '14': 'vencimento alterado',
  '15': 'franco de pagamento',
  '17': 'liquidação após baixa ou título não registrado',
  '19': 'confirmação de instrução de protesto',
  '20': 'confirmação de sustação de protesto',
  '23': 'remessa a cartório',
  '24': 'retirada de cartório',
  '25': 'protestado e baixado',
  '26': 'instrução rejeitada',
  '27': 'alteração de outros dados confirmada',
  '28': 'débito de tarifas/custas',
  '29': 'ocorrências do sacado',
  '30': 'alteração de dados rejeitada',
  '44': 'título pago com cheque devolvido',
  '50': 'título pago com cheque pendente de compensação',
};

/** Common CNAB 400 meanings (Itaú/Bradesco family); banks override where they differ. */
export const COMMON_400_DESCRIPTIONS: Readonly<Record<string, string>> = {
  '02': 'entrada confirmada',
  '03': 'entrada rejeitada',
  '06': 'liquidação normal',
  '09': 'baixa',
  '10': 'baixa',
  '14': 'vencimento alterado',
};
