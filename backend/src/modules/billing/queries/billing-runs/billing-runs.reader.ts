import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import type { BillingRunStatus } from '../../domain/billing-run.decider.js';
import type { InvoiceItem } from '../../domain/invoice.events.js';

/** What a stored run can be in (`none` exists only before its first event). */
export type StoredBillingRunStatus = Exclude<BillingRunStatus, 'none'>;

export interface BillingRunView {
  id: string;
  competence: string;
  dueDayFrom: number;
  dueDayTo: number;
  status: StoredBillingRunStatus;
  /** Invoices to issue (from the preview). */
  total: number;
  done: number;
  failed: number;
  totalCents: number;
  /** Invoices per second while issuing. */
  rate: number | null;
  warnings: Record<string, number>;
  requestedBy: string;
  requestedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  preview: { invoices: number; totalCents: number; warnings: Record<string, number>; lines: PreviewLine[]; nextPage: number | null } | null;
}

export interface PreviewLine {
  contractId: string;
  customerId: string;
  dueDate: string | null;
  totalCents: number;
  items: InvoiceItem[];
  warning: string | null;
  invoiceId: string | null;
  error: string | null;
}

interface Row {
  id: string; competence: string; due_day_from: number; due_day_to: number; status: StoredBillingRunStatus; total: number; done: number; failed: number;
  total_cents: string | number; warnings: Record<string, number>; requested_by: string; requested_at: Date; approved_by: string | null; approved_at: Date | null;
  started_at: Date | null; finished_at: Date | null; heartbeat_at: Date | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

@Injectable()
export class BillingRunsReader {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  private toView(r: Row): Omit<BillingRunView, 'preview'> {
    const started = r.started_at ? new Date(r.started_at).getTime() : null;
    const until = r.finished_at ? new Date(r.finished_at).getTime() : r.heartbeat_at ? new Date(r.heartbeat_at).getTime() : null;
    const rate = started && until && until > started ? Math.round((r.done * 1000) / (until - started)) : null;
    return {
      id: r.id, competence: r.competence, dueDayFrom: r.due_day_from, dueDayTo: r.due_day_to, status: r.status, total: r.total, done: r.done, failed: r.failed,
      totalCents: Number(r.total_cents), rate, warnings: r.warnings, requestedBy: r.requested_by, requestedAt: iso(r.requested_at)!, approvedBy: r.approved_by,
      approvedAt: iso(r.approved_at), startedAt: iso(r.started_at), finishedAt: iso(r.finished_at),
    };
  }

  async list(companyId: string, limit = 50): Promise<Array<Omit<BillingRunView, 'preview'>>> {
    const r = await this.db.query<Row>('SELECT * FROM billing_runs WHERE company_id = $1 ORDER BY requested_at DESC LIMIT $2', [companyId, limit]);
    return r.rows.map((x) => this.toView(x));
  }

  async get(companyId: string, id: string, page = 1, pageSize = 100, onlyWarnings = false): Promise<BillingRunView> {
    const r = await this.db.query<Row>('SELECT * FROM billing_runs WHERE company_id = $1 AND id = $2', [companyId, id]);
    if (!r.rows[0]) throw notFound('Billing run', id);
    const run = this.toView(r.rows[0]);
    if (run.status === 'previewing') return { ...run, preview: null };
    // Flagged lines (warning or error) first, then the rest, each in contract order. Two index-driven queries
    // (billing_run_items_flagged and the primary key) instead of one ORDER BY over every line of the run: a
    // page stays a few milliseconds while a 1M-contract run is polled during issuance.
    type LineRow = { contract_id: string; customer_id: string; due_date: string | null; total_cents: string | number; items: InvoiceItem[]; warning: string | null; invoice_id: string | null; error: string | null };
    const COLUMNS = 'contract_id, customer_id, due_date::text AS due_date, total_cents, items, warning, invoice_id, error';
    const offset = (page - 1) * pageSize;
    const flagged = await this.db.query<LineRow>(
      `SELECT ${COLUMNS} FROM billing_run_items WHERE run_id = $1 AND (warning IS NOT NULL OR error IS NOT NULL)
        ORDER BY contract_id LIMIT $2 OFFSET $3`,
      [id, pageSize + 1, offset],
    );
    let rows = flagged.rows;
    if (!onlyWarnings && rows.length <= pageSize) {
      // This page starts among the unflagged lines at the offset minus every flagged line (0 when it began with flagged ones).
      const restOffset = rows.length ? 0 : Math.max(0, offset - Number((await this.db.query<{ n: string }>(
        'SELECT count(*) AS n FROM billing_run_items WHERE run_id = $1 AND (warning IS NOT NULL OR error IS NOT NULL)', [id],
      )).rows[0]!.n));
      const rest = await this.db.query<LineRow>(
        `SELECT ${COLUMNS} FROM billing_run_items WHERE run_id = $1 AND warning IS NULL AND error IS NULL
          ORDER BY contract_id LIMIT $2 OFFSET $3`,
        [id, pageSize + 1 - rows.length, restOffset],
      );
      rows = rows.concat(rest.rows);
    }
    const lines = { rows };
    const more = lines.rows.length > pageSize;
    return {
      ...run,
      preview: {
        invoices: run.total, totalCents: run.totalCents, warnings: run.warnings, nextPage: more ? page + 1 : null,
        lines: lines.rows.slice(0, pageSize).map((l) => ({
          contractId: l.contract_id, customerId: l.customer_id, dueDate: l.due_date, totalCents: Number(l.total_cents), items: l.items, warning: l.warning, invoiceId: l.invoice_id, error: l.error,
        })),
      },
    };
  }
}
