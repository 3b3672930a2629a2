import { dvSicoob } from '../boleto/nosso-numero.js';
import { CnabError } from './errors.js';
import type { RemittanceCompany, RemittanceInput, RemittanceTitle } from './remittance-types.js';
import { RecordBuilder, addDays, checkIso, documentType, onlyDigits, timeOf } from './writer.js';

/** Banks with a CNAB 240 remessa writer. */
export const REMITTANCE_240_BANKS = ['001', '104', '756'] as const;

interface Bank240 {
  name: string;
  fileVersion: string;
  batchVersion: string;
  /** header arquivo 33-72 (and header lote 34-73, shifted by one) */
  companyBlock(c: RemittanceCompany): string;
  /** header de lote 34-73 when it differs from the file header block */
  batchCompanyBlock?(c: RemittanceCompany): string;
  /** segment P 18-37 */
  accountBlockP(c: RemittanceCompany): string;
  /** segment P 38-57 */
  nossoNumero(c: RemittanceCompany, t: RemittanceTitle, idx: number): string;
  /** P 58-62: carteira, cadastramento, documento, emissão, distribuição */
  walletBlock(c: RemittanceCompany): string;
  /** P 63-77 */
  documentNumber(t: RemittanceTitle): string;
  defaultSpecies: string;
}

const pad = (s: string, n: number, field: string): string => {
  const d = onlyDigits(s);
  if (d.length > n) throw new CnabError(0, field, `"${s}" does not fit in ${n} digits`);
  return d.padStart(n, '0');
};
const alnum = (s: string, n: number): string => s.slice(0, n).padEnd(n, ' ');

const febrabanAccount = (c: RemittanceCompany, lastDv = ' '): string =>
  pad(c.agency, 5, 'company.agency') +
  alnum((c.agencyDigit ?? ' ').toUpperCase(), 1) +
  pad(c.account, 12, 'company.account') +
  alnum((c.accountDigit ?? ' ').toUpperCase(), 1) +
  lastDv;

const BANKS: Record<string, Bank240> = {
  '001': {
    name: 'BANCO DO BRASIL S.A.',
    fileVersion: '083',
    batchVersion: '042',
    companyBlock: (c) =>
      pad(c.agreement ?? '', 9, 'company.agreement') + '0014' + pad(c.wallet ?? '17', 2, 'company.wallet') +
      pad(c.walletVariation ?? '019', 3, 'company.walletVariation') + '  ' + febrabanAccount(c),
    accountBlockP: (c) => febrabanAccount(c),
    nossoNumero: (c, t) => {
      // convênio 7: 17 digits = convênio + 10-digit sequence (no DV); shorter values are prefixed with the convênio
      const conv = onlyDigits(c.agreement ?? '');
      let nn = onlyDigits(t.nossoNumero);
      if (conv.length === 7 && nn.length <= 10) nn = conv + nn.padStart(10, '0');
      if (conv.length === 4 || conv.length === 6) nn += t.nossoNumeroDigit ?? '';
      if (nn.length > 20) throw new CnabError(0, 'title.nossoNumero', `too long for BB: "${t.nossoNumero}"`);
      return nn.padEnd(20, ' ');
    },
    walletBlock: () => '71222', // 7 = cobrança simples (BB carteira 17), registrada, escritural, beneficiário emite/distribui
    documentNumber: (t) => alnum(t.yourNumber.toUpperCase(), 15),
    defaultSpecies: '02',
  },
  '104': {
    name: 'CAIXA ECONOMICA FEDERAL',
    fileVersion: '050',
    batchVersion: '030',
    companyBlock: (c) =>
      '0'.repeat(20) + pad(c.agency, 5, 'company.agency') + alnum(c.agencyDigit ?? '0', 1) +
      pad(c.agreement ?? '', 6, 'company.agreement') + '0000000' + '0',
    batchCompanyBlock: (c) =>
      pad(c.agreement ?? '', 6, 'company.agreement') + '0'.repeat(14) + pad(c.agency, 5, 'company.agency') +
      alnum(c.agencyDigit ?? '0', 1) + pad(c.agreement ?? '', 6, 'company.agreement') + '0000000' + '0',
    accountBlockP: (c) =>
      pad(c.agency, 5, 'company.agency') + alnum(c.agencyDigit ?? '0', 1) + pad(c.agreement ?? '', 6, 'company.agreement') + '00000000',
    nossoNumero: (_c, t) => {
      const nn = onlyDigits(t.nossoNumero);
      const nn17 = nn.length === 17 ? nn : '14' + pad(nn, 15, 'title.nossoNumero');
      return '000' + nn17;
    },
    walletBlock: () => '11220', // carteira 1 (cobrança simples), registrada, escritural 2, beneficiário emite (2), distribui (0)
    // numeric seu número is zero-filled (as in the brcobranca golden file), otherwise left-aligned
    documentNumber: (t) => (/^\d{1,11}$/.test(t.yourNumber) ? t.yourNumber.padStart(11, '0') : alnum(t.yourNumber.toUpperCase(), 11)) + '    ',
    defaultSpecies: '99',
  },
  '756': {
    name: 'SICOOB',
    fileVersion: '081',
    batchVersion: '040',
    companyBlock: (c) => ' '.repeat(20) + febrabanAccount(c, '0'),
    accountBlockP: (c) => febrabanAccount(c, ' '),
    nossoNumero: (c, t) => {
      const nn = pad(t.nossoNumero, 7, 'title.nossoNumero');
      const dv = t.nossoNumeroDigit ?? dvSicoob(pad(c.agency, 4, 'company.agency') + pad(c.agreement ?? '', 10, 'company.agreement') + nn);
      // NN+DV (10) + parcela (2) + modalidade (2) + tipo formulário (1: 4 = A4 sem envelopamento) + brancos (5)
      return (nn + dv).padStart(10, '0') + '01' + '01' + '4' + '     ';
    },
    walletBlock: () => '10222',
    documentNumber: (t) => alnum(t.yourNumber.toUpperCase(), 15),
    defaultSpecies: '02',
  },
};

/** Build a CNAB 240 cobrança remessa (one lote). Lines are 240 characters joined by CRLF, with a final CRLF. */
export function buildRemittance240(input: RemittanceInput): string {
  const bank = BANKS[input.bankCode];
  if (!bank) {
    throw new CnabError(0, 'bankCode', `CNAB 240 remessa for bank ${input.bankCode} is not supported (supported: ${REMITTANCE_240_BANKS.join(', ')})`);
  }
  const { company: c, bankCode } = input;
  const generated = checkIso(input.generatedAt, 'generatedAt');
  const companyDocType = documentType(c.document, 'company.document');
  const lines: string[] = [];

  // header de arquivo
  const h = new RecordBuilder(240, 'header');
  h.num(1, 3, bankCode, 'bankCode').num(4, 7, 0, 'lote').num(8, 8, 0, 'type')
    .num(18, 18, companyDocType, 'documentType').num(19, 32, c.document, 'company.document')
    .alpha(33, 72, bank.companyBlock(c)).alpha(73, 102, c.name).alpha(103, 132, c.bankName ?? bank.name)
    .num(143, 143, 1, 'remessa').date8(144, 151, generated, 'generatedAt').num(152, 157, timeOf(input.generatedAt), 'time')
    .num(158, 163, input.fileSequence, 'fileSequence').num(164, 166, bank.fileVersion, 'version').num(167, 171, 0, 'density');
  lines.push(h.toString());

  // header de lote
  const hl = new RecordBuilder(240, 'batchHeader');
  hl.num(1, 3, bankCode, 'bankCode').num(4, 7, 1, 'lote').num(8, 8, 1, 'type').alpha(9, 9, 'R').num(10, 11, 1, 'service')
    .num(12, 13, 0, 'filler').num(14, 16, bank.batchVersion, 'version').num(18, 18, companyDocType, 'documentType')
    .num(19, 33, c.document, 'company.document').alpha(34, 73, (bank.batchCompanyBlock ?? bank.companyBlock)(c)).alpha(74, 103, c.name)
    .num(184, 191, input.fileSequence, 'fileSequence').date8(192, 199, generated, 'generatedAt').num(200, 207, 0, 'creditDate');
  lines.push(hl.toString());

  let seq = 0;
  let total = 0;
  input.titles.forEach((t, idx) => {
    const ctx = `titles[${idx}]`;
    const due = checkIso(t.dueDate, `${ctx}.dueDate`);
    if (!Number.isSafeInteger(t.amountCents) || t.amountCents <= 0) {
      throw new CnabError(0, `${ctx}.amountCents`, `must be a positive integer, got ${t.amountCents}`);
    }
    total += t.amountCents;
    const p = new RecordBuilder(240, `${ctx}.P`);
    p.num(1, 3, bankCode, 'bankCode').num(4, 7, 1, 'lote').num(8, 8, 3, 'type').num(9, 13, ++seq, 'seq').alpha(14, 14, 'P')
      .num(16, 17, t.movementCode ?? '01', 'movementCode').alpha(18, 37, bank.accountBlockP(c))
      .alpha(38, 57, bank.nossoNumero(c, t, idx)).alpha(58, 62, bank.walletBlock(c)).alpha(63, 77, bank.documentNumber(t))
      .date8(78, 85, due, 'dueDate').num(86, 100, t.amountCents, 'amountCents').num(101, 105, 0, 'collectingAgency')
      .alpha(106, 106, '0').num(107, 108, t.species ?? bank.defaultSpecies, 'species').alpha(109, 109, t.acceptance ?? 'N')
      .date8(110, 117, t.issueDate, 'issueDate');
    if (t.interest) {
      p.num(118, 118, t.interest.kind === 'daily' ? 1 : 2, 'interest.kind')
        .date8(119, 126, t.interest.date ?? addDays(due, 1), 'interest.date').num(127, 141, t.interest.value, 'interest.value');
    } else {
      p.num(118, 118, 3, 'interest.kind').num(119, 126, 0, 'interest.date').num(127, 141, 0, 'interest.value');
    }
    if (t.discount) {
      p.num(142, 142, t.discount.kind === 'fixed' ? 1 : 2, 'discount.kind').date8(143, 150, t.discount.date, 'discount.date')
        .num(151, 165, t.discount.value, 'discount.value');
    } else {
      p.num(142, 142, 0, 'discount.kind').num(143, 150, 0, 'discount.date').num(151, 165, 0, 'discount.value');
    }
    p.num(166, 180, 0, 'iof').num(181, 195, t.abatementCents ?? 0, 'abatementCents').alpha(196, 220, t.yourNumber)
      .num(221, 221, t.protestDays ? 1 : 3, 'protestCode').num(222, 223, t.protestDays ?? 0, 'protestDays')
      .num(224, 224, 1, 'writeOffCode').num(225, 227, t.writeOffDays ?? 60, 'writeOffDays').num(228, 229, 9, 'currency')
      .num(230, 239, 0, 'contract');
    lines.push(p.toString());

    const q = new RecordBuilder(240, `${ctx}.Q`);
    const py = t.payer;
    const zip = onlyDigits(py.zipCode);
    if (zip.length !== 8) throw new CnabError(0, `${ctx}.payer.zipCode`, `CEP must have 8 digits, got "${py.zipCode}"`);
    q.num(1, 3, bankCode, 'bankCode').num(4, 7, 1, 'lote').num(8, 8, 3, 'type').num(9, 13, ++seq, 'seq').alpha(14, 14, 'Q')
      .num(16, 17, t.movementCode ?? '01', 'movementCode').num(18, 18, documentType(py.document, `${ctx}.payer.document`), 'payer.documentType')
      .num(19, 33, py.document, 'payer.document').alpha(34, 73, py.name).alpha(74, 113, py.address).alpha(114, 128, py.district)
      .num(129, 133, zip.slice(0, 5), 'zip').num(134, 136, zip.slice(5), 'zipSuffix').alpha(137, 151, py.city)
      .alpha(152, 153, py.state).num(154, 154, 0, 'guarantorType').num(155, 169, 0, 'guarantorDocument').num(210, 212, 0, 'correspondentBank');
    lines.push(q.toString());

    if (t.fine) {
      const r = new RecordBuilder(240, `${ctx}.R`);
      r.num(1, 3, bankCode, 'bankCode').num(4, 7, 1, 'lote').num(8, 8, 3, 'type').num(9, 13, ++seq, 'seq').alpha(14, 14, 'R')
        .num(16, 17, t.movementCode ?? '01', 'movementCode').num(18, 18, 0, 'discount2').num(19, 26, 0, 'd2date').num(27, 41, 0, 'd2value')
        .num(42, 42, 0, 'discount3').num(43, 50, 0, 'd3date').num(51, 65, 0, 'd3value')
        .num(66, 66, t.fine.kind === 'fixed' ? 1 : 2, 'fine.kind').date8(67, 74, t.fine.date ?? addDays(due, 1), 'fine.date')
        .num(75, 89, t.fine.value, 'fine.value');
      lines.push(r.toString());
    }
  });

  const batchRecords = seq + 2;
  const tl = new RecordBuilder(240, 'batchTrailer');
  tl.num(1, 3, bankCode, 'bankCode').num(4, 7, 1, 'lote').num(8, 8, 5, 'type').num(18, 23, batchRecords, 'records')
    .num(24, 29, input.titles.length, 'titles').num(30, 46, total, 'total').num(47, 115, 0, 'otherTotals');
  lines.push(tl.toString());

  const ta = new RecordBuilder(240, 'trailer');
  ta.num(1, 3, bankCode, 'bankCode').num(4, 7, 9999, 'lote').num(8, 8, 9, 'type').num(18, 23, 1, 'batches')
    .num(24, 29, lines.length + 1, 'records').num(30, 35, 0, 'accounts');
  lines.push(ta.toString());
  return lines.join('\r\n') + '\r\n';
}
