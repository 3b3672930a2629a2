import type { InlineProjection, RecordedEvent } from '@netprovider/event-store';

/*
 * collections_invoices: what dunning needs of each invoice (contract, due date, grace days, open amount),
 * folded from billing's invoice events inside their append transaction, so a reactor woken by a payment
 * always finds the invoice already settled here. Never billing's tables.
 */

interface Issued { invoiceId: string; customerId: string; contractId: string | null; dueDate: string; totalCents: number; rules: { graceDays: number } }
interface Paid { principalCents: number; discountCents: number }

/*
 * What no longer needs collecting: payments (principal + discount), and also the amount written off (baixa por
 * perda) or renegotiated into an agreement — those invoices are closed for dunning (an agreement's instalments
 * are collected instead). Reversing a write-off or breaking an agreement puts the amount back.
 */
const CLOSING_AMOUNT_SIGN: Readonly<Record<string, 1 | -1>> = {
  InvoiceWrittenOff: 1,
  InvoiceWriteOffReversed: -1,
  InvoiceRenegotiated: 1,
  InvoiceRenegotiationUndone: -1,
};

/** An alteração de vencimento moves the date dunning counts from (and wakes the dunning reactor, like a payment). */
interface DueDateChanged { dueDate: string }

export const COLLECTIONS_INVOICE_EVENT_TYPES = [
  'InvoiceIssued', 'InvoicePaymentRecorded', 'InvoicePaymentReversed', 'InvoiceCancelled',
  'InvoiceWrittenOff', 'InvoiceWriteOffReversed', 'InvoiceRenegotiated', 'InvoiceRenegotiationUndone',
  'InvoiceDueDateChanged',
] as const;

export function collectionsInvoicesProjection(): InlineProjection {
  return {
    name: 'collections-invoices',
    eventTypes: COLLECTIONS_INVOICE_EVENT_TYPES,
    async handle(events: readonly RecordedEvent[], tx) {
      const issued: Array<Record<string, unknown>> = [];
      const deltas = new Map<string, number>();
      const cancelled: string[] = [];
      const dueDates = new Map<string, string>();
      for (const e of events) {
        if (!e.streamId.startsWith('invoice-')) continue;
        const id = e.streamId.slice('invoice-'.length);
        if (e.type === 'InvoiceIssued') {
          const d = e.data as Issued;
          issued.push({ id: d.invoiceId, company_id: e.metadata.companyId, contract_id: d.contractId, customer_id: d.customerId, due_date: d.dueDate, grace_days: d.rules?.graceDays ?? 0, total_cents: d.totalCents, updated_at: e.recordedAt.toISOString() });
        } else if (e.type === 'InvoicePaymentRecorded' || e.type === 'InvoicePaymentReversed') {
          const d = e.data as Paid;
          const sign = e.type === 'InvoicePaymentRecorded' ? 1 : -1;
          deltas.set(id, (deltas.get(id) ?? 0) + sign * (d.principalCents + d.discountCents));
        } else if (e.type in CLOSING_AMOUNT_SIGN) {
          const { amountCents } = e.data as { amountCents: number };
          deltas.set(id, (deltas.get(id) ?? 0) + CLOSING_AMOUNT_SIGN[e.type]! * amountCents);
        } else if (e.type === 'InvoiceCancelled') cancelled.push(id);
        else if (e.type === 'InvoiceDueDateChanged') dueDates.set(id, (e.data as DueDateChanged).dueDate);
      }
      // Issue first, then payments, due dates, then cancellations: within one append that is also their causal order
      // (a later due-date change in the same append wins: the map keeps the last).
      if (issued.length) {
        await tx.query(
          `INSERT INTO collections_invoices (id, company_id, contract_id, customer_id, due_date, grace_days, total_cents, status, updated_at)
           SELECT id, company_id, contract_id, customer_id, due_date, grace_days, total_cents, 'open', updated_at
             FROM jsonb_to_recordset($1::jsonb) AS x(id text, company_id text, contract_id text, customer_id text, due_date date, grace_days int, total_cents bigint, updated_at timestamptz)
           ON CONFLICT (id) DO NOTHING`,
          [JSON.stringify(issued)],
        );
      }
      // Settled amount and status ('paid' = nothing left to collect) in one statement (a bank return settles thousands of invoices per append).
      if (deltas.size) {
        await tx.query(
          `UPDATE collections_invoices i SET settled_cents = i.settled_cents + x.delta, updated_at = now(),
             status = CASE WHEN i.status = 'cancelled' THEN 'cancelled' WHEN i.total_cents - (i.settled_cents + x.delta) <= 0 THEN 'paid' ELSE 'open' END
             FROM jsonb_to_recordset($1::jsonb) AS x(id text, delta bigint) WHERE i.id = x.id`,
          [JSON.stringify([...deltas].map(([id, delta]) => ({ id, delta })))],
        );
      }
      if (dueDates.size) {
        await tx.query(
          `UPDATE collections_invoices i SET due_date = x.due_date, updated_at = now() FROM jsonb_to_recordset($1::jsonb) AS x(id text, due_date date) WHERE i.id = x.id`,
          [JSON.stringify([...dueDates].map(([id, due_date]) => ({ id, due_date })))],
        );
      }
      if (cancelled.length) await tx.query(`UPDATE collections_invoices SET status = 'cancelled', updated_at = now() WHERE id = ANY($1::text[])`, [cancelled]);
    },
  };
}
