import type { ProjectionProcessor, RecordedEvent, Transaction } from '@netprovider/event-store';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { allocate } from '../domain/cash-basis.js';
import { revenueKeyOfItem, type SystemKey } from '../domain/chart-of-accounts.js';
import { INVOICE_EVENT_TYPES, type InvoiceEvent, type InvoiceIssued } from '../infrastructure/billing.gateway.js';
import { cashAccountId, ensureFinanceDefaults, receiptsAccountId } from './finance-defaults.js';

/**
 * Finance's view of billing, built from billing's invoice events (never its tables), exactly once:
 * - `finance_receivables`: what each invoice still owes (aging, delinquency, projected cash flow);
 * - `finance_entries`: DRE postings. Revenue on the competence basis (the invoice's month of service, or its
 *   issue month for one-off invoices), by item kind; negative items are discounts; fine and interest,
 *   payment discounts and bank fees when paid; cancellations and bad debt (write-offs) when they happen;
 *   agreement instalments carry debt already recognised, so only their fine and interest are revenue. Each
 *   entry says its basis: accrual only (invoice lines, discounts, cancellations, bad debt), cash only (the
 *   principal a payment settles, split over the services it paid for), or both (fine and interest, bank fees);
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
      // Consecutive issues (a billing run appends thousands) are written with two statements; anything else
      // flushes them first, so order is kept and the batch's transaction stays short.
      const issued: Issued[] = [];
      const flush = () => insertIssued(tx, issued.splice(0));
      for (const raw of events) {
        if (!raw.streamId.startsWith('invoice-')) continue;
        const companyId = raw.metadata.companyId as string | undefined;
        if (!companyId) continue;
        if (!ready.has(companyId)) {
          await ensureFinanceDefaults(tx, companyId);
          ready.add(companyId);
        }
        if (raw.type === 'InvoiceIssued') {
          issued.push(issuedRows(companyId, raw));
          continue;
        }
        if (issued.length) await flush();
        await apply(tx, companyId, raw);
      }
      if (issued.length) await flush();
    },
    async reset(tx: Transaction) {
      ready.clear();
      await tx.query('DELETE FROM finance_receivables');
      await tx.query('DELETE FROM finance_entries');
      await tx.query(`DELETE FROM finance_cash_movements WHERE kind IN ('receipt', 'bank-fee')`);
    },
  };
}

type Basis = 'accrual' | 'cash' | 'both';

async function entry(tx: Transaction, id: string, companyId: string, date: string, month: string, key: SystemKey, amountCents: number, invoiceId: string, reference: string | null, basis: Basis) {
  if (amountCents === 0) return;
  await tx.query(
    `INSERT INTO finance_entries (id, company_id, date, month, system_key, amount_cents, invoice_id, reference, basis) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
    [id, companyId, date, month, key, amountCents, invoiceId, reference, basis],
  );
}

type Split = Partial<Record<SystemKey | 'agreement', number>>;

/**
 * Cash basis: the principal a payment settles is revenue of the services the invoice charged, in proportion
 * to its revenue lines; an agreement instalment's debt part is split like the invoices it renegotiated.
 */
async function cashRevenue(tx: Transaction, invoiceId: string, principalCents: number): Promise<Split> {
  const r = await tx.query<{ revenue_split: Split; agreement_id: string | null }>('SELECT revenue_split, agreement_id FROM finance_receivables WHERE invoice_id = $1', [invoiceId]);
  const row = r.rows[0];
  if (!row) return {};
  const first = allocate(principalCents, row.revenue_split);
  const agreementPart = first.agreement ?? 0;
  delete first.agreement;
  if (!agreementPart) return first;
  const originals = await tx.query<{ revenue_split: Split }>('SELECT revenue_split FROM finance_receivables WHERE agreement_id = $1 AND NOT agreement_instalment', [row.agreement_id]);
  const weights: Split = {};
  for (const o of originals.rows) {
    for (const [k, v] of Object.entries(o.revenue_split) as Array<[SystemKey | 'agreement', number]>) {
      const key = k === 'agreement' ? 'revenue.other' : k; // an agreement of an agreement: no finer split kept
      weights[key] = (weights[key] ?? 0) + v;
    }
  }
  const second = allocate(agreementPart, Object.keys(weights).length ? weights : { 'revenue.other': 1 });
  for (const [k, v] of Object.entries(second) as Array<[SystemKey, number]>) first[k] = (first[k] ?? 0) + v;
  return first;
}

async function apply(tx: Transaction, companyId: string, raw: RecordedEvent): Promise<void> {
  const e = raw as unknown as InvoiceEvent;
  const invoiceId = raw.streamId.slice('invoice-'.length);
  const today = saoPauloDate(raw.recordedAt);
  switch (e.type) {
    case 'InvoiceIssued':
      return insertIssued(tx, [issuedRows(companyId, raw)]);
    case 'InvoicePaymentRecorded': {
      const p = e.data;
      await tx.query('UPDATE finance_receivables SET paid_cents = paid_cents + $2 WHERE invoice_id = $1', [invoiceId, p.principalCents + p.discountCents]);
      const month = p.paidOn.slice(0, 7);
      await entry(tx, `${raw.id}:fi`, companyId, p.paidOn, month, 'revenue.fines-interest', p.fineCents + p.interestCents, invoiceId, p.paymentId, 'both');
      await entry(tx, `${raw.id}:disc`, companyId, p.paidOn, month, 'deduction.discounts', p.discountCents, invoiceId, p.paymentId, 'accrual');
      await entry(tx, `${raw.id}:fee`, companyId, p.paidOn, month, 'expense.bank-fees', p.feesCents, invoiceId, p.paymentId, 'both');
      for (const [key, cents] of Object.entries(await cashRevenue(tx, invoiceId, p.principalCents)) as Array<[SystemKey, number]>) {
        await entry(tx, `${raw.id}:cash:${key}`, companyId, p.paidOn, month, key, cents, invoiceId, p.paymentId, 'cash');
      }
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
        `INSERT INTO finance_entries (id, company_id, date, month, system_key, amount_cents, invoice_id, reference, basis)
         SELECT id || ':rev', company_id, $2, $3, system_key, -amount_cents, invoice_id, $4, basis FROM finance_entries WHERE reference = $1 ON CONFLICT (id) DO NOTHING`,
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
      await entry(tx, `${raw.id}:cancel`, companyId, today, today.slice(0, 7), 'deduction.cancellations', Number(r.rows[0]?.revenue_cents ?? 0), invoiceId, null, 'accrual');
      return;
    }
    case 'InvoiceWrittenOff':
    case 'InvoiceWriteOffReversed': {
      const amount = e.type === 'InvoiceWrittenOff' ? e.data.amountCents : -e.data.amountCents;
      await tx.query('UPDATE finance_receivables SET written_off_cents = written_off_cents + $2 WHERE invoice_id = $1', [invoiceId, amount]);
      await entry(tx, `${raw.id}:bad-debt`, companyId, today, today.slice(0, 7), 'expense.bad-debt', amount, invoiceId, null, 'accrual');
      return;
    }
    case 'InvoiceRenegotiated':
    case 'InvoiceRenegotiationUndone': {
      const amount = e.type === 'InvoiceRenegotiated' ? e.data.amountCents : -e.data.amountCents;
      await tx.query('UPDATE finance_receivables SET renegotiated_cents = renegotiated_cents + $2, agreement_id = $3 WHERE invoice_id = $1', [invoiceId, amount, e.data.agreementId]);
      return;
    }
    case 'InvoiceDueDateChanged':
      // alteração de vencimento: aging and the projected cash flow follow the new date
      await tx.query('UPDATE finance_receivables SET due_date = $2 WHERE invoice_id = $1', [invoiceId, e.data.dueDate]);
      return;
    case 'InvoicePixChargeRegistered':
      return;
  }
}

interface Issued {
  receivable: Record<string, unknown>;
  entries: Array<Record<string, unknown>>;
}

function issuedRows(companyId: string, raw: RecordedEvent): Issued {
  const d = (raw as unknown as InvoiceIssued).data;
  const invoiceId = raw.streamId.slice('invoice-'.length);
  const month = d.competence ?? d.issuedOn.slice(0, 7);
  const instalment = d.items.some((i) => i.kind === 'agreement' || i.kind === 'agreement-charges');
  const split: Split = {};
  const entries: Array<Record<string, unknown>> = [];
  for (const [i, item] of d.items.entries()) {
    const key = revenueKeyOfItem(item.kind, item.amountCents);
    const weight = item.kind === 'agreement' ? 'agreement' : key;
    if (weight && item.amountCents > 0) split[weight] = (split[weight] ?? 0) + item.amountCents;
    if (key && item.amountCents !== 0) {
      entries.push({ id: `${raw.id}:${i}`, company_id: companyId, date: d.issuedOn, month, system_key: key, amount_cents: Math.abs(item.amountCents), invoice_id: invoiceId });
    }
  }
  return {
    receivable: {
      invoice_id: invoiceId, company_id: companyId, customer_id: d.customerId, number: d.number, issued_on: d.issuedOn, due_date: d.dueDate, total_cents: d.totalCents,
      collection_account_id: d.boleto?.collectionAccountId ?? null, agreement_instalment: instalment,
      revenue_cents: d.items.filter((i) => i.kind !== 'agreement').reduce((s, i) => s + i.amountCents, 0),
      revenue_split: split, agreement_id: instalment ? (d.items.find((i) => i.reference)?.reference ?? null) : null,
    },
    entries,
  };
}

async function insertIssued(tx: Transaction, batch: Issued[]): Promise<void> {
  await tx.query(
    `INSERT INTO finance_receivables (invoice_id, company_id, customer_id, number, issued_on, due_date, total_cents, collection_account_id, agreement_instalment, revenue_cents,
       revenue_split, agreement_id)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(invoice_id text, company_id text, customer_id text, number bigint, issued_on date, due_date date, total_cents bigint,
       collection_account_id text, agreement_instalment boolean, revenue_cents bigint, revenue_split jsonb, agreement_id text)
     ON CONFLICT (invoice_id) DO NOTHING`,
    [JSON.stringify(batch.map((b) => b.receivable))],
  );
  const entries = batch.flatMap((b) => b.entries);
  if (!entries.length) return;
  await tx.query(
    `INSERT INTO finance_entries (id, company_id, date, month, system_key, amount_cents, invoice_id, reference, basis)
     SELECT id, company_id, date, month, system_key, amount_cents, invoice_id, NULL, 'accrual'
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, company_id text, date date, month text, system_key text, amount_cents bigint, invoice_id text)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(entries)],
  );
}

async function receiptAccount(tx: Transaction, companyId: string, invoiceId: string): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `SELECT b.id FROM finance_receivables r JOIN finance_bank_accounts b ON b.company_id = r.company_id AND b.collection_account_id = r.collection_account_id AND b.active
      WHERE r.invoice_id = $1 ORDER BY b.created_at LIMIT 1`,
    [invoiceId],
  );
  return r.rows[0]?.id ?? receiptsAccountId(companyId);
}
