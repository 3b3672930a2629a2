export interface RemittanceCompany {
  name: string;
  /** CPF (11) or CNPJ (14) digits; masks allowed */
  document: string;
  agency: string;
  agencyDigit?: string;
  account: string;
  accountDigit?: string;
  /** convênio / código do beneficiário / código de transmissão (bank-specific, see README) */
  agreement?: string;
  /** carteira */
  wallet?: string;
  /** BB variação da carteira */
  walletVariation?: string;
  bankName?: string;
}

export interface RemittancePayer {
  name: string;
  /** CPF (11) or CNPJ (14) digits; masks allowed */
  document: string;
  address: string;
  district: string;
  /** CEP, 8 digits (masks allowed) */
  zipCode: string;
  city: string;
  /** UF, 2 letters */
  state: string;
}

/** register = entrada (01); write-off = pedido de baixa (02); change-due-date = alteração de vencimento (06); change-amount: not supported yet */
export type RemittanceMovement = 'register' | 'write-off' | 'change-due-date' | 'change-amount';

export interface RemittanceTitle {
  /** the bank's nosso número without DV (e.g. boleto.nossoNumero(...).value) */
  nossoNumero: string;
  /** DV, when the bank's layout carries it (Bradesco 400, Sicoob 240); computed when omitted and possible */
  nossoNumeroDigit?: string;
  /** seu número / número do documento (also echoed as the company's reference) */
  yourNumber: string;
  /** YYYY-MM-DD */
  dueDate: string;
  amountCents: number;
  /** YYYY-MM-DD */
  issueDate: string;
  payer: RemittancePayer;
  /** código de movimento/ocorrência da remessa, default '01' (entrada); wins over `movement` */
  movementCode?: string;
  /** the instruction, mapped to the bank's code (`remittanceMovementCode`): entrada, pedido de baixa, alteração de vencimento */
  movement?: RemittanceMovement;
  /** espécie do título (240 default '02' DM; Itaú/Bradesco 400 default '01') */
  species?: string;
  /** aceite, default 'N' */
  acceptance?: 'A' | 'N';
  /** multa: percent in hundredths of a percent (200 = 2,00 %) or fixed centavos; date defaults to dueDate + 1 */
  fine?: { kind: 'percent' | 'fixed'; value: number; date?: string };
  /** juros de mora: 'daily' = centavos per day; 'monthly' = hundredths of a percent per month (100 = 1 % a.m.) */
  interest?: { kind: 'daily' | 'monthly'; value: number; date?: string };
  /** desconto 1: fixed centavos or percent (hundredths) until `date` */
  discount?: { kind: 'fixed' | 'percent'; value: number; date: string };
  /** abatimento in centavos */
  abatementCents?: number;
  /** days for automatic protest; omitted = do not protest */
  protestDays?: number;
  /** days after due date for automatic write-off (baixa/devolução); default 60 */
  writeOffDays?: number;
}

export interface RemittanceInput {
  layout: 240 | 400;
  bankCode: string;
  company: RemittanceCompany;
  /** NSA / sequencial da remessa */
  fileSequence: number;
  /** YYYY-MM-DD or an ISO date-time (the time goes to the 240 header) */
  generatedAt: string;
  titles: RemittanceTitle[];
}
