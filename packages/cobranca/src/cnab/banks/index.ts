import { bancoDoBrasil } from './bb.js';
import { bradesco } from './bradesco.js';
import { caixa } from './caixa.js';
import { inter } from './inter.js';
import { itau } from './itau.js';
import { santander } from './santander.js';
import { sicoob } from './sicoob.js';
import { sicredi } from './sicredi.js';
import { COMMON_400_DESCRIPTIONS, FEBRABAN_240_DESCRIPTIONS, type BankOccurrences } from './types.js';

export type { BankOccurrences } from './types.js';
export { FEBRABAN_240_DESCRIPTIONS, COMMON_400_DESCRIPTIONS } from './types.js';

export const BANKS: Readonly<Record<string, BankOccurrences>> = Object.fromEntries(
  [bancoDoBrasil, bradesco, caixa, inter, itau, santander, sicoob, sicredi].map((b) => [b.code, b]),
);

/** FEBRABAN default for banks without their own table (240 only): 06 liquidação, 17 liquidação após baixa. */
const DEFAULT_240 = ['06', '17'] as const;

/** The ocorrência codes that mean "paid" for a bank and layout. */
export function settledCodes(bankCode: string, layout: 240 | 400): readonly string[] {
  const b = BANKS[bankCode];
  if (layout === 240) return b && b.settled240.length > 0 ? b.settled240 : DEFAULT_240;
  return b ? b.settled400 : [];
}

export function isSettled(bankCode: string, layout: 240 | 400, occurrenceCode: string): boolean {
  return settledCodes(bankCode, layout).includes(occurrenceCode);
}

export function occurrenceDescription(bankCode: string, layout: 240 | 400, code: string): string | undefined {
  const b = BANKS[bankCode];
  if (layout === 240) return b?.descriptions240?.[code] ?? FEBRABAN_240_DESCRIPTIONS[code];
  return b?.descriptions400?.[code] ?? COMMON_400_DESCRIPTIONS[code];
}
