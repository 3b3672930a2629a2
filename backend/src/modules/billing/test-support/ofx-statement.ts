/** A statement line as a test wants it: signed centavos, posted date YYYY-MM-DD. */
export interface OfxLine {
  fitId: string;
  postedAt: string;
  amountCents: number;
  memo: string;
}

const ofxDate = (d: string) => `${d.replace(/-/g, '')}120000[-3:BRT]`;
const brl = (c: number) => `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)},${String(Math.abs(c) % 100).padStart(2, '0')}`;

/**
 * An OFX 1.02 SGML bank statement the way Brazilian banks export it (banking-standards.md §5): key:value
 * header, unclosed leaf tags, comma decimals, `[-3:BRT]` time zones, CRLF.
 */
export function ofxStatement(lines: readonly OfxLine[], account = { bankId: '001', branchId: '1234', accountId: '12345-6' }): string {
  const dates = lines.map((l) => l.postedAt).sort();
  const body = lines.map((l) => [
    '<STMTTRN>', `<TRNTYPE>${l.amountCents < 0 ? 'DEBIT' : 'CREDIT'}`, `<DTPOSTED>${ofxDate(l.postedAt)}`, `<TRNAMT>${brl(l.amountCents)}`,
    `<FITID>${l.fitId}`, `<MEMO>${l.memo}`, '</STMTTRN>',
  ].join('\r\n'));
  return [
    'OFXHEADER:100', 'DATA:OFXSGML', 'VERSION:102', 'SECURITY:NONE', 'ENCODING:USASCII', 'CHARSET:1252', 'COMPRESSION:NONE', 'OLDFILEUID:NONE', 'NEWFILEUID:NONE', '',
    '<OFX>', '<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20261201120000[-3:BRT]<LANGUAGE>POR</SONRS></SIGNONMSGSRSV1>',
    '<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>BRL',
    `<BANKACCTFROM><BANKID>${account.bankId}<BRANCHID>${account.branchId}<ACCTID>${account.accountId}<ACCTTYPE>CHECKING</BANKACCTFROM>`,
    `<BANKTRANLIST><DTSTART>${ofxDate(dates[0] ?? '2026-01-01')}<DTEND>${ofxDate(dates[dates.length - 1] ?? '2026-01-01')}`,
    ...body,
    '</BANKTRANLIST>', '<LEDGERBAL><BALAMT>0,00<DTASOF>20261201120000[-3:BRT]</LEDGERBAL>', '</STMTRS></STMTTRNRS></BANKMSGSRSV1>', '</OFX>', '',
  ].join('\r\n');
}
