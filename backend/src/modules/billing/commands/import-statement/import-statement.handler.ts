import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { ofx, OfxError } from '@netprovider/cobranca';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { addDays } from '../../../../shared-kernel/business-date.js';
import { CustomersPublicApi, type Payer } from '../../../customers/public-api.js';
import { proposeMatches, type LineMatches, type OpenInvoiceCandidate } from '../../domain/statement-matching.js';
import { BillingSettingsRepository } from '../../infrastructure/billing-settings.repository.js';
import { InvoiceAggregates } from '../../infrastructure/invoice-aggregates.js';
import { StatementsReader, type StatementView } from '../../queries/statements/statements.reader.js';

/** A credit posted this long after an invoice's due date still counts as "in the window". */
export const STATEMENT_DAYS_AFTER_DUE = 60;

/** Open invoices considered per import (the date window and exact amounts pick them; the rest waits for a person). */
const MAX_CANDIDATES = 5000;

interface ParsedLine {
  lineNo: number;
  fitId: string;
  postedAt: string;
  amountCents: number;
  type: string;
  memo: string;
  name: string | null;
}

export interface ImportStatementResult {
  statement: StatementView;
  /** The same file (same SHA-256) was imported before: nothing was stored again. */
  alreadyImported: boolean;
  /** Lines the file repeats word for word under the same FITID (kept once). */
  repeatedInFile: number;
}

/**
 * OFX statement import: the file is parsed whole (a malformed one changes nothing), stored once per
 * content hash, and each line once per FITID + date + amount (a line an earlier, overlapping statement
 * already listed is kept as `duplicate`, pointing at it). Credits get match proposals; confirming one is
 * a separate, human step (reconcile-statement-line).
 */
@Injectable()
export class ImportStatementHandler {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly aggregates: InvoiceAggregates,
    private readonly settings: BillingSettingsRepository,
    private readonly customers: CustomersPublicApi,
    private readonly reader: StatementsReader,
  ) {}

  async import(companyId: string, file: { buffer: Buffer; name: string | null }, actorId: string): Promise<ImportStatementResult> {
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const known = await this.db.query<{ id: string }>('SELECT id FROM billing_statements WHERE company_id = $1 AND sha256 = $2', [companyId, sha256]);
    if (known.rows[0]) return { statement: (await this.reader.get(companyId, known.rows[0].id))!, alreadyImported: true, repeatedInFile: 0 };

    const parsed = parseStatement(file.buffer);
    const { lines, repeatedInFile } = uniqueLines(parsed.transactions);
    const seen = await this.firstSightings(companyId, lines);
    const fresh = lines.filter((l) => !seen.has(lineKey(l)));
    const matches = new Map<ParsedLine, LineMatches>();
    const credits = fresh.filter((l) => l.amountCents > 0);
    if (credits.length) {
      const candidates = await this.openInvoices(companyId, credits);
      const calendar = await this.settings.calendar(companyId);
      const proposed = proposeMatches(credits.map((l) => ({ ...l, name: l.name ?? undefined })), candidates, { calendar, daysAfterDue: STATEMENT_DAYS_AFTER_DUE });
      credits.forEach((l, i) => matches.set(l, proposed[i]!));
    }
    const rows = lines.map((l) => {
      const duplicateOf = seen.get(lineKey(l)) ?? null;
      const m = matches.get(l);
      return {
        fit_id: l.fitId, line_no: l.lineNo, posted_at: l.postedAt, amount_cents: l.amountCents, type: l.type, memo: l.memo, name: l.name,
        status: duplicateOf ? 'duplicate' : l.amountCents <= 0 ? 'debit' : m!.status, proposals: m?.proposals ?? [], duplicate_of: duplicateOf,
      };
    });

    const id = randomUUID();
    const stored = await this.db.transaction(async (tx) => {
      const inserted = await tx.query(
        `INSERT INTO billing_statements (id, company_id, sha256, account, file_name, period_start, period_end, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT (company_id, sha256) DO NOTHING RETURNING id`,
        [id, companyId, sha256, parsed.account ? JSON.stringify(parsed.account) : null, file.name, parsed.startDate, parsed.endDate, actorId],
      );
      if (!inserted.rows.length) return false; // the same file, imported concurrently
      if (rows.length) {
        await tx.query(
          `INSERT INTO billing_statement_lines (statement_id, company_id, fit_id, line_no, posted_at, amount_cents, type, memo, name, status, proposals, duplicate_of)
           SELECT $1, $2, fit_id, line_no, posted_at, amount_cents, type, memo, name, status, proposals, duplicate_of
             FROM jsonb_to_recordset($3::jsonb) AS x(fit_id text, line_no integer, posted_at date, amount_cents bigint, type text, memo text, name text,
               status text, proposals jsonb, duplicate_of text)`,
          [id, companyId, JSON.stringify(rows)],
        );
      }
      return true;
    }).catch((err: unknown) => {
      // an overlapping statement imported at the same moment took a first sighting: importing again sorts it out
      if ((err as { code?: string }).code === '23505') throw new ProblemException(409, 'concurrent-change', 'Concurrent change', 'Another statement with the same lines was imported at the same time; upload this file again.');
      throw err;
    });
    if (!stored) return this.import(companyId, file, actorId);
    return { statement: (await this.reader.get(companyId, id))!, alreadyImported: false, repeatedInFile };
  }

  /** Statement id of the first import of each FITID + date + amount among these lines. */
  private async firstSightings(companyId: string, lines: readonly ParsedLine[]): Promise<Map<string, string>> {
    if (!lines.length) return new Map();
    const r = await this.db.query<{ statement_id: string; fit_id: string; posted_at: string; amount_cents: string | number }>(
      `SELECT statement_id, fit_id, to_char(posted_at, 'YYYY-MM-DD') AS posted_at, amount_cents FROM billing_statement_lines
        WHERE company_id = $1 AND fit_id = ANY($2::text[]) AND status <> 'duplicate'`,
      [companyId, [...new Set(lines.map((l) => l.fitId))]],
    );
    return new Map(r.rows.map((x) => [lineKey({ fitId: x.fit_id, postedAt: x.posted_at, amountCents: Number(x.amount_cents) }), x.statement_id]));
  }

  /**
   * Open invoices a credit may pay: those whose window (issue date … due date + N days) overlaps the
   * statement, and any whose outstanding amount equals a credit. Each carries the rules fixed on it (from
   * its stream) and the payer's name and document (from the customers context).
   */
  private async openInvoices(companyId: string, credits: readonly ParsedLine[]): Promise<OpenInvoiceCandidate[]> {
    const dates = credits.map((l) => l.postedAt).sort();
    const r = await this.db.query<{ id: string; number: string | number; customer_id: string; issued_on: string; due_date: string; outstanding: string | number }>(
      `SELECT id, number, customer_id, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, to_char(due_date, 'YYYY-MM-DD') AS due_date,
              total_cents - paid_principal_cents - discount_cents AS outstanding
         FROM billing_invoices
        WHERE company_id = $1 AND status IN ('open', 'partially_paid')
          AND ((issued_on <= $2::date AND due_date >= $3::date) OR total_cents - paid_principal_cents - discount_cents = ANY($4::bigint[]))
        ORDER BY due_date, number LIMIT ${MAX_CANDIDATES}`,
      [companyId, dates[dates.length - 1], addDays(dates[0]!, -STATEMENT_DAYS_AFTER_DUE), [...new Set(credits.map((l) => l.amountCents))]],
    );
    const payers = new Map<string, Promise<Payer | null>>();
    const payerOf = (customerId: string) => {
      if (!payers.has(customerId)) payers.set(customerId, this.customers.payer(companyId, customerId));
      return payers.get(customerId)!;
    };
    const out: OpenInvoiceCandidate[] = [];
    for (const row of r.rows) {
      const { state } = await this.aggregates.invoices.load(row.id);
      if (!state.rules) continue;
      const payer = await payerOf(row.customer_id);
      out.push({
        invoiceId: row.id, number: Number(row.number), customerId: row.customer_id, issuedOn: row.issued_on, dueDate: row.due_date,
        outstandingCents: Number(row.outstanding), rules: state.rules, payer: payer && !payer.erased ? { name: payer.name, document: payer.document } : null,
      });
    }
    return out;
  }
}

const lineKey = (l: { fitId: string; postedAt: string; amountCents: number }) => `${l.fitId}\u001f${l.postedAt}\u001f${l.amountCents}`;

function parseStatement(buffer: Buffer): { transactions: ParsedLine[]; account: Record<string, unknown> | null; startDate: string | null; endDate: string | null } {
  let result: ReturnType<typeof ofx.parse>;
  try {
    result = ofx.parse(new Uint8Array(buffer));
  } catch (err) {
    if (err instanceof OfxError) {
      const e = err as OfxError & { line?: number; field?: string };
      throw new ProblemException(422, 'invalid-file', 'Invalid OFX file', err.message, {
        errors: [{ field: 'file', reason: err.message, ...(e.line ? { line: e.line } : {}), ...(e.field ? { column: e.field } : {}) }],
      });
    }
    throw err;
  }
  const bank = result.statements.filter((s) => s.kind === 'bank');
  const primary = bank.length ? bank : result.statements;
  const transactions = result.transactions.map((t, i): ParsedLine => ({
    lineNo: i + 1,
    // a bank that leaves FITID out still gets a stable key from what the line says
    fitId: t.fitId.trim() || `sem-fitid-${createHash('sha256').update(`${t.postedAt}|${t.amountCents}|${t.memo}|${i}`).digest('hex').slice(0, 16)}`,
    postedAt: t.postedAt, amountCents: t.amountCents, type: t.type, memo: t.memo, name: t.name ?? null,
  }));
  const starts = primary.map((s) => s.startDate).filter((d): d is string => !!d).sort();
  const ends = primary.map((s) => s.endDate).filter((d): d is string => !!d).sort();
  return { transactions, account: result.account ? { ...result.account } : null, startDate: starts[0] ?? null, endDate: ends[ends.length - 1] ?? null };
}

/**
 * One line per FITID within a file (the routes name a line by it): a line the file repeats word for word is
 * kept once; a different transaction under a FITID already used (some banks reuse them) gets `FITID#2`, …
 * so no credit is dropped.
 */
function uniqueLines(lines: readonly ParsedLine[]): { lines: ParsedLine[]; repeatedInFile: number } {
  const byFit = new Map<string, ParsedLine>();
  let repeatedInFile = 0;
  for (const l of lines) {
    const first = byFit.get(l.fitId);
    if (!first) {
      byFit.set(l.fitId, l);
      continue;
    }
    if (first.postedAt === l.postedAt && first.amountCents === l.amountCents && first.memo === l.memo) {
      repeatedInFile++;
      continue;
    }
    let n = 2;
    while (byFit.has(`${l.fitId}#${n}`)) n++;
    byFit.set(`${l.fitId}#${n}`, { ...l, fitId: `${l.fitId}#${n}` });
  }
  return { lines: [...byFit.values()], repeatedInFile };
}
