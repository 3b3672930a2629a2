import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { z } from 'zod';
import { DATABASE } from '../../../../platform/database/tokens.js';

export const InvoiceSummaryQuery = z.object({
  customerId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  collectionAccountId: z.uuid().optional(),
  competence: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'a month YYYY-MM' }).optional(),
  dueFrom: z.iso.date({ error: 'a date YYYY-MM-DD' }).optional(),
  dueTo: z.iso.date({ error: 'a date YYYY-MM-DD' }).optional(),
  paidFrom: z.iso.date({ error: 'a date YYYY-MM-DD' }).optional(),
  paidTo: z.iso.date({ error: 'a date YYYY-MM-DD' }).optional(),
});
export type InvoiceSummaryFilter = z.infer<typeof InvoiceSummaryQuery>;

const Bucket = z.object({ count: z.number().int(), amountCents: z.number().int() });
export const InvoiceSummaryResponse = z.object({
  overdueBefore: z.iso.date().describe('open or partially paid invoices due before this date are overdue'),
  open: Bucket.describe('open or partially paid, not overdue: outstanding amount'),
  overdue: Bucket.describe('open or partially paid past the last day payable without charges: outstanding amount'),
  outstanding: Bucket.describe('open + overdue'),
  paid: Bucket.describe('fully paid (paidFrom/paidTo filter the date of the last payment): principal + fine + interest received'),
  cancelled: Bucket.describe('cancelled: invoiced total'),
  renegotiated: Bucket.describe('moved into a payment agreement: renegotiated amount'),
  writtenOff: Bucket.describe('written off (baixa por perda): written-off amount'),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummaryResponse>;

const OUTSTANDING = 'i.total_cents - i.paid_principal_cents - i.discount_cents - i.written_off_cents - i.renegotiated_cents';

/**
 * Counts and amounts by status in one statement over billing_invoices (the paid bucket's payment date is the
 * last non-reversed payment, read with a lateral subquery only for paid invoices).
 */
@Injectable()
export class InvoiceSummaryReader {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async summary(companyId: string, f: InvoiceSummaryFilter, overdueBefore: string): Promise<InvoiceSummary> {
    const where = ['i.company_id = $1'];
    const args: unknown[] = [companyId, overdueBefore];
    const add = (sql: string, v: unknown) => {
      args.push(v);
      where.push(sql.replace('?', `$${args.length}`));
    };
    if (f.customerId) add('i.customer_id = ?', f.customerId);
    if (f.contractId) add('i.contract_id = ?', f.contractId);
    if (f.collectionAccountId) add('i.collection_account_id = ?', f.collectionAccountId);
    if (f.competence) add('i.competence = ?', f.competence);
    if (f.dueFrom) add('i.due_date >= ?::date', f.dueFrom);
    if (f.dueTo) add('i.due_date <= ?::date', f.dueTo);
    const paid: string[] = [`i.status = 'paid'`];
    if (f.paidFrom) { args.push(f.paidFrom); paid.push(`lp.paid_on >= $${args.length}::date`); }
    if (f.paidTo) { args.push(f.paidTo); paid.push(`lp.paid_on <= $${args.length}::date`); }
    const isOpen = `i.status IN ('open', 'partially_paid')`;
    const open = `${isOpen} AND i.due_date >= $2::date`;
    const overdue = `${isOpen} AND i.due_date < $2::date`;
    const isPaid = paid.join(' AND ');
    const r = await this.db.query<Record<string, string>>(
      `SELECT count(*) FILTER (WHERE ${open}) AS open_n, coalesce(sum(${OUTSTANDING}) FILTER (WHERE ${open}), 0) AS open_c,
              count(*) FILTER (WHERE ${overdue}) AS overdue_n, coalesce(sum(${OUTSTANDING}) FILTER (WHERE ${overdue}), 0) AS overdue_c,
              count(*) FILTER (WHERE ${isPaid}) AS paid_n, coalesce(sum(i.paid_principal_cents + i.fine_interest_cents) FILTER (WHERE ${isPaid}), 0) AS paid_c,
              count(*) FILTER (WHERE i.status = 'cancelled') AS cancelled_n, coalesce(sum(i.total_cents) FILTER (WHERE i.status = 'cancelled'), 0) AS cancelled_c,
              count(*) FILTER (WHERE i.status = 'renegotiated') AS renegotiated_n, coalesce(sum(i.renegotiated_cents) FILTER (WHERE i.status = 'renegotiated'), 0) AS renegotiated_c,
              count(*) FILTER (WHERE i.status = 'written_off') AS written_off_n, coalesce(sum(i.written_off_cents) FILTER (WHERE i.status = 'written_off'), 0) AS written_off_c
         FROM billing_invoices i
         LEFT JOIN LATERAL (SELECT max(p.paid_on) AS paid_on FROM billing_payments p WHERE p.invoice_id = i.id AND NOT p.reversed) lp ON i.status = 'paid'
        WHERE ${where.join(' AND ')}`,
      args,
    );
    const x = r.rows[0]!;
    const b = (k: string) => ({ count: Number(x[`${k}_n`]), amountCents: Number(x[`${k}_c`]) });
    const o = b('open');
    const od = b('overdue');
    return {
      overdueBefore, open: o, overdue: od, outstanding: { count: o.count + od.count, amountCents: o.amountCents + od.amountCents },
      paid: b('paid'), cancelled: b('cancelled'), renegotiated: b('renegotiated'), writtenOff: b('written_off'),
    };
  }
}
