import { Inject, Injectable } from '@nestjs/common';
import type { Database, SqlExecutor } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import type { MatchProposal, StatementLineStatus } from '../../domain/statement-matching.js';

export interface StatementLineView {
  fitId: string;
  postedAt: string;
  amountCents: number;
  type: string;
  memo: string;
  name: string | null;
  status: StatementLineStatus;
  /** Open invoices this credit may pay, best first (invoices settled since the import are left out). */
  proposals: MatchProposal[];
  /** Set once confirmed. */
  invoiceId: string | null;
  paymentId: string | null;
  /** The statement that first listed this FITID + date + amount (status `duplicate`). */
  duplicateOf: string | null;
  ignoreReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface StatementSummary {
  id: string;
  fileName: string | null;
  account: Record<string, unknown> | null;
  periodStart: string | null;
  periodEnd: string | null;
  uploadedBy: string;
  uploadedAt: string;
  counts: Record<StatementLineStatus, number> & { lines: number };
}

export interface StatementView extends StatementSummary {
  lines: StatementLineView[];
}

interface LineRow {
  fit_id: string; posted_at: string; amount_cents: string | number; type: string; memo: string; name: string | null; status: StatementLineStatus;
  proposals: MatchProposal[]; invoice_id: string | null; payment_id: string | null; duplicate_of: string | null; ignore_reason: string | null;
  decided_by: string | null; decided_at: Date | string | null;
}

interface SummaryRow {
  id: string; file_name: string | null; account: Record<string, unknown> | null; period_start: string | null; period_end: string | null;
  uploaded_by: string; uploaded_at: Date | string; lines: string | number; proposed: string | number; unmatched: string | number;
  duplicate: string | number; debit: string | number; confirmed: string | number; ignored: string | number;
}

const SUMMARY_SQL = `
SELECT s.id, s.file_name, s.account, to_char(s.period_start, 'YYYY-MM-DD') AS period_start, to_char(s.period_end, 'YYYY-MM-DD') AS period_end,
       s.uploaded_by, s.uploaded_at, count(l.fit_id) AS lines,
       count(l.fit_id) FILTER (WHERE l.status = 'proposed') AS proposed, count(l.fit_id) FILTER (WHERE l.status = 'unmatched') AS unmatched,
       count(l.fit_id) FILTER (WHERE l.status = 'duplicate') AS duplicate, count(l.fit_id) FILTER (WHERE l.status = 'debit') AS debit,
       count(l.fit_id) FILTER (WHERE l.status = 'confirmed') AS confirmed, count(l.fit_id) FILTER (WHERE l.status = 'ignored') AS ignored
  FROM billing_statements s LEFT JOIN billing_statement_lines l ON l.statement_id = s.id
 WHERE s.company_id = $1`;

const toSummary = (r: SummaryRow): StatementSummary => ({
  id: r.id, fileName: r.file_name, account: r.account, periodStart: r.period_start, periodEnd: r.period_end, uploadedBy: r.uploaded_by,
  uploadedAt: new Date(r.uploaded_at).toISOString(),
  counts: {
    lines: Number(r.lines), proposed: Number(r.proposed), unmatched: Number(r.unmatched), duplicate: Number(r.duplicate), debit: Number(r.debit),
    confirmed: Number(r.confirmed), ignored: Number(r.ignored),
  },
});

/** Imported OFX statements and their lines (unmatched lines stay listed until confirmed or ignored). */
@Injectable()
export class StatementsReader {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async list(companyId: string): Promise<StatementSummary[]> {
    const r = await this.db.query<SummaryRow>(`${SUMMARY_SQL} GROUP BY s.id ORDER BY s.uploaded_at DESC LIMIT 100`, [companyId]);
    return r.rows.map(toSummary);
  }

  async get(companyId: string, id: string, exec: SqlExecutor = this.db): Promise<StatementView | null> {
    const s = await exec.query<SummaryRow>(`${SUMMARY_SQL} AND s.id = $2 GROUP BY s.id`, [companyId, id]);
    if (!s.rows[0]) return null;
    const l = await exec.query<LineRow>(
      `SELECT fit_id, to_char(posted_at, 'YYYY-MM-DD') AS posted_at, amount_cents, type, memo, name, status, proposals, invoice_id, payment_id,
              duplicate_of, ignore_reason, decided_by, decided_at
         FROM billing_statement_lines WHERE statement_id = $1 ORDER BY line_no, fit_id`,
      [id],
    );
    const proposed = [...new Set(l.rows.flatMap((x) => (x.status === 'proposed' ? x.proposals.map((p) => p.invoiceId) : [])))];
    const stillOpen = new Set(
      proposed.length
        ? (await exec.query<{ id: string }>(`SELECT id FROM billing_invoices WHERE company_id = $1 AND id = ANY($2::text[]) AND status IN ('open', 'partially_paid')`, [companyId, proposed])).rows.map((x) => x.id)
        : [],
    );
    const lines = l.rows.map((x): StatementLineView => {
      const proposals = x.status === 'proposed' ? x.proposals.filter((p) => stillOpen.has(p.invoiceId)) : x.proposals;
      return {
        fitId: x.fit_id, postedAt: x.posted_at, amountCents: Number(x.amount_cents), type: x.type, memo: x.memo, name: x.name,
        status: x.status === 'proposed' && !proposals.length ? 'unmatched' : x.status, proposals, invoiceId: x.invoice_id, paymentId: x.payment_id,
        duplicateOf: x.duplicate_of, ignoreReason: x.ignore_reason, decidedBy: x.decided_by, decidedAt: x.decided_at ? new Date(x.decided_at).toISOString() : null,
      };
    });
    const summary = toSummary(s.rows[0]);
    const counts = { ...summary.counts, proposed: 0, unmatched: 0 };
    for (const line of lines) if (line.status === 'proposed' || line.status === 'unmatched') counts[line.status]++;
    return { ...summary, counts, lines };
  }
}
