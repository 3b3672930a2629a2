import { addDays } from '../../../shared-kernel/business-date.js';
import type { BusinessCalendar } from './business-calendar.js';
import { lateCharges, type LateChargeRules } from './late-charges.js';

/*
 * Bank statement (OFX) reconciliation: which open invoice a credit line probably pays. The statement
 * carries no nosso número or txid, so this is a heuristic (banking-standards.md §5): the amount (what was
 * owed, or what was owed with fine and interest on the posted date), the date window, and the payer's
 * CPF/CNPJ or name in the memo. A person always confirms; nothing here settles anything.
 */

export interface StatementLineInput {
  fitId: string;
  /** YYYY-MM-DD */
  postedAt: string;
  /** Signed: credits are positive. */
  amountCents: number;
  memo: string;
  /** OFX NAME, when the bank fills it (often the counterpart). */
  name?: string;
}

export interface OpenInvoiceCandidate {
  invoiceId: string;
  number: number;
  customerId: string;
  issuedOn: string;
  dueDate: string;
  outstandingCents: number;
  /** The fine/interest rules fixed on the invoice. */
  rules: LateChargeRules;
  /** Name and CPF/CNPJ of the customer (personal data: compared here, never logged). */
  payer: { name: string; document: string } | null;
}

export type MatchReason = 'amount' | 'amount-with-charges' | 'date-window' | 'document' | 'name' | 'name-partial';

export interface MatchProposal {
  invoiceId: string;
  number: number;
  customerId: string;
  score: number;
  reasons: MatchReason[];
}

export type StatementLineStatus = 'proposed' | 'unmatched' | 'duplicate' | 'debit' | 'confirmed' | 'ignored';

export interface LineMatches {
  fitId: string;
  postedAt: string;
  amountCents: number;
  memo: string;
  status: Extract<StatementLineStatus, 'proposed' | 'unmatched' | 'debit'>;
  proposals: MatchProposal[];
}

export interface MatchOptions {
  calendar: BusinessCalendar;
  /** A credit posted up to this many days after the due date is still "in the window" (late payers). */
  daysAfterDue?: number;
  maxProposals?: number;
  minScore?: number;
}

export const MATCH_WEIGHTS: Record<MatchReason, number> = {
  amount: 50,
  'amount-with-charges': 45,
  document: 40,
  name: 30,
  'name-partial': 20,
  'date-window': 15,
};

const DEFAULTS = { daysAfterDue: 60, maxProposals: 5, minScore: 40 };

/** Words that say nothing about who paid (articles, company suffixes, statement boilerplate). */
const STOPWORDS = new Set(['DA', 'DE', 'DO', 'DAS', 'DOS', 'E', 'LTDA', 'ME', 'EPP', 'EIRELI', 'SA', 'MEI']);

/** Upper case, accents folded, split on anything that is not a letter or digit. */
export function nameTokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((t) => t.length >= 2 && !STOPWORDS.has(t) && !/^\d+$/.test(t));
}

/** Digit runs as written (masks like 123.456.789-09 or 12.345.678/0001-95 kept together), digits only. */
export function digitRuns(text: string): Set<string> {
  return new Set((text.match(/\d[\d./-]*\d|\d/g) ?? []).map((r) => r.replace(/\D/g, '')));
}

interface Identity {
  document: string;
  tokens: string[];
}

function identityMatch(payer: Identity, memoDigits: Set<string>, memoTokens: Set<string>): MatchReason | null {
  if (payer.document.length >= 11 && memoDigits.has(payer.document)) return 'document';
  if (payer.tokens.length < 2) return null; // a single word (or none) is not enough to tell who paid
  const found = payer.tokens.filter((t) => memoTokens.has(t)).length;
  if (found === payer.tokens.length) return 'name';
  // banks cut the name short ("PIX RECEBIDO MARIA DAS GRACAS SOU"): the first name and one more will do
  if (found >= 2 && memoTokens.has(payer.tokens[0]!)) return 'name-partial';
  return null;
}

/**
 * For each line, the open invoices it may pay, best first. Debits get no proposals. A candidate needs
 * the amount or the payer's identity to match (a date alone proves nothing) and at least `minScore`.
 * Ties go to the invoice due first (the oldest debt is the likeliest to be paid).
 */
export function proposeMatches(lines: readonly StatementLineInput[], openInvoices: readonly OpenInvoiceCandidate[], options: MatchOptions): LineMatches[] {
  const { daysAfterDue, maxProposals, minScore } = { ...DEFAULTS, ...stripUndefined(options) };
  const due = new Map(openInvoices.map((i) => [i.invoiceId, i.dueDate]));
  const identities = new Map<string, Identity>();
  for (const inv of openInvoices) {
    if (!inv.payer || identities.has(inv.customerId)) continue;
    identities.set(inv.customerId, { document: inv.payer.document.replace(/\D/g, ''), tokens: [...new Set(nameTokens(inv.payer.name))] });
  }
  return lines.map((line) => {
    const base = { fitId: line.fitId, postedAt: line.postedAt, amountCents: line.amountCents, memo: line.memo };
    if (line.amountCents <= 0) return { ...base, status: 'debit' as const, proposals: [] };
    const text = `${line.memo} ${line.name ?? ''}`;
    const memoDigits = digitRuns(text);
    const memoTokens = new Set(nameTokens(text));
    const proposals: MatchProposal[] = [];
    for (const inv of openInvoices) {
      if (inv.outstandingCents <= 0) continue;
      const reasons: MatchReason[] = [];
      if (line.amountCents === inv.outstandingCents) reasons.push('amount');
      else if (line.postedAt >= inv.issuedOn) {
        const owed = lateCharges(inv.outstandingCents, inv.dueDate, line.postedAt, inv.rules, options.calendar);
        if (owed.totalCents === line.amountCents) reasons.push('amount-with-charges');
      }
      const identity = identities.get(inv.customerId);
      const who = identity ? identityMatch(identity, memoDigits, memoTokens) : null;
      if (who) reasons.push(who);
      if (!reasons.length) continue;
      if (line.postedAt >= inv.issuedOn && line.postedAt <= addDays(inv.dueDate, daysAfterDue)) reasons.push('date-window');
      const score = reasons.reduce((s, r) => s + MATCH_WEIGHTS[r], 0);
      if (score >= minScore) proposals.push({ invoiceId: inv.invoiceId, number: inv.number, customerId: inv.customerId, score, reasons });
    }
    proposals.sort((a, b) => b.score - a.score || due.get(a.invoiceId)!.localeCompare(due.get(b.invoiceId)!) || a.number - b.number);
    const top = proposals.slice(0, maxProposals);
    return { ...base, status: top.length ? ('proposed' as const) : ('unmatched' as const), proposals: top };
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
