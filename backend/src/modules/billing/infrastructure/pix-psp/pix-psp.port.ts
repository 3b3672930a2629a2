/**
 * What the billing module needs from a Pix PSP (the recipient's bank), in our terms: integer centavos,
 * ISO dates, English names. `BacenPixApiClient` implements it over the BACEN API Pix v2; tests use the fake
 * PSP in test-support/.
 */

export interface PixDebtor {
  name: string;
  /** 11 digits; exactly one of cpf / cnpj */
  cpf?: string;
  /** 14 digits */
  cnpj?: string;
}

export interface PixDueChargeInput {
  txid: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** days the charge stays payable after dueDate (`validadeAposVencimento`) */
  validAfterDueDays: number;
  amountCents: number;
  debtor: PixDebtor;
  /** the recipient's Pix key (chave DICT) */
  key: string;
  /** `solicitacaoPagador`, shown to the payer (≤ 140) */
  description?: string;
  /** 200 = 2.00 % → multa modalidade 2 (percentual) */
  fine?: { percentBasisPoints: number };
  /** 100 = 1.00 % a.m. → juros modalidade 3 (% ao mês, dias corridos) */
  interest?: { monthlyPercentBasisPoints: number };
  /** fixed amount off when paid up to `date` (≤ dueDate) → desconto modalidade 1 */
  discount?: { date: string; amountCents: number };
}

/**
 * A revision of a cobv (`PATCH /cobv/{txid}`, CobVRevisada): the new due date and the whole `valor` again
 * (amount still owed, multa, juros and the early-payment discount whose date follows the due date).
 */
export type PixDueChargeRevision = Pick<PixDueChargeInput, 'dueDate' | 'amountCents' | 'fine' | 'interest' | 'discount'>;

export interface PixImmediateChargeInput {
  txid: string;
  amountCents: number;
  expiresInSeconds: number;
  key: string;
  debtor?: PixDebtor;
  description?: string;
}

export type PixChargeKind = 'cob' | 'cobv';
export type PixChargeStatus = 'ATIVA' | 'CONCLUIDA' | 'REMOVIDA_PELO_USUARIO_RECEBEDOR' | 'REMOVIDA_PELO_PSP';

export interface PixCharge {
  txid: string;
  kind: PixChargeKind;
  status: PixChargeStatus;
  /** `pixCopiaECola`: the BR Code to show as QR code and copy-paste text */
  brCode: string;
  /** payload location (dynamic QR URL, without scheme), when the PSP returns one */
  location?: string;
  /** `valor.original` */
  amountCents: number;
  /** `revisao`: starts at 0, +1 on every change */
  revision: number;
  /** cobv: `calendario.dataDeVencimento` (YYYY-MM-DD) */
  dueDate?: string;
}

export interface ReceivedPix {
  endToEndId: string;
  txid?: string;
  amountCents: number;
  /** ISO instant (UTC, `…Z`) */
  paidAt: string;
  /** `infoPagador`: free text typed by the payer (personal data) */
  payerInfo?: string;
  components?: { originalCents?: number; fineCents?: number; interestCents?: number; discountCents?: number };
}

export interface PixPsp {
  /** PUT /cobv/{txid}; repeating the same call is safe */
  createDueCharge(input: PixDueChargeInput): Promise<PixCharge>;
  /** PUT /cob/{txid}; repeating the same call is safe */
  createImmediateCharge(input: PixImmediateChargeInput): Promise<PixCharge>;
  /** GET /cob/{txid} or /cobv/{txid} */
  getCharge(kind: PixChargeKind, txid: string): Promise<PixCharge>;
  /**
   * PATCH /cobv/{txid} {calendario: {dataDeVencimento}, valor}: the same charge (txid, BR Code) due on another
   * date, with its discount date moved along (or dropped when it has passed)
   */
  reviseDueCharge(txid: string, revision: PixDueChargeRevision): Promise<PixCharge>;
  /** PATCH {status: REMOVIDA_PELO_USUARIO_RECEBEDOR} */
  cancelCharge(kind: PixChargeKind, txid: string): Promise<PixCharge>;
  /** GET /pix?inicio=&fim=, every page; `from`/`to` are ISO instants */
  listReceived(range: { from: string; to: string }): Promise<ReceivedPix[]>;
  /** PUT /webhook/{chave}; the PSP then POSTs `{pix:[…]}` to `{webhookUrl}/pix` */
  configureWebhook(key: string, webhookUrl: string): Promise<void>;
  /** GET /webhook/{chave}; null when the PSP has none for the key (404) */
  getWebhook(key: string): Promise<PixWebhook | null>;
  /** DELETE /webhook/{chave}; false when there was none (404) */
  deleteWebhook(key: string): Promise<boolean>;
}

export interface PixWebhook {
  key: string;
  webhookUrl: string;
  /** ISO instant (`criacao`) */
  createdAt: string;
}

export { parseWebhookBody, PixWebhookBodyError } from './pix-received.js';
export { pixAmountToCents, centsToPixAmount, newTxid } from './pix-values.js';
export { PixPspError, type PixPspViolation } from './pix-psp.errors.js';
