import { Inject, Injectable } from '@nestjs/common';
import type { Database, EventMetadata, Transaction } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { deterministicId } from '../../domain/deterministic-id.js';
import type { PaymentMethod } from '../../domain/invoice.events.js';
import { PaymentRecorder } from '../../infrastructure/payment-recorder.js';

interface LineRow {
  statement_id: string; fit_id: string; posted_at: string; amount_cents: string | number; type: string; memo: string; name: string | null;
  status: string; invoice_id: string | null;
}

const LINE_COLUMNS = `statement_id, fit_id, to_char(posted_at, 'YYYY-MM-DD') AS posted_at, amount_cents, type, memo, name, status, invoice_id`;

/** PIX credits say so in the memo or type ("PIX RECEBIDO", "RECEBIMENTO PIX"); anything else is a transfer. */
export function statementPaymentMethod(line: { type: string; memo: string; name?: string | null }): PaymentMethod {
  return /\bPIX\b/i.test(`${line.type} ${line.memo} ${line.name ?? ''}`) ? 'pix' : 'transfer';
}

/**
 * Same bank credit, same payment id: derived from company + FITID + posted date + amount, so confirming a
 * line twice, or the same FITID listed again in an overlapping statement, records one payment.
 */
export const statementPaymentId = (companyId: string, line: { fitId: string; postedAt: string; amountCents: number }) =>
  deterministicId('ofx', companyId, line.fitId, line.postedAt, String(line.amountCents));

const conflict = (slug: string, detail: string, extra: Record<string, unknown> = {}) => new ProblemException(409, slug, 'Refused', detail, { code: slug, ...extra });

/**
 * A person decides a statement line: confirm it against an invoice (the proposed one or any other open
 * invoice of the company), which settles the invoice through the PaymentRecorder, or ignore it with a
 * reason (bank fees, transfers between own accounts…). The line row is locked while deciding, and a
 * duplicate line acts on the statement that first listed it, so one bank credit settles one invoice once.
 */
@Injectable()
export class ReconcileStatementLineHandler {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly payments: PaymentRecorder,
  ) {}

  async confirm(companyId: string, statementId: string, fitId: string, invoiceId: string, actorId: string, metadata: EventMetadata): Promise<{ outcome: 'recorded' | 'duplicate'; paymentId: string }> {
    return asProblems(() =>
      this.db.transaction(async (tx) => {
        const line = await this.original(tx, companyId, statementId, fitId);
        const amountCents = Number(line.amount_cents);
        if (amountCents <= 0) throw conflict('statement-line-not-credit', 'Only a credit can settle an invoice.');
        const key = { fitId: line.fit_id, postedAt: line.posted_at, amountCents };
        const paymentId = statementPaymentId(companyId, key);
        if (line.status === 'confirmed') {
          if (line.invoice_id === invoiceId) return { outcome: 'duplicate' as const, paymentId };
          throw conflict('statement-line-already-confirmed', `This credit already settled invoice ${line.invoice_id}; reverse that payment first.`, { invoiceId: line.invoice_id });
        }
        const inv = await tx.query<{ status: string }>('SELECT status FROM billing_invoices WHERE company_id = $1 AND id = $2', [companyId, invoiceId]);
        if (!inv.rows[0]) throw new ProblemException(422, 'validation', 'Invalid request', 'invoiceId does not name an invoice of this company', { errors: [{ field: 'invoiceId', reason: 'unknown invoice' }] });
        if (!['open', 'partially_paid'].includes(inv.rows[0].status)) throw conflict('invoice-not-open', `The invoice is ${inv.rows[0].status}; a statement credit only settles an open invoice.`, { current: inv.rows[0].status });
        const r = await this.payments.record({
          invoiceId, companyId, paymentId, method: statementPaymentMethod(line), amountCents, paidOn: line.posted_at, creditedOn: line.posted_at,
          source: { kind: 'ofx', reference: line.fit_id }, receivedBy: actorId,
        }, metadata, tx);
        await tx.query(
          `UPDATE billing_statement_lines SET status = CASE WHEN status = 'duplicate' THEN status ELSE 'confirmed' END, invoice_id = $5, payment_id = $6,
                  ignore_reason = NULL, decided_by = $7, decided_at = now()
            WHERE company_id = $1 AND fit_id = $2 AND posted_at = $3::date AND amount_cents = $4`,
          [companyId, key.fitId, key.postedAt, amountCents, invoiceId, paymentId, actorId],
        );
        return { outcome: r.outcome, paymentId };
      }),
    );
  }

  async ignore(companyId: string, statementId: string, fitId: string, reason: string, actorId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const line = await this.line(tx, companyId, statementId, fitId);
      if (line.status === 'duplicate') throw conflict('statement-line-duplicate', `This line was first listed in statement ${line.duplicate_of}; decide it there.`, { duplicateOf: line.duplicate_of });
      if (line.status === 'confirmed') throw conflict('statement-line-already-confirmed', `This credit already settled invoice ${line.invoice_id}; reverse that payment first.`, { invoiceId: line.invoice_id });
      await tx.query(
        `UPDATE billing_statement_lines SET status = 'ignored', ignore_reason = $3, decided_by = $4, decided_at = now() WHERE statement_id = $1 AND fit_id = $2`,
        [statementId, fitId, reason, actorId],
      );
    });
  }

  private async line(tx: Transaction, companyId: string, statementId: string, fitId: string): Promise<LineRow & { duplicate_of: string | null }> {
    const r = await tx.query<LineRow & { duplicate_of: string | null }>(
      `SELECT ${LINE_COLUMNS}, duplicate_of FROM billing_statement_lines WHERE company_id = $1 AND statement_id = $2 AND fit_id = $3 FOR UPDATE`,
      [companyId, statementId, fitId],
    );
    if (!r.rows[0]) throw notFound('Statement line', `${statementId}/${fitId}`);
    return r.rows[0];
  }

  /** The line as first listed (a duplicate line stands for it), locked. */
  private async original(tx: Transaction, companyId: string, statementId: string, fitId: string): Promise<LineRow> {
    const line = await this.line(tx, companyId, statementId, fitId);
    if (line.status !== 'duplicate') return line;
    const r = await tx.query<LineRow>(
      `SELECT ${LINE_COLUMNS} FROM billing_statement_lines
        WHERE company_id = $1 AND fit_id = $2 AND posted_at = $3::date AND amount_cents = $4 AND status <> 'duplicate' FOR UPDATE`,
      [companyId, line.fit_id, line.posted_at, line.amount_cents],
    );
    return r.rows[0] ?? line;
  }
}
