import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import { aging, rateBp } from '../domain/aging.js';
import type { AccountKind } from '../domain/chart-of-accounts.js';
import { buildDre, type Dre } from '../domain/dre.js';
import { ensureFinanceDefaults } from '../ledger/finance-defaults.js';

const n = (v: unknown) => Number(v ?? 0);
export type DreBasis = 'accrual' | 'cash';
const OUTSTANDING = 'total_cents - paid_cents - written_off_cents - renegotiated_cents';

/**
 * Reports over finance's own read models (receivables, DRE entries, cash movements, payables). Amounts are
 * integer centavos; the projection from billing trails the log by a moment (reports are not read-your-writes).
 */
@Injectable()
export class FinanceReportsReader {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * DRE for a month or a range of months (quarter, year) on the accrual (competence) basis: invoice revenue by the invoice's competence; fine and
   * interest, payment discounts and bank fees by payment date; cancellations and bad debt when they happen;
   * payables by their competence (cancelled bills excluded). Cash basis: revenue is the principal received,
   * split over the services each payment paid for, plus fine and interest; bills count when paid; discounts,
   * cancellations and bad debt never moved money and do not appear.
   */
  async dre(companyId: string, from: string, to: string = from, basis: DreBasis = 'accrual'): Promise<{ from: string; to: string; basis: DreBasis } & Dre> {
    await ensureFinanceDefaults(this.db, companyId);
    const bills = basis === 'accrual'
      ? `SELECT sum(p.total_cents) FROM finance_payables p WHERE p.company_id = a.company_id AND p.competence BETWEEN $2 AND $3 AND p.account_id = a.id AND p.status <> 'cancelled'`
      : `SELECT -sum(m.amount_cents) FROM finance_cash_movements m
          WHERE m.company_id = a.company_id AND m.kind = 'payment' AND m.account_id = a.id AND to_char(m.date, 'YYYY-MM') BETWEEN $2 AND $3`;
    const r = await this.db.query<{ code: string; name: string; kind: AccountKind; amount: string | null }>(
      `SELECT a.code, a.name, a.kind,
              coalesce((SELECT sum(e.amount_cents) FROM finance_entries e
                         WHERE e.company_id = a.company_id AND e.month BETWEEN $2 AND $3 AND e.system_key = a.system_key AND e.basis IN ($4, 'both')), 0)
            + coalesce((${bills}), 0) AS amount
         FROM finance_accounts a WHERE a.company_id = $1 ORDER BY a.code`,
      [companyId, from, to, basis],
    );
    return { from, to, basis, ...buildDre(r.rows.map((x) => ({ code: x.code, name: x.name, kind: x.kind, amountCents: n(x.amount) }))) };
  }

  /** Receivables aging on `asOf`: what is still owed (open or partially paid), by days past due. */
  async aging(companyId: string, asOf: string) {
    const r = await this.db.query<{ due_date: string; outstanding: string }>(
      `SELECT to_char(due_date, 'YYYY-MM-DD') AS due_date, ${OUTSTANDING} AS outstanding FROM finance_receivables
        WHERE company_id = $1 AND NOT cancelled AND issued_on <= $2 AND ${OUTSTANDING} > 0`,
      [companyId, asOf],
    );
    return { asOf, ...aging(r.rows.map((x) => ({ dueDate: x.due_date, outstandingCents: n(x.outstanding) })), asOf) };
  }

  /**
   * Delinquency by due month: of what fell due in the month (cancelled invoices excluded; agreement instalments
   * excluded, their debt is counted on the original invoices), the share not received — still open,
   * written off or sitting in an agreement (as the books stand now).
   */
  async delinquency(companyId: string, from: string, to: string) {
    const r = await this.db.query<{ month: string; due: string; unpaid: string }>(
      `SELECT to_char(due_date, 'YYYY-MM') AS month, sum(total_cents) AS due, sum(total_cents - paid_cents) AS unpaid
         FROM finance_receivables WHERE company_id = $1 AND NOT cancelled AND NOT agreement_instalment AND due_date >= $2::date AND due_date < $3::date
        GROUP BY 1 ORDER BY 1`,
      [companyId, `${from}-01`, nextMonthStart(to)],
    );
    return {
      from, to,
      months: r.rows.map((x) => ({ month: x.month, dueCents: n(x.due), unpaidCents: n(x.unpaid), rateBp: rateBp(n(x.unpaid), n(x.due)) })),
    };
  }

  /**
   * Cash flow by month: realised (receipts and payments that moved money; transfers cancel out and are left
   * out) and projected (what open invoices and unpaid bills are due to bring or take, by due date).
   */
  async cashFlow(companyId: string, from: string, to: string) {
    const realised = await this.db.query<{ month: string; inflow: string; outflow: string }>(
      `SELECT to_char(date, 'YYYY-MM') AS month, sum(CASE WHEN amount_cents > 0 THEN amount_cents ELSE 0 END) AS inflow,
              sum(CASE WHEN amount_cents < 0 THEN -amount_cents ELSE 0 END) AS outflow
         FROM finance_cash_movements WHERE company_id = $1 AND kind <> 'transfer' AND date >= $2::date AND date < $3::date GROUP BY 1`,
      [companyId, `${from}-01`, nextMonthStart(to)],
    );
    const inflow = await this.db.query<{ month: string; amount: string }>(
      `SELECT to_char(due_date, 'YYYY-MM') AS month, sum(${OUTSTANDING}) AS amount FROM finance_receivables
        WHERE company_id = $1 AND NOT cancelled AND ${OUTSTANDING} > 0 AND due_date >= $2::date AND due_date < $3::date GROUP BY 1`,
      [companyId, `${from}-01`, nextMonthStart(to)],
    );
    const outflow = await this.db.query<{ month: string; amount: string }>(
      `SELECT to_char(i.due_date, 'YYYY-MM') AS month, sum(i.amount_cents - i.paid_cents) AS amount FROM finance_payable_instalments i JOIN finance_payables p ON p.id = i.payable_id
        WHERE i.company_id = $1 AND p.status <> 'cancelled' AND i.paid_on IS NULL AND i.due_date >= $2::date AND i.due_date < $3::date GROUP BY 1`,
      [companyId, `${from}-01`, nextMonthStart(to)],
    );
    const months: string[] = [];
    for (let m = from; m <= to; m = nextMonthStart(m).slice(0, 7)) months.push(m);
    const pick = (rows: Array<{ month: string }>, m: string) => rows.find((x) => x.month === m) as Record<string, string> | undefined;
    return {
      from, to,
      months: months.map((m) => {
        const r = pick(realised.rows, m);
        const realisedIn = n(r?.inflow);
        const realisedOut = n(r?.outflow);
        const projectedIn = n(pick(inflow.rows, m)?.amount);
        const projectedOut = n(pick(outflow.rows, m)?.amount);
        return { month: m, realisedInCents: realisedIn, realisedOutCents: realisedOut, projectedInCents: projectedIn, projectedOutCents: projectedOut, netCents: realisedIn - realisedOut + projectedIn - projectedOut };
      }),
    };
  }
}

function nextMonthStart(month: string): string {
  const [y, m] = month.slice(0, 7).split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
