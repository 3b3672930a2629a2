import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import { nossoNumeroKey } from '../../domain/collection-account.js';
import {
  INVOICE_EVENT_TYPES, type InvoiceDueDateChanged, type InvoiceIssued, type InvoicePaymentRecorded, type InvoicePaymentReversed, type InvoicePixChargeRegistered, type InvoiceRenegotiated,
  type InvoiceRenegotiationUndone, type InvoiceWriteOffReversed, type InvoiceWrittenOff,
} from '../../domain/invoice.events.js';

/** The decider's statusAfter, in SQL (see invoice.decider.ts). */
const STATUS_SQL = `CASE WHEN status = 'cancelled' THEN 'cancelled'
  WHEN total_cents - paid_principal_cents - discount_cents - written_off_cents - renegotiated_cents > 0
    THEN CASE WHEN paid_principal_cents + discount_cents + renegotiated_cents > 0 THEN 'partially_paid' ELSE 'open' END
  WHEN written_off_cents > 0 THEN 'written_off'
  WHEN renegotiated_cents > 0 THEN 'renegotiated' ELSE 'paid' END`;

/**
 * billing_invoices, billing_payments and billing_customer_credits, folded inside the append transaction.
 * Issued invoices are written with one statement per batch (a billing run appends thousands at once).
 */
export function invoicesProjection(): InlineProjection {
  return {
    name: 'billing-invoices',
    eventTypes: INVOICE_EVENT_TYPES,
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      // Consecutive issues and consecutive payments are written with one statement each (a billing run or a
      // bank return appends thousands at once); anything else flushes them first, so order is kept.
      const issued: Array<Record<string, unknown>> = [];
      const payments: Array<{ e: RecordedEvent; p: InvoicePaymentRecorded['data'] }> = [];
      const flush = async () => {
        if (issued.length) await insertIssued(tx, issued.splice(0));
        if (payments.length) await insertPayments(tx, payments.splice(0));
      };
      for (const e of events) {
        if (!e.streamId.startsWith('invoice-')) continue;
        const at = e.recordedAt.toISOString();
        if (e.type === 'InvoiceIssued') {
          if (payments.length) await flush();
          const d = (e as unknown as InvoiceIssued).data;
          issued.push({
            id: d.invoiceId, company_id: e.metadata.companyId, number: d.number, customer_id: d.customerId, contract_id: d.contractId, competence: d.competence,
            run_id: d.runId, issued_on: d.issuedOn, due_date: d.dueDate, total_cents: d.totalCents, collection_account_id: d.boleto?.collectionAccountId ?? null,
            bank_code: d.boleto?.bankCode ?? null, nosso_numero: d.boleto?.nossoNumero ?? null, nosso_numero_key: d.boleto ? nossoNumeroKey(d.boleto.nossoNumero) : null,
            digitable_line: d.boleto?.digitableLine ?? null, pix_txid: d.pix?.txid ?? null, rules: d.rules ?? null, updated_at: at,
          });
          continue;
        }
        if (e.type === 'InvoicePaymentRecorded') {
          if (issued.length) await insertIssued(tx, issued.splice(0));
          payments.push({ e, p: (e as unknown as InvoicePaymentRecorded).data });
          continue;
        }
        await flush();
        const invoiceId = e.streamId.slice('invoice-'.length);
        switch (e.type) {
          case 'InvoicePaymentReversed': {
            const p = (e as unknown as InvoicePaymentReversed).data;
            const r = await tx.query<{ customer_id: string; company_id: string }>(
              `UPDATE billing_invoices SET paid_principal_cents = paid_principal_cents - $2, discount_cents = discount_cents - $3,
                 fine_interest_cents = fine_interest_cents - (SELECT fine_cents + interest_cents FROM billing_payments WHERE id = $4), version = $5, updated_at = $6
               WHERE id = $1 RETURNING customer_id, company_id`,
              [invoiceId, p.principalCents, p.discountCents, p.paymentId, e.streamVersion, at],
            );
            const pay = await tx.query<{ method: string; amount_cents: string }>(`UPDATE billing_payments SET reversed = true WHERE id = $1 RETURNING method, amount_cents`, [p.paymentId]);
            const inv = r.rows[0]!;
            const creditDelta = -p.overpaidCents + (pay.rows[0]?.method === 'credit' ? Number(pay.rows[0].amount_cents) : 0);
            if (creditDelta !== 0) await credit(tx, inv.company_id, inv.customer_id, creditDelta);
            await tx.query(`UPDATE billing_invoices SET status = ${STATUS_SQL} WHERE id = $1`, [invoiceId]);
            break;
          }
          case 'InvoiceCancelled':
            await tx.query(`UPDATE billing_invoices SET status = 'cancelled', version = $2, updated_at = $3 WHERE id = $1`, [invoiceId, e.streamVersion, at]);
            break;
          case 'InvoicePixChargeRegistered': {
            const d = (e as unknown as InvoicePixChargeRegistered).data;
            await tx.query(`UPDATE billing_invoices SET pix_txid = $2, version = $3, updated_at = $4 WHERE id = $1`, [invoiceId, d.pix.txid, e.streamVersion, at]);
            break;
          }
          case 'InvoiceWrittenOff':
          case 'InvoiceWriteOffReversed': {
            const d = (e as unknown as InvoiceWrittenOff | InvoiceWriteOffReversed).data;
            const delta = e.type === 'InvoiceWrittenOff' ? d.amountCents : -d.amountCents;
            await tx.query(`UPDATE billing_invoices SET written_off_cents = written_off_cents + $2, version = $3, updated_at = $4 WHERE id = $1`, [invoiceId, delta, e.streamVersion, at]);
            await tx.query(`UPDATE billing_invoices SET status = ${STATUS_SQL} WHERE id = $1`, [invoiceId]);
            break;
          }
          case 'InvoiceDueDateChanged': {
            const d = (e as unknown as InvoiceDueDateChanged).data;
            await tx.query(
              `UPDATE billing_invoices SET due_date = $2, digitable_line = coalesce($3, digitable_line), version = $4, updated_at = $5 WHERE id = $1`,
              [invoiceId, d.dueDate, d.boleto?.digitableLine ?? null, e.streamVersion, at],
            );
            break;
          }
          case 'InvoiceRenegotiated':
          case 'InvoiceRenegotiationUndone': {
            const d = (e as unknown as InvoiceRenegotiated | InvoiceRenegotiationUndone).data;
            const delta = e.type === 'InvoiceRenegotiated' ? d.amountCents : -d.amountCents;
            await tx.query(
              `UPDATE billing_invoices SET renegotiated_cents = renegotiated_cents + $2, agreement_id = $3, version = $4, updated_at = $5 WHERE id = $1`,
              [invoiceId, delta, d.agreementId, e.streamVersion, at],
            );
            await tx.query(`UPDATE billing_invoices SET status = ${STATUS_SQL} WHERE id = $1`, [invoiceId]);
            break;
          }
        }
      }
      await flush();
    },
  };
}

async function insertIssued(tx: Transaction, rows: Array<Record<string, unknown>>): Promise<void> {
  await tx.query(
    `INSERT INTO billing_invoices (id, company_id, number, customer_id, contract_id, competence, run_id, issued_on, due_date, total_cents, status,
       collection_account_id, bank_code, nosso_numero, nosso_numero_key, digitable_line, pix_txid, rules, version, updated_at)
     SELECT id, company_id, number, customer_id, contract_id, competence, run_id, issued_on, due_date, total_cents, 'open',
       collection_account_id, bank_code, nosso_numero, nosso_numero_key, digitable_line, pix_txid, rules, 1, updated_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, company_id text, number bigint, customer_id text, contract_id text, competence text,
         run_id text, issued_on date, due_date date, total_cents bigint, collection_account_id text, bank_code text, nosso_numero text,
         nosso_numero_key text, digitable_line text, pix_txid text, rules jsonb, updated_at timestamptz)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

/** Invoice totals and statuses (summed per invoice), payment rows, and customer credits when any: three statements per batch at most. */
async function insertPayments(tx: Transaction, batch: Array<{ e: RecordedEvent; p: InvoicePaymentRecorded['data'] }>): Promise<void> {
  const rows = batch.map(({ e, p }) => ({
    id: p.paymentId, invoice_id: e.streamId.slice('invoice-'.length), method: p.method, amount_cents: p.amountCents, principal_cents: p.principalCents,
    fine_cents: p.fineCents, interest_cents: p.interestCents, discount_cents: p.discountCents, fees_cents: p.feesCents, overpaid_cents: p.overpaidCents,
    paid_on: p.paidOn, source_kind: p.source.kind, source_ref: p.source.reference, recorded_at: e.recordedAt.toISOString(), version: e.streamVersion,
    credit_delta: p.overpaidCents - (p.method === 'credit' ? p.amountCents : 0),
  }));
  const json = JSON.stringify(rows);
  const RECORD = `x(id text, invoice_id text, method text, amount_cents bigint, principal_cents bigint, fine_cents bigint, interest_cents bigint, discount_cents bigint,
    fees_cents bigint, overpaid_cents bigint, paid_on date, source_kind text, source_ref text, recorded_at timestamptz, version int, credit_delta bigint)`;
  // The status follows from the new totals in the same statement (a second UPDATE would rewrite every row again).
  await tx.query(
    `UPDATE billing_invoices i SET paid_principal_cents = i.paid_principal_cents + s.principal, discount_cents = i.discount_cents + s.discount,
       fine_interest_cents = i.fine_interest_cents + s.fine_interest, version = s.version, updated_at = s.at,
       status = CASE WHEN i.status = 'cancelled' THEN 'cancelled'
         WHEN i.total_cents - (i.paid_principal_cents + s.principal) - (i.discount_cents + s.discount) - i.written_off_cents - i.renegotiated_cents > 0
           THEN CASE WHEN i.paid_principal_cents + s.principal + i.discount_cents + s.discount + i.renegotiated_cents > 0 THEN 'partially_paid' ELSE 'open' END
         WHEN i.written_off_cents > 0 THEN 'written_off'
         WHEN i.renegotiated_cents > 0 THEN 'renegotiated' ELSE 'paid' END
     FROM (SELECT invoice_id, sum(principal_cents) AS principal, sum(discount_cents) AS discount, sum(fine_cents + interest_cents) AS fine_interest,
             max(version) AS version, max(recorded_at) AS at FROM jsonb_to_recordset($1::jsonb) AS ${RECORD} GROUP BY invoice_id) s
     WHERE i.id = s.invoice_id`,
    [json],
  );
  await tx.query(
    `INSERT INTO billing_payments (id, invoice_id, company_id, customer_id, method, amount_cents, principal_cents, fine_cents, interest_cents, discount_cents,
       fees_cents, overpaid_cents, paid_on, source_kind, source_ref, recorded_at)
     SELECT x.id, x.invoice_id, i.company_id, i.customer_id, x.method, x.amount_cents, x.principal_cents, x.fine_cents, x.interest_cents, x.discount_cents,
       x.fees_cents, x.overpaid_cents, x.paid_on, x.source_kind, x.source_ref, x.recorded_at
       FROM jsonb_to_recordset($1::jsonb) AS ${RECORD} JOIN billing_invoices i ON i.id = x.invoice_id
     ON CONFLICT (id) DO NOTHING`,
    [json],
  );
  if (rows.every((r) => r.credit_delta === 0)) return;
  await tx.query(
    `INSERT INTO billing_customer_credits (company_id, customer_id, balance_cents)
     SELECT i.company_id, i.customer_id, sum(x.credit_delta) FROM jsonb_to_recordset($1::jsonb) AS ${RECORD} JOIN billing_invoices i ON i.id = x.invoice_id
      WHERE x.credit_delta <> 0 GROUP BY i.company_id, i.customer_id
     ON CONFLICT (company_id, customer_id) DO UPDATE SET balance_cents = billing_customer_credits.balance_cents + EXCLUDED.balance_cents`,
    [json],
  );
}

async function credit(tx: Transaction, companyId: string, customerId: string, delta: number): Promise<void> {
  await tx.query(
    `INSERT INTO billing_customer_credits (company_id, customer_id, balance_cents) VALUES ($1, $2, $3)
     ON CONFLICT (company_id, customer_id) DO UPDATE SET balance_cents = billing_customer_credits.balance_cents + EXCLUDED.balance_cents`,
    [companyId, customerId, delta],
  );
}
