import { CnabError } from './errors.js';
import type { RemittanceInput, RemittanceMovement } from './remittance-types.js';

/**
 * Código de movimento da remessa per bank and layout (banking-standards.md §2.2: 01 entrada, 02 pedido de
 * baixa, 06 alteração de vencimento; the same codes in the Itaú and Bradesco CNAB 400 detail, 109-110).
 * Changing the nominal amount has no code we could verify for these banks (FEBRABAN's "31 alteração de
 * outros dados" varies per bank), so it is refused rather than guessed.
 */
const CODES: Record<240 | 400, Record<string, Partial<Record<RemittanceMovement, string>>>> = {
  240: {
    '001': { register: '01', 'write-off': '02', 'change-due-date': '06' },
    '104': { register: '01', 'write-off': '02', 'change-due-date': '06' },
    '756': { register: '01', 'write-off': '02', 'change-due-date': '06' },
  },
  400: {
    '341': { register: '01', 'write-off': '02', 'change-due-date': '06' },
    '237': { register: '01', 'write-off': '02', 'change-due-date': '06' },
  },
};

/** The bank's code for a movement, or null when the bank/layout has none we support. */
export function remittanceMovementCode(bankCode: string, layout: 240 | 400, movement: RemittanceMovement): string | null {
  return CODES[layout]?.[bankCode]?.[movement] ?? null;
}

/**
 * What a retorno ocorrência confirms about an instruction sent by remessa: the bank's "baixa" (09; Bradesco
 * 400 also 10, baixado conforme instruções) and "vencimento alterado" (14). Settlement codes are not
 * instruction confirmations (see `isSettled`).
 */
export type InstructionOutcome = 'write-off-confirmed' | 'due-date-changed';
const CONFIRMATIONS: Record<240 | 400, Record<string, Record<string, InstructionOutcome>>> = {
  240: {
    '001': { '09': 'write-off-confirmed', '14': 'due-date-changed' },
    '104': { '09': 'write-off-confirmed', '14': 'due-date-changed' },
    '756': { '09': 'write-off-confirmed', '14': 'due-date-changed' },
  },
  400: {
    '341': { '09': 'write-off-confirmed', '14': 'due-date-changed' },
    '237': { '09': 'write-off-confirmed', '10': 'write-off-confirmed', '14': 'due-date-changed' },
  },
};

export function instructionOutcome(bankCode: string, layout: 240 | 400, occurrenceCode: string): InstructionOutcome | null {
  return CONFIRMATIONS[layout]?.[bankCode]?.[occurrenceCode] ?? null;
}

/** Titles with `movement` get the bank's `movementCode` (an explicit `movementCode` wins, as before). */
export function resolveMovements(input: RemittanceInput): RemittanceInput {
  if (!input.titles.some((t) => t.movement !== undefined && t.movementCode === undefined)) return input;
  return {
    ...input,
    titles: input.titles.map((t, i) => {
      if (t.movement === undefined || t.movementCode !== undefined) return t;
      const code = remittanceMovementCode(input.bankCode, input.layout, t.movement);
      if (!code) throw new CnabError(0, `titles[${i}].movement`, `"${t.movement}" is not supported for bank ${input.bankCode} in CNAB ${input.layout}`);
      return { ...t, movementCode: code };
    }),
  };
}
