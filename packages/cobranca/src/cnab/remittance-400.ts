import { dvBradesco } from '../boleto/nosso-numero.js';
import { CnabError } from './errors.js';
import type { RemittanceInput, RemittanceTitle } from './remittance-types.js';
import { RecordBuilder, checkIso, dailyInterestCents, documentType, onlyDigits, addDays } from './writer.js';

/** Banks with a CNAB 400 remessa writer. */
export const REMITTANCE_400_BANKS = ['237', '341'] as const;

function validateTitle(t: RemittanceTitle, ctx: string): { due: string; zip: string } {
  const due = checkIso(t.dueDate, `${ctx}.dueDate`);
  if (!Number.isSafeInteger(t.amountCents) || t.amountCents <= 0) {
    throw new CnabError(0, `${ctx}.amountCents`, `must be a positive integer, got ${t.amountCents}`);
  }
  const zip = onlyDigits(t.payer.zipCode);
  if (zip.length !== 8) throw new CnabError(0, `${ctx}.payer.zipCode`, `CEP must have 8 digits, got "${t.payer.zipCode}"`);
  return { due, zip };
}

function dailyInterest(t: RemittanceTitle): number {
  if (!t.interest) return 0;
  return t.interest.kind === 'daily' ? t.interest.value : dailyInterestCents(t.amountCents, t.interest.value);
}

const payerType = (doc: string, field: string): string => (documentType(doc, field) === '1' ? '01' : '02');

/** Itaú (341) CNAB 400 remessa: header, detail type 1 (+ type 2 multa when `fine`), trailer. */
function itau(input: RemittanceInput): string[] {
  const c = input.company;
  const generated = checkIso(input.generatedAt, 'generatedAt');
  const lines: string[] = [];
  let seq = 0;
  const h = new RecordBuilder(400, 'header');
  h.num(1, 1, 0, 'type').num(2, 2, 1, 'op').alpha(3, 9, 'REMESSA').num(10, 11, 1, 'service').alpha(12, 26, 'COBRANCA')
    .num(27, 30, c.agency, 'company.agency').num(31, 32, 0, 'zeros').num(33, 37, c.account, 'company.account')
    .num(38, 38, c.accountDigit ?? '0', 'company.accountDigit').alpha(47, 76, c.name).num(77, 79, 341, 'bank')
    .alpha(80, 94, c.bankName ?? 'BANCO ITAU SA').date6(95, 100, generated, 'generatedAt').num(395, 400, ++seq, 'seq');
  lines.push(h.toString());
  const wallet = onlyDigits(c.wallet ?? '109');
  input.titles.forEach((t, idx) => {
    const ctx = `titles[${idx}]`;
    const { due, zip } = validateTitle(t, ctx);
    const d = new RecordBuilder(400, `${ctx}.detail`);
    d.num(1, 1, 1, 'type').num(2, 3, payerType(c.document, 'company.document'), 'company.documentType')
      .num(4, 17, c.document, 'company.document').num(18, 21, c.agency, 'company.agency').num(22, 23, 0, 'zeros')
      .num(24, 28, c.account, 'company.account').num(29, 29, c.accountDigit ?? '0', 'company.accountDigit')
      .num(34, 37, 0, 'cancelledInstruction').alpha(38, 62, t.yourNumber).num(63, 70, t.nossoNumero, 'nossoNumero')
      .num(71, 83, 0, 'currencyQty').num(84, 86, wallet, 'company.wallet').alpha(108, 108, 'I')
      .num(109, 110, t.movementCode ?? '01', 'movementCode').alpha(111, 120, t.yourNumber).date6(121, 126, due, 'dueDate')
      .num(127, 139, t.amountCents, 'amountCents').num(140, 142, 341, 'bank').num(143, 147, 0, 'collectingAgency')
      .num(148, 149, t.species ?? '01', 'species').alpha(150, 150, t.acceptance ?? 'N').date6(151, 156, t.issueDate, 'issueDate')
      .num(157, 158, t.protestDays ? 9 : 0, 'instruction1').num(159, 160, 0, 'instruction2')
      .num(161, 173, dailyInterest(t), 'interest');
    if (t.discount && t.discount.kind !== 'fixed') {
      throw new CnabError(0, `${ctx}.discount.kind`, 'Itaú 400 only carries a fixed discount value');
    }
    d.date6(174, 179, t.discount?.date ?? null, 'discount.date').num(180, 192, t.discount?.value ?? 0, 'discount.value')
      .num(193, 205, 0, 'iof').num(206, 218, t.abatementCents ?? 0, 'abatementCents')
      .num(219, 220, payerType(t.payer.document, `${ctx}.payer.document`), 'payer.documentType')
      .num(221, 234, t.payer.document, 'payer.document').alpha(235, 264, t.payer.name).alpha(275, 314, t.payer.address)
      .alpha(315, 326, t.payer.district).num(327, 334, zip, 'zip').alpha(335, 349, t.payer.city).alpha(350, 351, t.payer.state)
      .date6(386, 391, t.interest ? (t.interest.date ?? addDays(due, 1)) : null, 'interest.date')
      .num(392, 393, t.protestDays ?? 0, 'protestDays').num(395, 400, ++seq, 'seq');
    lines.push(d.toString());
    if (t.fine) {
      const m = new RecordBuilder(400, `${ctx}.fine`);
      m.num(1, 1, 2, 'type').num(2, 2, t.fine.kind === 'fixed' ? 1 : 2, 'fine.kind')
        .date8(3, 10, t.fine.date ?? addDays(due, 1), 'fine.date').num(11, 23, t.fine.value, 'fine.value')
        .num(395, 400, ++seq, 'seq');
      lines.push(m.toString());
    }
  });
  lines.push(new RecordBuilder(400, 'trailer').num(1, 1, 9, 'type').num(395, 400, ++seq, 'seq').toString());
  return lines;
}

/** Bradesco (237) CNAB 400 remessa: header, detail type 1, trailer. Multa: percentage only (67-70). */
function bradesco(input: RemittanceInput): string[] {
  const c = input.company;
  const generated = checkIso(input.generatedAt, 'generatedAt');
  const lines: string[] = [];
  let seq = 0;
  const h = new RecordBuilder(400, 'header');
  h.num(1, 1, 0, 'type').num(2, 2, 1, 'op').alpha(3, 9, 'REMESSA').num(10, 11, 1, 'service').alpha(12, 26, 'COBRANCA')
    .num(27, 46, c.agreement ?? '', 'company.agreement').alpha(47, 76, c.name).num(77, 79, 237, 'bank')
    .alpha(80, 94, c.bankName ?? 'BRADESCO').date6(95, 100, generated, 'generatedAt').alpha(109, 110, 'MX')
    .num(111, 117, input.fileSequence, 'fileSequence').num(395, 400, ++seq, 'seq');
  lines.push(h.toString());
  const wallet = onlyDigits(c.wallet ?? '09');
  input.titles.forEach((t, idx) => {
    const ctx = `titles[${idx}]`;
    const { due, zip } = validateTitle(t, ctx);
    if (t.fine && t.fine.kind !== 'percent') throw new CnabError(0, `${ctx}.fine.kind`, 'Bradesco 400 only carries a percentage multa');
    if (t.discount && t.discount.kind !== 'fixed') {
      throw new CnabError(0, `${ctx}.discount.kind`, 'Bradesco 400 only carries a fixed discount value');
    }
    const nn = onlyDigits(t.nossoNumero).padStart(11, '0');
    if (nn.length > 11) throw new CnabError(0, `${ctx}.nossoNumero`, `does not fit in 11 digits: "${t.nossoNumero}"`);
    const dv = t.nossoNumeroDigit ?? dvBradesco(wallet.padStart(2, '0').slice(-2) + nn);
    const d = new RecordBuilder(400, `${ctx}.detail`);
    d.num(1, 1, 1, 'type').num(2, 20, 0, 'debitAccount')
      .num(21, 21, 0, 'zero').num(22, 24, wallet, 'company.wallet').num(25, 29, c.agency, 'company.agency')
      .num(30, 36, c.account, 'company.account').alpha(37, 37, c.accountDigit ?? '0').alpha(38, 62, t.yourNumber)
      .num(63, 65, 0, 'debitBank').num(66, 66, t.fine ? 2 : 0, 'fine.flag').num(67, 70, t.fine?.value ?? 0, 'fine.value')
      .num(71, 81, nn, 'nossoNumero').alpha(82, 82, dv).num(83, 92, 0, 'bonus').num(93, 93, 2, 'issuer').alpha(94, 94, 'N')
      .num(109, 110, t.movementCode ?? '01', 'movementCode').alpha(111, 120, t.yourNumber).date6(121, 126, due, 'dueDate')
      .num(127, 139, t.amountCents, 'amountCents').num(140, 142, 0, 'bank').num(143, 147, 0, 'agency')
      .num(148, 149, t.species ?? '01', 'species').alpha(150, 150, t.acceptance ?? 'N').date6(151, 156, t.issueDate, 'issueDate')
      .num(157, 158, t.protestDays ? 6 : 0, 'instruction1').num(159, 160, t.protestDays ?? 0, 'instruction2')
      .num(161, 173, dailyInterest(t), 'interest').date6(174, 179, t.discount?.date ?? null, 'discount.date')
      .num(180, 192, t.discount?.value ?? 0, 'discount.value').num(193, 205, 0, 'iof').num(206, 218, t.abatementCents ?? 0, 'abatementCents')
      .num(219, 220, payerType(t.payer.document, `${ctx}.payer.document`), 'payer.documentType')
      .num(221, 234, t.payer.document, 'payer.document').alpha(235, 274, t.payer.name).alpha(275, 314, t.payer.address)
      .num(327, 334, zip, 'zip').num(395, 400, ++seq, 'seq');
    lines.push(d.toString());
  });
  lines.push(new RecordBuilder(400, 'trailer').num(1, 1, 9, 'type').num(395, 400, ++seq, 'seq').toString());
  return lines;
}

/** Build a CNAB 400 cobrança remessa. Lines are 400 characters joined by CRLF, with a final CRLF. */
export function buildRemittance400(input: RemittanceInput): string {
  const fn = input.bankCode === '341' ? itau : input.bankCode === '237' ? bradesco : undefined;
  if (!fn) {
    throw new CnabError(0, 'bankCode', `CNAB 400 remessa for bank ${input.bankCode} is not supported (supported: ${REMITTANCE_400_BANKS.join(', ')})`);
  }
  documentType(input.company.document, 'company.document');
  return fn(input).join('\r\n') + '\r\n';
}
