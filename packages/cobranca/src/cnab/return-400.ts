import { isSettled, occurrenceDescription } from './banks/index.js';
import { CnabError } from './errors.js';
import { splitRecords, type CnabRecord } from './record.js';
import type { ReturnFile, ReturnTitle } from './types.js';

/** Banks whose CNAB 400 retorno layout is implemented. */
export const RETURN_400_BANKS = ['001', '033', '237', '341'] as const;

function nossoNumero400(bank: string, r: CnabRecord): string {
  if (bank === '237') return r.str(71, 82); // NN(11) + DV (may be 'P')
  if (bank === '001') return r.raw(1, 1) === '7' ? r.str(64, 80) : r.str(63, 74); // CBR643 (17) / CBR641 (11 + DV)
  return r.str(63, 70); // Itaú, Santander (Itaú-like)
}

export function parseReturn400(text: string): ReturnFile {
  const records = splitRecords(text, 400);
  const header = records[0];
  if (!header) throw new CnabError(1, 'header', 'empty file');
  if (header.raw(1, 9) === '01REMESSA') throw new CnabError(header.line, 'header (1-9)', 'this is a remessa, not a retorno');
  if (header.raw(1, 2) !== '02') throw new CnabError(header.line, 'header (1-2)', 'expected "02RETORNO" header');
  const bankCode = header.raw(77, 79);
  if (!(RETURN_400_BANKS as readonly string[]).includes(bankCode)) {
    throw new CnabError(header.line, 'header.bankCode (77-79)', `CNAB 400 retorno of bank ${bankCode} is not supported (supported: ${RETURN_400_BANKS.join(', ')})`);
  }
  let fileDate: string | null = null;
  try {
    fileDate = header.date6(95, 100, 'header.fileDate');
  } catch {
    fileDate = null;
  }
  const titles: ReturnTitle[] = [];
  for (const r of records.slice(1)) {
    const type = r.raw(1, 1);
    if (type === '9') break; // trailer
    if (type === '1' || (type === '7' && bankCode === '001')) {
      titles.push(detail(bankCode, r));
    } else if (type === '2' && bankCode === '033' && titles.length > 0) {
      const last = titles[titles.length - 1] as ReturnTitle;
      last.pix = { keyType: r.raw(2, 2), key: r.str(3, 79), txid: r.str(80, 114), lineNumber: r.line };
    } else if (!/^[0-9]$/.test(type)) {
      throw new CnabError(r.line, 'recordType (1)', `invalid record type "${type}"`);
    }
    // other optional record types (2-8) are ignored
  }
  return {
    layout: 400,
    bankCode,
    fileDate,
    fileSequence: bankCode === '237' ? header.str(109, 113) : header.str(101, 107),
    companyName: header.str(47, 76),
    titles,
  };
}

function detail(bank: string, r: CnabRecord): ReturnTitle {
  const occurrenceCode = r.raw(109, 110);
  if (!/^[0-9A-Z]{2}$/.test(occurrenceCode)) throw new CnabError(r.line, 'occurrenceCode (109-110)', `invalid code "${occurrenceCode}"`);
  const cbr643 = bank === '001';
  const paid = r.num(254, 266, 'amountPaid');
  const fineInterest = r.num(267, 279, 'fineInterest');
  const nn = nossoNumero400(bank, r);
  const doc = cbr643 ? '' : r.str(117, 126);
  const companyReference = cbr643 ? r.str(39, 63) : r.str(38, 62);
  const description = occurrenceDescription(bank, 400, occurrenceCode);
  return {
    lineNumber: r.line,
    sequence: r.raw(395, 400),
    nossoNumero: nn,
    nossoNumeroField: nn,
    occurrenceCode,
    ...(description !== undefined ? { occurrenceDescription: description } : {}),
    settled: isSettled(bank, 400, occurrenceCode),
    amountPaidCents: paid,
    creditDate: cbr643 ? r.date6(176, 181, 'creditDate') : r.date6(296, 301, 'creditDate'),
    occurrenceDate: r.date6(111, 116, 'occurrenceDate'),
    feesCents: cbr643 ? r.num(182, 188, 'fees') : r.num(176, 188, 'fees'),
    dueDate: r.date6(147, 152, 'dueDate'),
    nominalAmountCents: r.num(153, 165, 'nominalAmount'),
    principalCents: Math.max(0, paid - fineInterest),
    fineInterestCents: fineInterest,
    discountCents: r.num(241, 253, 'discount'),
    abatementCents: r.num(228, 240, 'abatement'),
    iofCents: r.num(215, 227, 'iof'),
    ...(cbr643 ? {} : { otherCreditsCents: r.num(280, 292, 'otherCredits') }),
    ...(bank === '237' ? { otherExpensesCents: r.num(189, 201, 'otherExpenses') } : {}),
    yourNumber: doc !== '' ? doc : companyReference,
    companyReference,
    motives: [],
  };
}
