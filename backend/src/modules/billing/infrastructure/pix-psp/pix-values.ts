import { randomBytes } from 'node:crypto';
import { centsToDecimal } from '@netprovider/cobranca';

/** API Pix money fields (`valor`, `valorPerc`): at most 10 integer digits, exactly 2 decimals, dot separator. */
export const PIX_AMOUNT = /^\d{1,10}\.\d{2}$/;
/** txid of a cob/cobv chosen by the recipient (schema `TxId`). */
export const CHARGE_TXID = /^[a-zA-Z0-9]{26,35}$/;
/** txid as it appears on a received Pix (static QR codes allow shorter ones). */
export const RECEIVED_TXID = /^[a-zA-Z0-9]{1,35}$/;
/** schema `EndToEndId`. */
export const END_TO_END_ID = /^[a-zA-Z0-9]{32}$/;

/** The largest amount the API can carry: "9999999999.99". */
export const MAX_PIX_AMOUNT_CENTS = 999_999_999_999;

/** "123.45" → 12345. Parsed from the digits, never through a float; anything off the API pattern throws. */
export function pixAmountToCents(s: string): number {
  if (typeof s !== 'string' || !PIX_AMOUNT.test(s)) {
    throw new RangeError(`not an API Pix amount (\\d{1,10}\\.\\d{2}): ${JSON.stringify(s)}`);
  }
  const dot = s.length - 3;
  return Number(s.slice(0, dot)) * 100 + Number(s.slice(dot + 1));
}

/** 12345 → "123.45". Integer centavos in 0..MAX_PIX_AMOUNT_CENTS only. */
export function centsToPixAmount(c: number): string {
  if (!Number.isSafeInteger(c) || c < 0 || c > MAX_PIX_AMOUNT_CENTS) {
    throw new RangeError(`amount must be integer centavos in 0..${MAX_PIX_AMOUNT_CENTS}, got ${c}`);
  }
  return centsToDecimal(c);
}

/**
 * A fresh txid: 32 lowercase hex characters (128 random bits), inside `[a-zA-Z0-9]{26,35}`. The txid is
 * unique per recipient and the PSP rejects reuse, so it must never be derived from anything guessable.
 */
export function newTxid(): string {
  return randomBytes(16).toString('hex');
}
