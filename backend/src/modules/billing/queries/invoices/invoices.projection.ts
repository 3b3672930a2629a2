import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import { nossoNumeroKey } from '../../domain/collection-account.js';
import { INVOICE_EVENT_TYPES, type InvoiceIssued, type InvoicePaymentRecorded, type InvoicePaymentReversed, type InvoicePixChargeRegistered } from '../../domain/invoice.events.js';

const STATUS_SQL = `CASE WHEN status = 'cancelled' THEN 'cancelled'
  WHEN total_cents - paid_principal_cents - discount_cents <= 0 THEN 'paid'
  WHEN paid_principal_cents + discount_cents > 0 THEN 'partially_paid' ELSE 'open' END`;

/**
 * billing_invoices, billing_payments and billing_customer_credits, folded inside the append transaction.
 * Issued invoices are written with one statement per batch (a billing run appends thousands at once).
 */
export function invoicesProjection(): InlineProjection {
  return {
    name: 'billing-invoices',
    eventTypes: INVOICE_EVENT_TYPES,
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      const issued: Array<Record<string, unknown>> = [];
      const flush = async () => {
        if (!issued.length) return;
        await tx.query(
          `INSERT INTO billing_invoices (id, company_id, number, customer_id, contract_id, competence, run_id, issued_on, due_date, total_cents, status,
             collection_account_id, bank_code, nosso_numero, nosso_numero_key, digitable_line, pix_txid, version, updated_at)
           SELECT id, company_id, number, customer_id, contract_id, competence, run_id, issued_on, due_date, total_cents, 'open',
             collection_account_id, bank_code, nosso_numero, nosso_numero_key, digitable_line, pix_txid, 1, updated_at
             FROM jsonb_to_recordset($1::jsonb) AS x(id text, company_id text, number bigint, customer_id text, contract_id text, competence text,
               run_id text, issued_on date, due_date date, total_cents bigint, collection_account_id text, bank_code text, nosso_numero text,
               nosso_numero_key text, digitable_line text, pix_txid text, updated_at timestamptz)
           ON CONFLICT (id) DO NOTHING`,
          [JSON.stringify(issued)],
        );
        issued.length = 0;
      };
      for (const e of events) {
        if (!e.streamId.startsWith('invoice-')) continue;
        const at = e.recordedAt.toISOString();
        if (e.type === 'InvoiceIssued') {
          const d = (e as unknown as InvoiceIssued).data;
          issued.push({
            id: d.invoiceId, company_id: e.metadata.companyId, number: d.number, customer_id: d.customerId, contract_id: d.contractId, competence: d.competence,
            run_id: d.runId, issued_on: d.issuedOn, due_date: d.dueDate, total_cents: d.totalCents, collection_account_id: d.boleto?.collectionAccountId ?? null,
            bank_code: d.boleto?.bankCode ?? null, nosso_numero: d.boleto?.nossoNumero ?? null, nosso_numero_key: d.boleto ? nossoNumeroKey(d.boleto.nossoNumero) : null,
            digitable_line: d.boleto?.digitableLine ?? null, pix_txid: d.pix?.txid ?? null, updated_at: at,
          });
          continue;
        }
        await flush();
        const invoiceId = e.streamId.slice('invoice-'.length);
        switch (e.type) {
          case 'InvoicePaymentRecorded': {
            const p = (e as unknown as InvoicePaymentRecorded).data;
            const r = await tx.query<{ customer_id: string; company_id: string }>(
              `UPDATE billing_invoices SET paid_principal_cents = paid_principal_cents + $2, discount_cents = discount_cents + $3,
                 fine_interest_cents = fine_interest_cents + $4, version = $5, updated_at = $6 WHERE id = $1 RETURNING customer_id, company_id`,
              [invoiceId, p.principalCents, p.discountCents, p.fineCents + p.interestCents, e.streamVersion, at],
            );
            const inv = r.rows[0]!;
            await tx.query(
              `INSERT INTO billing_payments (id, invoice_id, company_id, customer_id, method, amount_cents, principal_cents, fine_cents, interest_cents, discount_cents,
                 fees_cents, overpaid_cents, paid_on, source_kind, source_ref, recorded_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT (id) DO NOTHING`,
              [p.paymentId, invoiceId, inv.company_id, inv.customer_id, p.method, p.amountCents, p.principalCents, p.fineCents, p.interestCents, p.discountCents,
                p.feesCents, p.overpaidCents, p.paidOn, p.source.kind, p.source.reference, at],
            );
            const creditDelta = p.overpaidCents - (p.method === 'credit' ? p.amountCents : 0);
            if (creditDelta !== 0) await credit(tx, inv.company_id, inv.customer_id, creditDelta);
            break;
          }
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
        }
        if (e.type !== 'InvoiceCancelled') await tx.query(`UPDATE billing_invoices SET status = ${STATUS_SQL} WHERE id = $1`, [invoiceId]);
      }
      await flush();
    },
  };
}

async function credit(tx: Transaction, companyId: string, customerId: string, delta: number): Promise<void> {
  await tx.query(
    `INSERT INTO billing_customer_credits (company_id, customer_id, balance_cents) VALUES ($1, $2, $3)
     ON CONFLICT (company_id, customer_id) DO UPDATE SET balance_cents = billing_customer_credits.balance_cents + EXCLUDED.balance_cents`,
    [companyId, customerId, delta],
  );
}
