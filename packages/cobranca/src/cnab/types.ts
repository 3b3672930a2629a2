export interface ReturnTitle {
  /** 1-based line of the detail (segment T for 240) */
  lineNumber: number;
  /** record sequence (240: T 9-13; 400: 395-400) */
  sequence: string;
  /**
   * Nosso número as the bank identifies the title (bank-specific slice, trimmed):
   * 240 FEBRABAN 38-57 (Sicoob 38-47 = NN+DV, Santander 41-53); 400 Itaú/Santander 63-70, Bradesco 71-82, BB CBR643 64-80.
   */
  nossoNumero: string;
  /** the whole nosso-número field trimmed (240: 38-57, Santander 41-53; 400: same as nossoNumero) */
  nossoNumeroField: string;
  occurrenceCode: string;
  occurrenceDescription?: string;
  /** true when occurrenceCode is one of the bank's liquidation codes for this layout */
  settled: boolean;
  /** 240: U 78-92 valor pago; 400: 254-266 valor pago/recebido */
  amountPaidCents: number;
  creditDate: string | null;
  occurrenceDate: string | null;
  /** tarifa/custas */
  feesCents: number;
  dueDate: string | null;
  /** valor nominal do título */
  nominalAmountCents: number;
  /** amountPaidCents − fineInterestCents (never below 0) */
  principalCents: number;
  /** juros de mora + multa */
  fineInterestCents: number;
  discountCents: number;
  abatementCents: number;
  iofCents: number;
  /** 240 only: U 93-107 valor líquido creditado */
  netCreditCents?: number;
  otherExpensesCents?: number;
  otherCreditsCents?: number;
  /** seu número / número do documento (240: T 59-73; 400: 117-126), falling back to the company reference */
  yourNumber: string;
  /** identificação do título na empresa / uso da empresa (240: T 106-130; 400: 38-62) */
  companyReference: string;
  /** motivos da ocorrência (240: T 214-223, 2 chars each, blanks and 00 dropped) */
  motives: string[];
  /** Santander 400 boleto híbrido: type-2 record following the title */
  pix?: { keyType: string; key: string; txid: string; lineNumber: number };
}

export interface ReturnFile {
  layout: 240 | 400;
  bankCode: string;
  /** file generation date from the header (YYYY-MM-DD) when present */
  fileDate: string | null;
  /** NSA / sequencial do retorno when present */
  fileSequence: string;
  companyName: string;
  titles: ReturnTitle[];
}
