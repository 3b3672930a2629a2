import { isSettled, occurrenceDescription } from './banks/index.js';
import { CnabError } from './errors.js';
import { splitRecords, type CnabRecord } from './record.js';
import type { ReturnFile, ReturnTitle } from './types.js';

interface TPositions {
  nn: [number, number];
  doc: [number, number];
  due: [number, number];
  nominal: [number, number];
  fees: [number, number];
  motives: [number, number];
}

const FEBRABAN_T: TPositions = { nn: [38, 57], doc: [59, 73], due: [74, 81], nominal: [82, 96], fees: [199, 213], motives: [214, 223] };
/** Santander deviates in segment T (brcobranca retorno/cnab240/santander.rb). */
const SANTANDER_T: TPositions = { nn: [41, 53], doc: [55, 69], due: [70, 77], nominal: [78, 92], fees: [194, 208], motives: [209, 218] };

function canonicalNossoNumero(bank: string, t: CnabRecord, field: string): string {
  if (bank === '756') return t.str(38, 47); // Sicoob: NN+DV (10), then parcela, modalidade, tipo formulário
  return field;
}

export function parseReturn240(text: string): ReturnFile {
  const records = splitRecords(text, 240);
  const header = records[0];
  if (!header) throw new CnabError(1, 'header', 'empty file');
  const bankCode = header.raw(1, 3);
  if (header.raw(8, 8) !== '0') throw new CnabError(header.line, 'header.recordType (8)', 'the first record must be the file header (0)');
  if (header.raw(143, 143) === '1') throw new CnabError(header.line, 'header.operation (143)', 'this is a remessa (1), not a retorno (2)');
  let fileDate: string | null = null;
  try {
    fileDate = header.date8(144, 151, 'header.fileDate');
  } catch {
    fileDate = null; // some banks (e.g. Sicoob sample) truncate or shift the header; the date is informative only
  }
  const pos = bankCode === '033' ? SANTANDER_T : FEBRABAN_T;
  const titles: ReturnTitle[] = [];
  let pending: { t: CnabRecord } | null = null;

  for (const r of records) {
    if (r.raw(1, 3) !== bankCode) throw new CnabError(r.line, 'bankCode (1-3)', `expected ${bankCode}, got "${r.raw(1, 3)}"`);
    const type = r.raw(8, 8);
    if (!/^[0-9]$/.test(type)) throw new CnabError(r.line, 'recordType (8)', `invalid record type "${type}"`);
    if (type !== '3') {
      if (pending) throw new CnabError(pending.t.line, 'segment', 'segment T is not followed by its segment U');
      continue;
    }
    const seg = r.raw(14, 14);
    if (seg === 'T') {
      if (pending) throw new CnabError(pending.t.line, 'segment', 'segment T is not followed by its segment U');
      pending = { t: r };
    } else if (seg === 'U') {
      if (!pending) throw new CnabError(r.line, 'segment (14)', 'segment U without a preceding segment T');
      titles.push(buildTitle(bankCode, pos, pending.t, r));
      pending = null;
    } else if (pending) {
      throw new CnabError(r.line, 'segment (14)', `expected segment U after segment T, got "${seg}"`);
    }
    // other segments (Y, W…) are optional and ignored
  }
  if (pending) throw new CnabError(pending.t.line, 'segment', 'segment T is not followed by its segment U');
  return {
    layout: 240,
    bankCode,
    fileDate,
    fileSequence: header.str(158, 163),
    companyName: header.str(73, 102),
    titles,
  };
}

function buildTitle(bank: string, p: TPositions, t: CnabRecord, u: CnabRecord): ReturnTitle {
  const occurrenceCode = t.raw(16, 17);
  if (!/^[0-9A-Z]{2}$/.test(occurrenceCode)) throw new CnabError(t.line, 'T.occurrenceCode (16-17)', `invalid code "${occurrenceCode}"`);
  const nnField = t.str(p.nn[0], p.nn[1]);
  const fineInterest = u.num(18, 32, 'U.fineInterest');
  const paid = u.num(78, 92, 'U.amountPaid');
  const motivesRaw = t.raw(p.motives[0], p.motives[1]);
  const motives: string[] = [];
  for (let i = 0; i < 10; i += 2) {
    const m = motivesRaw.slice(i, i + 2).trim();
    if (m !== '' && !/^0+$/.test(m)) motives.push(m);
  }
  const doc = t.str(p.doc[0], p.doc[1]);
  const companyReference = t.str(106, 130);
  const description = occurrenceDescription(bank, 240, occurrenceCode);
  return {
    lineNumber: t.line,
    sequence: t.raw(9, 13),
    nossoNumero: canonicalNossoNumero(bank, t, nnField),
    nossoNumeroField: nnField,
    occurrenceCode,
    ...(description !== undefined ? { occurrenceDescription: description } : {}),
    settled: isSettled(bank, 240, occurrenceCode),
    amountPaidCents: paid,
    creditDate: u.date8(146, 153, 'U.creditDate'),
    occurrenceDate: u.date8(138, 145, 'U.occurrenceDate'),
    feesCents: t.num(p.fees[0], p.fees[1], 'T.fees'),
    dueDate: t.date8(p.due[0], p.due[1], 'T.dueDate'),
    nominalAmountCents: t.num(p.nominal[0], p.nominal[1], 'T.nominalAmount'),
    principalCents: Math.max(0, paid - fineInterest),
    fineInterestCents: fineInterest,
    discountCents: u.num(33, 47, 'U.discount'),
    abatementCents: u.num(48, 62, 'U.abatement'),
    iofCents: u.num(63, 77, 'U.iof'),
    netCreditCents: u.num(93, 107, 'U.netCredit'),
    otherExpensesCents: u.num(108, 122, 'U.otherExpenses'),
    otherCreditsCents: u.num(123, 137, 'U.otherCredits'),
    yourNumber: doc !== '' ? doc : companyReference,
    companyReference,
    motives,
  };
}
