import type { ProjectionProcessor, RecordedEvent, Transaction } from '@netprovider/event-store';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { revenueKeyOfItem, type SystemKey } from '../domain/chart-of-accounts.js';
import { INVOICE_EVENT_TYPES, type InvoiceEvent } from '../infrastructure/billing.gateway.js';
import { cashAccountId, ensureFinanceDefaults, receiptsAccountId } from './finance-defaults.js';

/**
 * Finance's view of billing, built from billing's invoice events (never its tables), exactly once:
 * - `finance_receivables`: what each invoice still owes (aging, delinquency, projected cash flow);
 * - `finance_entries`: DRE postings. Revenue on the competence basis (the invoice's month of service, or its
 *   issue month for one-off invoices), by item kind; negative items are discounts; fine and interest,
 *   payment discounts and bank fees when paid; cancellations and bad debt (write-offs) when they happen;
 *   agreement instalments carry debt already recognised, so only their fine and interest are revenue;
 * - `finance_cash_movements`: every receipt lands in a bank or cash account (cash at the counter in the cash
 *   box; anything else in the bank account linked to the invoice's collection account, else the default one),
 *   bank fees leave it; a reversed payment posts the opposite movements and entries.
 */
export function financeLedgerProjection(): ProjectionProcessor {
  const ready = new Set<string>();
  return {
    kind: 'projection',
    name: 'finance-ledger',
    eventTypes: INVOICE_EVENT_TYPES,
    batchSize: 500,
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      for (const raw of events) {
        if (!raw.streamId.startsWith('invoice-')) continue;
        const companyId = raw.metadata.companyId as string | undefined;
        if (!companyId) continue;
        if (!ready.has(companyId)) {
          await ensureFinanceDefaults(tx, companyId);
          ready.add(companyId);
        }
        await apply(tx, companyId, raw);
      }
    },
    async reset(tx: Transaction) {
      ready.clear();
      await tx.query('DELETE FROM finance_receivables');
      await tx.query('DELETE FROM finance_entries');
      await tx.query(`DELETE FROM finance_cash_movements WHERE kind IN ('receipt', 'bank-fee')`);
    },
  };
}

async function entry(tx: Transaction, id: string, companyId: string, date: string, month: string, key: SystemKey, amountCents: number, invoiceId: string, reference: string | null) {
  if (amountCents === 0) return;
  await tx.query(
    `INSERT INTO finance_entries (id, company_id, date, month, system_key, amount_cents, invoice_id, reference) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
    [id, companyId, date, month, key, amountCents, invoiceId, reference],
  );
}

async function apply(tx: Transaction, companyId: string, raw: RecordedEvent): Promise<void> {
  const e = raw as unknown as InvoiceEvent;
  const invoiceId = raw.streamId.slice('invoice-'.length);
  const today = saoPauloDate(raw.recordedAt);
  switch (e.type) {
    case 'InvoiceIssued': {
      const d = e.data;
      const month = d.competence ?? d.issuedOn.slice(0, 7);
      const instalment = d.items.some((i) => i.kind === 'agreement' || i.kind === 'agreement-charges');
      const revenue = d.items.filter((i) => i.kind !== 'agreement').reduce((s, i) => s + i.amountCents, 0);
      await tx.query(
        `INSERT INTO finance_receivables (invoice_id, company_id, customer_id, number, issued_on, due_date, total_cents, collection_account_id, agreement_instalment, revenue_cents)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (invoice_id) DO NOTHING`,
        [invoiceId, companyId, d.customerId, d.number, d.issuedOn, d.dueDate, d.totalCents, d.boleto?.collectionAccountId ?? null, instalment, revenue],
      );
      for (const [i, item] of d.items.entries()) {
        const key = revenueKeyOfItem(item.kind, item.amountCents);
        if (key) await entry(tx, `${raw.id}:${i}`, companyId, d.issuedOn, month, key, Math.abs(item.amountCents), invoiceId, null);
      }
      return;
    }
    case 'InvoicePaymentRecorded': {
      const p = e.data;
      await tx.query('UPDATE finance_receivables SET paid_cents = paid_cents + $2 WHERE invoice_id = $1', [invoiceId, p.principalCents + p.discountCents]);
      const month = p.paidOn.slice(0, 7);
      await entry(tx, `${raw.id}:fi`, companyId, p.paidOn, month, 'revenue.fines-interest', p.fineCents + p.interestCents, invoiceId, p.paymentId);
      await entry(tx, `${raw.id}:disc`, companyId, p.paidOn, month, 'deduction.discounts', p.discountCents, invoiceId, p.paymentId);
      await entry(tx, `${raw.id}:fee`, companyId, p.paidOn, month, 'expense.bank-fees', p.feesCents, invoiceId, p.paymentId);
      if (p.method === 'credit') return; // the customer's own credit: no money moves
      const account = p.method === 'cash' ? cashAccountId(companyId) : await receiptAccount(tx, companyId, invoiceId);
      const date = p.creditedOn ?? p.paidOn;
      await tx.query(
        `INSERT INTO finance_cash_movements (id, company_id, bank_account_id, date, amount_cents, kind, system_key, description, reference)
         VALUES ($1, $2, $3, $4, $5, 'receipt', NULL, $6, $7) ON CONFLICT (id) DO NOTHING`,
        [`${raw.id}:in`, companyId, account, date, p.amountCents, `Recebimento (${p.method}) da fatura ${invoiceId}`, p.paymentId],
      );
      if (p.feesCents > 0) {
        await tx.query(
          `INSERT INTO finance_cash_movements (id, company_id, bank_account_id, date, amount_cents, kind, system_key, description, reference)
           VALUES ($1, $2, $3, $4, $5, 'bank-fee', 'expense.bank-fees', $6, $7) ON CONFLICT (id) DO NOTHING`,
          [`${raw.id}:fee`, companyId, account, date, -p.feesCents, `Tarifa de cobrança da fatura ${invoiceId}`, p.paymentId],
        );
      }
      return;
    }
    case 'InvoicePaymentReversed': {
      const p = e.data;
      await tx.query('UPDATE finance_receivables SET paid_cents = paid_cents - $2 WHERE invoice_id = $1', [invoiceId, p.principalCents + p.discountCents]);
      await tx.query(
        `INSERT INTO finance_entries (id, company_id, date, month, system_key, amount_cents, invoice_id, reference)
         SELECT id || ':rev', company_id, $2, $3, system_key, -amount_cents, invoice_id, $4 FROM finance_entries WHERE reference = $1 ON CONFLICT (id) DO NOTHING`,
        [p.paymentId, today, today.slice(0, 7), `${p.paymentId}:reversed`],
      );
      await tx.query(
        `INSERT INTO finance_cash_movements (id, company_id, bank_account_id, date, amount_cents, kind, system_key, description, reference)
         SELECT id || ':rev', company_id, bank_account_id, $2, -amount_cents, kind, system_key, 'Estorno: ' || description, $3
           FROM finance_cash_movements WHERE reference = $1 ON CONFLICT (id) DO NOTHING`,
        [p.paymentId, today, `${p.paymentId}:reversed`],
      );
      return;
    }
    case 'InvoiceCancelled': {
      const r = await tx.query<{ revenue_cents: string }>('UPDATE finance_receivables SET cancelled = true WHERE invoice_id = $1 RETURNING revenue_cents', [invoiceId]);
      await entry(tx, `${raw.id}:cancel`, companyId, today, today.slice(0, 7), 'deduction.cancellations', Number(r.rows[0]?.revenue_cents ?? 0), invoiceId, null);
      return;
    }
    case 'InvoiceWrittenOff':
    case 'InvoiceWriteOffReversed': {
      const amount = e.type === 'InvoiceWrittenOff' ? e.data.amountCents : -e.data.amountCents;
      await tx.query('UPDATE finance_receivables SET written_off_cents = written_off_cents + $2 WHERE invoice_id = $1', [invoiceId, amount]);
      await entry(tx, `${raw.id}:bad-debt`, companyId, today, today.slice(0, 7), 'expense.bad-debt', amount, invoiceId, null);
      return;
    }
    case 'InvoiceRenegotiated':
    case 'InvoiceRenegotiationUndone': {
      const amount = e.type === 'InvoiceRenegotiated' ? e.data.amountCents : -e.data.amountCents;
      await tx.query('UPDATE finance_receivables SET renegotiated_cents = renegotiated_cents + $2 WHERE invoice_id = $1', [invoiceId, amount]);
      return;
    }
    case 'InvoicePixChargeRegistered':
      return;
  }
}

async function receiptAccount(tx: Transaction, companyId: string, invoiceId: string): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `SELECT b.id FROM finance_receivables r JOIN finance_bank_accounts b ON b.company_id = r.company_id AND b.collection_account_id = r.collection_account_id AND b.active
      WHERE r.invoice_id = $1 ORDER BY b.created_at LIMIT 1`,
    [invoiceId],
  );
  return r.rows[0]?.id ?? receiptsAccountId(companyId);
}
