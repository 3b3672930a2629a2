import { detect } from './detect.js';
import { CnabError } from './errors.js';
import { buildRemittance240 } from './remittance-240.js';
import { buildRemittance400 } from './remittance-400.js';
import { resolveMovements } from './movements.js';
import type { RemittanceInput } from './remittance-types.js';
import { parseReturn240 } from './return-240.js';
import { parseReturn400 } from './return-400.js';
import type { ReturnFile } from './types.js';

export { CnabError } from './errors.js';
export { detect } from './detect.js';
export type { Detected } from './detect.js';
export type { ReturnFile, ReturnTitle } from './types.js';
export type { RemittanceInput, RemittanceCompany, RemittancePayer, RemittanceTitle, RemittanceMovement } from './remittance-types.js';
export { remittanceMovementCode, instructionOutcome } from './movements.js';
export type { InstructionOutcome } from './movements.js';
export { BANKS, settledCodes, isSettled, occurrenceDescription, FEBRABAN_240_DESCRIPTIONS } from './banks/index.js';
export type { BankOccurrences } from './banks/index.js';
export { RETURN_400_BANKS } from './return-400.js';
export { REMITTANCE_240_BANKS } from './remittance-240.js';
export { REMITTANCE_400_BANKS } from './remittance-400.js';
export { parseReturn240 } from './return-240.js';
export { parseReturn400 } from './return-400.js';
export { splitRecords, CnabRecord } from './record.js';

/** Parse a CNAB 240 or 400 cobrança retorno; layout and bank are detected from the header. */
export function parseReturn(text: string): ReturnFile {
  if (typeof text !== 'string') throw new CnabError(0, 'text', 'CNAB input must be a string');
  const d = detect(text);
  if (d.kind === 'remessa') throw new CnabError(d.headerLine, 'header', 'this file is a remessa, not a retorno');
  return d.layout === 240 ? parseReturn240(text) : parseReturn400(text);
}

/** Build a CNAB 240 or 400 cobrança remessa (see README for the supported banks and the input shape). */
export function buildRemittance(input: RemittanceInput): string {
  if (input.layout === 240) return buildRemittance240(resolveMovements(input));
  if (input.layout === 400) return buildRemittance400(resolveMovements(input));
  throw new CnabError(0, 'layout', `layout must be 240 or 400, got ${String((input as { layout: unknown }).layout)}`);
}
