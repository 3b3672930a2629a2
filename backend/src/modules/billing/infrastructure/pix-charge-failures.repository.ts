import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';

export type PixChargeOperation = 'create' | 'cancel' | 'change-due-date';

export interface PixChargeFailure {
  invoiceId: string;
  operation: PixChargeOperation;
  txid: string;
  /** the PSP's HTTP status; 0 when there was no answer or the refusal is ours (e.g. no payer document) */
  pspStatus: number;
  errorType: string;
  title: string;
  detail: string | null;
  /** `{property, reason}` as the PSP named them; never the values */
  violations: Array<{ property: string | null; reason: string }>;
}

export interface PixChargeFailureRow extends PixChargeFailure {
  invoiceNumber: number | null;
  dueDate: string | null;
  totalCents: number | null;
  attempts: number;
  firstFailedAt: string;
  lastFailedAt: string;
  resolvedAt: string | null;
}

interface Row {
  invoice_id: string; operation: PixChargeOperation; txid: string; psp_status: number; error_type: string; title: string; detail: string | null;
  violations: PixChargeFailure['violations']; attempts: number; first_failed_at: Date | string; last_failed_at: Date | string; resolved_at: Date | string | null;
  number: number | string | null; due_date: string | null; total_cents: number | string | null;
}

const iso = (v: Date | string) => new Date(v).toISOString();

/** PSP charge failures that retrying as is would not fix, kept until a later attempt succeeds. */
@Injectable()
export class PixChargeFailuresRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async record(companyId: string, f: PixChargeFailure): Promise<void> {
    await this.db.query(
      `INSERT INTO billing_pix_charge_failures (invoice_id, company_id, operation, txid, psp_status, error_type, title, detail, violations, first_failed_at, last_failed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, now(), now())
       ON CONFLICT (invoice_id) DO UPDATE SET operation = EXCLUDED.operation, txid = EXCLUDED.txid, psp_status = EXCLUDED.psp_status,
         error_type = EXCLUDED.error_type, title = EXCLUDED.title, detail = EXCLUDED.detail, violations = EXCLUDED.violations,
         attempts = billing_pix_charge_failures.attempts + 1, last_failed_at = now(), resolved_at = NULL`,
      [f.invoiceId, companyId, f.operation, f.txid, f.pspStatus, f.errorType, f.title.slice(0, 500), f.detail?.slice(0, 2000) ?? null, JSON.stringify(f.violations)],
    );
  }

  async resolve(invoiceId: string): Promise<void> {
    await this.db.query('UPDATE billing_pix_charge_failures SET resolved_at = now() WHERE invoice_id = $1 AND resolved_at IS NULL', [invoiceId]);
  }

  async list(companyId: string, status: 'failed' | 'resolved', limit: number): Promise<PixChargeFailureRow[]> {
    const r = await this.db.query<Row>(
      `SELECT f.*, i.number, i.due_date::text AS due_date, i.total_cents
         FROM billing_pix_charge_failures f LEFT JOIN billing_invoices i ON i.id = f.invoice_id
        WHERE f.company_id = $1 AND (f.resolved_at IS NULL) = $2
        ORDER BY f.last_failed_at DESC, f.invoice_id LIMIT $3`,
      [companyId, status === 'failed', limit],
    );
    return r.rows.map((x) => ({
      invoiceId: x.invoice_id, operation: x.operation, txid: x.txid, pspStatus: x.psp_status, errorType: x.error_type, title: x.title, detail: x.detail,
      violations: x.violations, invoiceNumber: x.number === null ? null : Number(x.number), dueDate: x.due_date,
      totalCents: x.total_cents === null ? null : Number(x.total_cents), attempts: x.attempts, firstFailedAt: iso(x.first_failed_at),
      lastFailedAt: iso(x.last_failed_at), resolvedAt: x.resolved_at === null ? null : iso(x.resolved_at),
    }));
  }
}
