import { decimalToCents } from '../util.js';
import { OfxError } from './errors.js';
import { child, findAll, leaf, parseBody, type OfxNode } from './sgml.js';

export interface OfxAccount {
  bankId?: string;
  branchId?: string;
  accountId?: string;
  accountType?: string;
  currency?: string;
  balanceCents?: number;
  /** YYYY-MM-DD */
  balanceDate?: string;
}

export interface OfxTransaction {
  fitId: string;
  /** YYYY-MM-DD (the date as written; the time zone suffix is ignored) */
  postedAt: string;
  amountCents: number;
  type: string;
  memo: string;
  name?: string;
  checkNum?: string;
  refNum?: string;
}

export interface OfxStatement {
  kind: 'bank' | 'creditcard';
  account: OfxAccount;
  startDate?: string;
  endDate?: string;
  transactions: OfxTransaction[];
}

export interface OfxResult {
  /** the first bank statement's account (or the first credit-card statement's when there is no bank statement) */
  account?: OfxAccount;
  /** transactions of the bank statements (STMTRS); credit-card ones only when the file has no bank statement */
  transactions: OfxTransaction[];
  /** every statement in the file, bank and credit card */
  statements: OfxStatement[];
  /** OFX header (1.x key:value lines or 2.x <?OFX ...?> attributes) */
  header: Record<string, string>;
  version: 1 | 2;
}

/** OFX date `YYYYMMDD[HHMMSS[.XXX]][[-3:BRT]]` → YYYY-MM-DD. */
export function ofxDate(v: string | undefined, field: string): string | undefined {
  if (v === undefined || v === '') return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(v);
  if (!m) throw new OfxError(`invalid ${field} "${v}"`);
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const dt = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (dt.getUTCMonth() !== Number(mo) - 1 || dt.getUTCDate() !== Number(d)) throw new OfxError(`invalid ${field} "${v}"`);
  return `${y}-${mo}-${d}`;
}

function money(v: string | undefined, field: string): number {
  if (v === undefined) throw new OfxError(`missing ${field}`);
  const c = decimalToCents(v);
  if (c === null) throw new OfxError(`invalid amount in ${field}: "${v}"`);
  return c;
}

/** Decode bytes using the charset the OFX header declares (UTF-8, windows-1252 or ISO-8859-1). */
export function decodeOfxBytes(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const xmlEnc = /encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
  const enc = /^\s*ENCODING\s*:\s*(\S+)/im.exec(head)?.[1]?.toUpperCase();
  const charset = /^\s*CHARSET\s*:\s*(\S+)/im.exec(head)?.[1]?.toUpperCase();
  const tryUtf8 = (): string | null => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  };
  if (xmlEnc) {
    if (xmlEnc.includes('utf')) return tryUtf8() ?? new TextDecoder('windows-1252').decode(bytes);
    return new TextDecoder(xmlEnc.includes('1252') ? 'windows-1252' : 'latin1').decode(bytes);
  }
  if (enc === 'UTF-8' || enc === 'UTF8') {
    const s = tryUtf8();
    if (s !== null) return s;
  }
  if (charset === 'ISO-8859-1' || charset === '8859-1' || charset === 'LATIN1') return new TextDecoder('latin1').decode(bytes);
  if (charset === '1252' || charset === 'WINDOWS-1252' || charset === 'CP1252') return new TextDecoder('windows-1252').decode(bytes);
  return tryUtf8() ?? new TextDecoder('windows-1252').decode(bytes);
}

function parseHeader(text: string, ofxStart: number): { header: Record<string, string>; version: 1 | 2 } {
  const pre = text.slice(0, ofxStart);
  const header: Record<string, string> = {};
  const pi = /<\?OFX([^?]*)\?>/i.exec(pre);
  if (pi) {
    for (const a of (pi[1] ?? '').matchAll(/([A-Z]+)\s*=\s*"([^"]*)"/gi)) header[(a[1] as string).toUpperCase()] = a[2] as string;
    return { header, version: 2 };
  }
  for (const line of pre.split(/\r\n|\n|\r/)) {
    const m = /^\s*([A-Z]+)\s*:\s*(.*?)\s*$/i.exec(line);
    if (m) header[(m[1] as string).toUpperCase()] = m[2] as string;
  }
  const isXml = /<\?xml/i.test(pre) || header['DATA']?.toUpperCase() === 'OFXXML';
  return { header, version: isXml ? 2 : 1 };
}

function transaction(n: OfxNode): OfxTransaction {
  const posted = ofxDate(leaf(n, 'DTPOSTED'), 'DTPOSTED');
  if (posted === undefined) throw new OfxError('STMTTRN without DTPOSTED');
  const t: OfxTransaction = {
    fitId: leaf(n, 'FITID') ?? '',
    postedAt: posted,
    amountCents: money(leaf(n, 'TRNAMT'), 'TRNAMT'),
    type: (leaf(n, 'TRNTYPE') ?? '').toUpperCase(),
    memo: leaf(n, 'MEMO') ?? '',
  };
  const name = leaf(n, 'NAME');
  const checkNum = leaf(n, 'CHECKNUM');
  const refNum = leaf(n, 'REFNUM');
  if (name !== undefined) t.name = name;
  if (checkNum !== undefined) t.checkNum = checkNum;
  if (refNum !== undefined) t.refNum = refNum;
  return t;
}

function statement(n: OfxNode, kind: 'bank' | 'creditcard'): OfxStatement {
  const acct = child(n, kind === 'bank' ? 'BANKACCTFROM' : 'CCACCTFROM');
  const account: OfxAccount = {};
  const set = <K extends keyof OfxAccount>(k: K, v: OfxAccount[K] | undefined): void => {
    if (v !== undefined) account[k] = v;
  };
  set('bankId', leaf(acct, 'BANKID'));
  set('branchId', leaf(acct, 'BRANCHID'));
  set('accountId', leaf(acct, 'ACCTID'));
  set('accountType', leaf(acct, 'ACCTTYPE'));
  set('currency', leaf(n, 'CURDEF'));
  const bal = child(n, 'LEDGERBAL');
  if (bal) {
    const amt = leaf(bal, 'BALAMT');
    if (amt !== undefined) account.balanceCents = money(amt, 'BALAMT');
    set('balanceDate', ofxDate(leaf(bal, 'DTASOF'), 'DTASOF'));
  }
  const list = child(n, 'BANKTRANLIST');
  const st: OfxStatement = {
    kind,
    account,
    transactions: (list?.children ?? []).filter((c) => c.name === 'STMTTRN').map(transaction),
  };
  const start = ofxDate(leaf(list, 'DTSTART'), 'DTSTART');
  const end = ofxDate(leaf(list, 'DTEND'), 'DTEND');
  if (start) st.startDate = start;
  if (end) st.endDate = end;
  return st;
}

/**
 * Parse an OFX statement: 1.x SGML (unclosed leaf tags, key:value header, comma decimals) or 2.x XML.
 * Accepts a string or the raw bytes (decoded with the declared charset).
 */
export function parse(input: string | Uint8Array): OfxResult {
  const text = typeof input === 'string' ? input : decodeOfxBytes(input);
  const start = text.search(/<OFX[\s>]/i);
  if (start === -1) throw new OfxError('no <OFX> element found');
  const { header, version } = parseHeader(text, start);
  const root = parseBody(text.slice(start));
  const ofx = child(root, 'OFX');
  if (!ofx) throw new OfxError('no <OFX> element found');
  const statements = [
    ...findAll(ofx, 'STMTRS').map((n) => statement(n, 'bank')),
    ...findAll(ofx, 'CCSTMTRS').map((n) => statement(n, 'creditcard')),
  ];
  const bank = statements.filter((s) => s.kind === 'bank');
  const primary = bank.length > 0 ? bank : statements;
  const result: OfxResult = {
    transactions: primary.flatMap((s) => s.transactions),
    statements,
    header,
    version,
  };
  if (primary[0]) result.account = primary[0].account;
  return result;
}
