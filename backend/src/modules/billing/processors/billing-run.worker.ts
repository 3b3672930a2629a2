import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Database, EventMetadata, EventStore, ReactorProcessor, RecordedEvent } from '@netprovider/event-store';
import { CONFIG, DATABASE, EVENT_STORE, LOGGER } from '../../../platform/database/tokens.js';
import type { Config } from '../../../platform/config/config.js';
import { EventSourced } from '../../../platform/eventsourcing/event-sourced.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { billingRunDecider, billingRunStreamId, type BillingRunCommand, type BillingRunEvent, type BillingRunState } from '../domain/billing-run.decider.js';
import { deterministicId } from '../domain/deterministic-id.js';
import type { InvoiceItem } from '../domain/invoice.events.js';
import { monthlyInvoice } from '../domain/monthly-invoice.js';
import { BILLABLE_COLUMNS, toBillable, type BillableRow } from '../billable-contracts/billable-contract.row.js';
import { CollectionAccountsRepository } from '../infrastructure/collection-accounts.repository.js';
import { InvoiceIssuer, type InvoiceDraft } from '../infrastructure/invoice-issuer.js';

interface ItemRow { contract_id: string; customer_id: string; due_date: string; total_cents: string | number; items: InvoiceItem[]; adjustment_ids: string[] }

/** The invoice id of a contract's competence: the same on every run, replay or crash. */
export const runInvoiceId = (contractId: string, competence: string) => deterministicId('invoice', contractId, competence);

/**
 * Runs billing runs in the background (a reactor: at-least-once, so every step is idempotent).
 * Preview: every billable contract of the run's due-day range → one line (invoice draft or warning).
 * Issuance: pending lines in batches; each batch issues its invoices, marks its lines and advances the
 * counters in one transaction, so a crash (kill -9) at any instant loses nothing and a restart resumes
 * with the first line not yet issued. Exactly one invoice per contract and competence: the invoice id is
 * derived from both and every stream is created with `no_stream`.
 */
@Injectable()
export class BillingRunWorker implements OnApplicationShutdown {
  private stopping = false;
  readonly runs: EventSourced<BillingRunState, BillingRunCommand, BillingRunEvent>;

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CONFIG) private readonly config: Config,
    private readonly accounts: CollectionAccountsRepository,
    private readonly issuer: InvoiceIssuer,
  ) {
    this.runs = new EventSourced(store, billingRunDecider, billingRunStreamId);
  }

  onApplicationShutdown(): void {
    this.stopping = true;
  }

  private get batchSize(): number {
    return Number(process.env.BILLING_RUN_BATCH_SIZE ?? 1000);
  }

  processor(): ReactorProcessor {
    return {
      kind: 'reactor',
      name: 'billing-runs',
      eventTypes: ['BillingRunRequested', 'BillingRunApproved'],
      // Scanned log rows per step (the type filter applies after); every step of a run is idempotent, so a
      // crash after handling part of a batch only repeats work that finds itself already done.
      batchSize: 500,
      handle: async (events: readonly RecordedEvent[]) => {
        for (const e of events) {
          const runId = e.streamId.slice('billing-run-'.length);
          const meta: EventMetadata = { actorId: 'system', actorKind: 'system', companyId: e.metadata.companyId, correlationId: e.metadata.correlationId };
          if (e.type === 'BillingRunRequested') await this.preview(runId, meta);
          else await this.issue(runId, meta);
        }
      },
    };
  }

  async preview(runId: string, meta: EventMetadata): Promise<void> {
    const run = await this.db.query<{ company_id: string; competence: string; due_day_from: number; due_day_to: number; status: string }>(
      'SELECT company_id, competence, due_day_from, due_day_to, status FROM billing_runs WHERE id = $1', [runId],
    );
    const r = run.rows[0];
    if (!r || r.status !== 'previewing') return;
    await this.db.query('DELETE FROM billing_run_items WHERE run_id = $1', [runId]);
    const today = saoPauloDate(new Date());
    const hasAccount = !!(await this.accounts.defaultFor(r.company_id));
    const warnings: Record<string, number> = {};
    let invoices = 0;
    let totalCents = 0;
    let after = '';
    for (;;) {
      const page = await this.db.query<BillableRow>(
        `SELECT ${BILLABLE_COLUMNS}
           FROM billing_contracts
          WHERE company_id = $1 AND status IN ('active', 'suspended', 'cancelled') AND due_day BETWEEN $2 AND $3 AND contract_id > $4
          ORDER BY contract_id LIMIT 5000`,
        [r.company_id, r.due_day_from, r.due_day_to, after],
      );
      if (!page.rows.length) break;
      after = page.rows[page.rows.length - 1]!.contract_id;
      const existing = new Set((await this.db.query<{ contract_id: string }>(
        'SELECT contract_id FROM billing_invoices WHERE contract_id = ANY($1::text[]) AND competence = $2',
        [page.rows.map((c) => c.contract_id), r.competence],
      )).rows.map((x) => x.contract_id));
      const lines: Array<Record<string, unknown>> = [];
      for (const c of page.rows) {
        const draft = monthlyInvoice(toBillable(c), r.competence);
        if ('skip' in draft) {
          if (draft.skip === 'zero-total') {
            warnings['zero-total'] = (warnings['zero-total'] ?? 0) + 1;
            lines.push({ contract_id: c.contract_id, customer_id: c.customer_id, due_date: null, total_cents: 0, items: [], adjustment_ids: [], warning: 'zero-total' });
          }
          continue;
        }
        const warning = existing.has(c.contract_id) ? 'duplicate' : !hasAccount ? 'no-collection-account' : draft.dueDate < today ? 'due-date-passed' : null;
        if (warning) warnings[warning] = (warnings[warning] ?? 0) + 1;
        else {
          invoices++;
          totalCents += draft.totalCents;
        }
        lines.push({ contract_id: c.contract_id, customer_id: c.customer_id, due_date: draft.dueDate, total_cents: draft.totalCents, items: draft.items, adjustment_ids: draft.adjustmentIds, warning });
      }
      if (lines.length) {
        await this.db.query(
          `INSERT INTO billing_run_items (run_id, contract_id, customer_id, due_date, total_cents, items, adjustment_ids, warning)
           SELECT $1, contract_id, customer_id, due_date, total_cents, items, adjustment_ids, warning
             FROM jsonb_to_recordset($2::jsonb) AS x(contract_id text, customer_id text, due_date date, total_cents bigint, items jsonb, adjustment_ids jsonb, warning text)
           ON CONFLICT (run_id, contract_id) DO NOTHING`,
          [runId, JSON.stringify(lines)],
        );
      }
    }
    // A run adds up to one line per contract at once, long before autovacuum's analyze notices: without fresh
    // statistics the planner takes the run for a few hundred lines and sorts all of them for every page and
    // every pending batch (≈ 120 ms per query at 100,000 lines instead of < 1 ms through the primary key).
    await this.db.query('ANALYZE billing_run_items');
    await this.runs.handle(runId, { type: 'RecordPreview', data: { invoices, totalCents, warnings, at: new Date().toISOString() } }, meta);
  }

  async issue(runId: string, meta: EventMetadata): Promise<void> {
    const run = await this.db.query<{ company_id: string; competence: string; status: string }>('SELECT company_id, competence, status FROM billing_runs WHERE id = $1', [runId]);
    const r = run.rows[0];
    if (!r || r.status !== 'issuing') return;
    await this.db.query('UPDATE billing_runs SET started_at = COALESCE(started_at, now()) WHERE id = $1', [runId]);
    // Pipelined: while one batch's transaction runs, the next batch is already read (pending lines after the
    // current one's last contract, minus contracts already invoiced) on another connection, so the
    // transaction that holds the number counters is followed at once by the next. Lines of a batch that
    // failed carry an error, and a restart reads from the first contract again: nothing is skipped.
    let next = this.nextBatch(runId, r.competence, '');
    for (;;) {
      if (this.stopping) {
        await next.catch(() => undefined);
        throw new Error(`billing run ${runId}: shutting down; the next start resumes it`);
      }
      // Let pending I/O (API requests) in between batches: with embedded PGlite they share one connection.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = await next;
      if (!batch.rows.length && !batch.last) break;
      next = this.nextBatch(runId, r.competence, batch.last!);
      // An early rejection of the prefetch is seen when it is awaited, not as an unhandled rejection now.
      next.catch(() => undefined);
      if (!batch.rows.length) continue;
      try {
        await this.issueBatch(runId, r.company_id, r.competence, batch.rows, meta);
      } catch (err) {
        // One bad line must not stop the run: issue the batch line by line and record what fails.
        this.logger.warn({ runId, err: (err as Error).message }, 'billing run batch failed; retrying line by line');
        for (const item of batch.rows) {
          try {
            await this.issueBatch(runId, r.company_id, r.competence, [item], meta);
          } catch (lineErr) {
            await this.db.query(`UPDATE billing_run_items SET error = $3 WHERE run_id = $1 AND contract_id = $2`, [runId, item.contract_id, (lineErr as Error).message.slice(0, 500)]);
            await this.db.query('UPDATE billing_runs SET failed = failed + 1, heartbeat_at = now() WHERE id = $1', [runId]);
          }
        }
      }
    }
    const counts = await this.db.query<{ done: number; failed: number }>('SELECT done, failed FROM billing_runs WHERE id = $1', [runId]);
    await this.runs.handle(runId, { type: 'CompleteBillingRun', data: { issued: counts.rows[0]!.done, failed: counts.rows[0]!.failed, at: new Date().toISOString() } }, meta);
  }

  /**
   * The next pending lines after `after` (contract order). Lines whose invoice already exists (another run,
   * or an earlier attempt of this one) are marked `duplicate` here and left out: never issued twice. `last`
   * is the batch's last contract (null when nothing is left).
   */
  private async nextBatch(runId: string, competence: string, after: string): Promise<{ rows: ItemRow[]; last: string | null }> {
    const pending = await this.db.query<ItemRow>(
      `SELECT contract_id, customer_id, due_date::text AS due_date, total_cents, items, adjustment_ids FROM billing_run_items
        WHERE run_id = $1 AND invoice_id IS NULL AND error IS NULL AND warning IS NULL AND contract_id > $3 ORDER BY contract_id LIMIT $2`,
      [runId, this.batchSize, after],
    );
    let rows = pending.rows;
    if (!rows.length) return { rows, last: null };
    const last = rows[rows.length - 1]!.contract_id;
    const ids = rows.map((row) => runInvoiceId(row.contract_id, competence));
    const issued = new Set((await this.db.query<{ id: string }>('SELECT id FROM billing_invoices WHERE id = ANY($1::text[])', [ids])).rows.map((x) => x.id));
    if (issued.size) {
      await this.db.query(`UPDATE billing_run_items SET warning = 'duplicate' WHERE run_id = $1 AND contract_id = ANY($2::text[])`, [
        runId, rows.filter((row) => issued.has(runInvoiceId(row.contract_id, competence))).map((row) => row.contract_id),
      ]);
      rows = rows.filter((row) => !issued.has(runInvoiceId(row.contract_id, competence)));
    }
    return { rows, last };
  }

  private async issueBatch(runId: string, companyId: string, competence: string, rows: ItemRow[], meta: EventMetadata): Promise<void> {
    const now = new Date();
    const drafts: InvoiceDraft[] = rows.map((row) => ({
      invoiceId: runInvoiceId(row.contract_id, competence), customerId: row.customer_id, contractId: row.contract_id, competence, runId,
      dueDate: row.due_date, items: row.items, totalCents: Number(row.total_cents),
    }));
    await this.db.transaction(async (tx) => {
      await this.issuer.issue(tx, companyId, drafts, meta, saoPauloDate(now), now.toISOString());
      await tx.query(
        `UPDATE billing_run_items i SET invoice_id = x.invoice_id FROM jsonb_to_recordset($2::jsonb) AS x(contract_id text, invoice_id text)
          WHERE i.run_id = $1 AND i.contract_id = x.contract_id`,
        [runId, JSON.stringify(drafts.map((d) => ({ contract_id: d.contractId, invoice_id: d.invoiceId })))],
      );
      const consumed = rows.filter((row) => row.adjustment_ids.length);
      for (const row of consumed) {
        await tx.query(
          `UPDATE billing_contracts SET pending_adjustments = COALESCE((SELECT jsonb_agg(a) FROM jsonb_array_elements(pending_adjustments) a WHERE NOT (a->>'id' = ANY($2::text[]))), '[]'::jsonb)
            WHERE contract_id = $1`,
          [row.contract_id, row.adjustment_ids],
        );
      }
      await tx.query('UPDATE billing_runs SET done = done + $2, heartbeat_at = now() WHERE id = $1', [runId, rows.length]);
    });
  }
}
