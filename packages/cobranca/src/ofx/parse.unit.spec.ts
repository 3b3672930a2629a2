import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ofx } from '@netprovider/cobranca';
import { centsToDecimal } from '../util.js';
import { fixture, fixtureBytes } from '../test-support/fixtures.js';
import { OfxError } from './errors.js';

const FILE = 'ofx_brl_example_ofx-data-extractor.ofx';

describe('ofx.parse — ofx-data-extractor example (SGML 1.02, comma decimals, mixed closed/unclosed tags)', () => {
  const r = ofx.parse(fixture(FILE));
  it('STATED: 18 bank transactions and 2 credit-card transactions', () => {
    expect(r.transactions).toHaveLength(18);
    expect(r.statements.map((s) => [s.kind, s.transactions.length])).toEqual([['bank', 18], ['creditcard', 2]]);
  });
  it('STATED: 9 credits totalling 669,60 and 9 debits totalling 34,10', () => {
    const credits = r.transactions.filter((t) => t.amountCents > 0);
    const debits = r.transactions.filter((t) => t.amountCents < 0);
    expect(credits).toHaveLength(9);
    expect(credits.reduce((a, t) => a + t.amountCents, 0)).toBe(66960);
    expect(debits).toHaveLength(9);
    expect(debits.reduce((a, t) => a + t.amountCents, 0)).toBe(-3410);
  });
  it('STATED: period, first DTPOSTED and FITID', () => {
    expect(r.statements[0]).toMatchObject({ startDate: '2018-01-30', endDate: '2018-04-29' });
    expect(r.transactions[0]).toEqual({
      fitId: '2018030607232002046000000061553574', postedAt: '2018-03-09', amountCents: 7440, type: 'CREDIT',
      memo: 'Repasse pagamento: 17223405 de XXXXXXXX', checkNum: '000000061553574', refNum: '2002046000000017223405',
    });
  });
  it('DERIVED: account and LEDGERBAL 635,50', () => {
    expect(r.account).toEqual({ bankId: '364', accountId: '1459950-11', accountType: 'CHECKING', currency: 'BRL', balanceCents: 63550, balanceDate: '2018-04-29' });
    expect(r.version).toBe(1);
    expect(r.header).toMatchObject({ OFXHEADER: '100', DATA: 'OFXSGML', VERSION: '102', CHARSET: '1252' });
  });
  it('handles tags on one line, unclosed leaves and dot/comma decimals', () => {
    expect(r.transactions[3]!.amountCents).toBe(-334); // "-3.34"
    expect(r.transactions[8]).toMatchObject({ type: 'CREDIT', amountCents: 7440, memo: 'Repasse pagamento: 29384993 de ZZZZZZZZZZ' });
    expect(r.transactions[9]).toMatchObject({ type: 'DEBIT', amountCents: -334, fitId: '2018041303341001046000000065551501' });
    expect(r.transactions[7]!.memo).toBe('Tarifa repasse: 28108174, de Ciclano da Silva "test"');
    expect(r.statements[1]!.transactions[0]).toMatchObject({ name: 'Interest Charge', amountCents: -2300, postedAt: '2005-08-11', memo: '' });
    expect(r.statements[1]!.account).toMatchObject({ accountId: '123412341234', currency: 'USD', balanceCents: -56200 });
  });
  it('the same bytes decode the same', () => {
    expect(ofx.parse(fixtureBytes(FILE))).toEqual(r);
  });
});

describe('charsets', () => {
  it('decodes latin1/1252 bytes as declared by the header', () => {
    const text = 'OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:USASCII\nCHARSET:1252\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>BRL<BANKACCTFROM><BANKID>0341<ACCTID>1-2</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240102<TRNAMT>1.234,56<FITID>1<MEMO>PIX RECEBIDO JOÃO &amp; CIA</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>';
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const r = ofx.parse(bytes);
    expect(r.transactions[0]).toMatchObject({ memo: 'PIX RECEBIDO JOÃO & CIA', amountCents: 123456, postedAt: '2024-01-02' });
  });
  it('rejects files without OFX and invalid amounts', () => {
    expect(() => ofx.parse('hello')).toThrow(OfxError);
    expect(() => ofx.parse('<OFX><STMTRS><BANKTRANLIST><STMTTRN><DTPOSTED>20240101<TRNAMT>12.3.4<FITID>1</STMTTRN></BANKTRANLIST></STMTRS></OFX>')).toThrow(/amount/);
    expect(() => ofx.parse('<OFX><STMTRS><BANKTRANLIST><STMTTRN><DTPOSTED>20241301<TRNAMT>1<FITID>1</STMTTRN></BANKTRANLIST></STMTRS></OFX>')).toThrow(/DTPOSTED/);
  });
});

interface Tx { fitId: string; date: string; cents: number; type: string; memo: string; name?: string; checkNum?: string }
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function sgml(txs: Tx[], comma: boolean): string {
  const amt = (c: number) => (comma ? centsToDecimal(c).replace('.', ',') : centsToDecimal(c));
  const body = txs.map((t) => `<STMTTRN>\r\n<TRNTYPE>${t.type}\r\n<DTPOSTED>${t.date}120000[-3:BRT]\r\n<TRNAMT>${amt(t.cents)}\r\n<FITID>${t.fitId}\r\n${t.checkNum ? `<CHECKNUM>${t.checkNum}\r\n` : ''}${t.name ? `<NAME>${esc(t.name)}\r\n` : ''}<MEMO>${esc(t.memo)}\r\n</STMTTRN>`).join('\r\n');
  return `OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\nCHARSET:1252\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n<OFX>\r\n<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>BRL<BANKACCTFROM><BANKID>0341<BRANCHID>0810<ACCTID>53678-9<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST><DTSTART>20240101<DTEND>20241231\r\n${body}\r\n</BANKTRANLIST><LEDGERBAL><BALAMT>${amt(12345)}<DTASOF>20241231</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`;
}

function xml(txs: Tx[]): string {
  const body = txs.map((t) => `<STMTTRN><TRNTYPE>${t.type}</TRNTYPE><DTPOSTED>${t.date}</DTPOSTED><TRNAMT>${centsToDecimal(t.cents)}</TRNAMT><FITID>${t.fitId}</FITID>${t.checkNum ? `<CHECKNUM>${t.checkNum}</CHECKNUM>` : ''}${t.name ? `<NAME>${esc(t.name)}</NAME>` : ''}<MEMO>${esc(t.memo)}</MEMO></STMTTRN>`).join('\n      ');
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>\n<OFX>\n  <BANKMSGSRSV1>\n    <STMTTRNRS><TRNUID>1</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>\n    <STMTRS><CURDEF>BRL</CURDEF><BANKACCTFROM><BANKID>0341</BANKID><BRANCHID>0810</BRANCHID><ACCTID>53678-9</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>\n    <BANKTRANLIST><DTSTART>20240101</DTSTART><DTEND>20241231</DTEND>\n      ${body}\n    </BANKTRANLIST><LEDGERBAL><BALAMT>123.45</BALAMT><DTASOF>20241231</DTASOF></LEDGERBAL></STMTRS>\n    </STMTTRNRS>\n  </BANKMSGSRSV1>\n</OFX>\n`;
}

const text = (max: number) =>
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJ klmnop 0123456789:/-&<>"\''), minLength: 1, maxLength: max }).map((s) => s.trim()).filter((s) => s !== '');
const arbTx: fc.Arbitrary<Tx> = fc.record({
  fitId: fc.stringMatching(/^[0-9A-Z]{1,30}$/),
  date: fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10).replace(/-/g, '')),
  cents: fc.integer({ min: -99_999_999, max: 99_999_999 }),
  type: fc.constantFrom('CREDIT', 'DEBIT', 'FEE', 'XFER', 'PAYMENT'),
  memo: text(40),
  name: fc.option(text(20), { nil: undefined }),
  checkNum: fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }),
}, { requiredKeys: ['fitId', 'date', 'cents', 'type', 'memo'] });

describe('SGML and XML forms of the same statement', () => {
  it('property: give the same account and transactions', () => {
    fc.assert(
      fc.property(fc.array(arbTx, { minLength: 0, maxLength: 8 }), fc.boolean(), (txs, comma) => {
        const a = ofx.parse(sgml(txs, comma));
        const b = ofx.parse(xml(txs));
        expect(b.version).toBe(2);
        expect(a.version).toBe(1);
        expect(a.transactions).toEqual(b.transactions);
        expect(a.account).toEqual(b.account);
        expect(a.transactions.map((t) => t.amountCents)).toEqual(txs.map((t) => t.cents));
        expect(a.transactions.map((t) => t.memo)).toEqual(txs.map((t) => t.memo));
        expect(a.transactions.map((t) => t.postedAt.replace(/-/g, ''))).toEqual(txs.map((t) => t.date));
      }),
    );
  });
});
