import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Database, SqlExecutor } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import { addMonths, daysInMonth } from '../../../shared-kernel/business-date.js';
import { DomainError } from '../domain/domain-error.js';
import type { AccountKind } from '../domain/chart-of-accounts.js';
import { ensureFinanceDefaults } from '../ledger/finance-defaults.js';

export interface AccountRow { id: string; code: string; name: string; kind: AccountKind; systemKey: string | null; active: boolean }
export interface BankAccountRow {
  id: string; name: string; kind: 'bank' | 'cash'; bankCode: string | null; agency: string | null; account: string | null; collectionAccountId: string | null;
  defaultFor: string | null; openingBalanceCents: number; balanceCents: number; active: boolean;
}
export interface SupplierRow { id: string; name: string; document: string | null; email: string | null; phone: string | null; active: boolean }
/** A cash movement of a bank or cash account: `receipt`, `bank-fee`, `payment` or `transfer`; negative amounts leave the account. */
export interface MovementRow { id: string; date: string; amountCents: number; kind: string; description: string; reference: string | null }
/** A transfer between two of the company's accounts, as asked (two movements were recorded). */
export interface TransferView { id: string; fromAccountId: string; toAccountId: string; amountCents: number; date: string; description?: string }
export interface PayableInstalmentView {
  number: number; dueDate: string; amountCents: number; paidCents: number; openCents: number; paidOn: string | null; bankAccountId: string | null;
}
export type PayableStatus = 'open' | 'paid' | 'cancelled';
/** A bill to pay (conta a pagar) with its instalments. */
export interface PayableView {
  id: string; supplierId: string | null; supplierName: string | null; description: string; document: string | null;
  account: { id: string; code: string; name: string }; competence: string; issueDate: string; totalCents: number;
  status: PayableStatus; recurringBillId: string | null; instalments: PayableInstalmentView[];
}
export interface RecurringBillView {
  id: string; supplierId: string | null; description: string; accountId: string; amountCents: number; dueDay: number; startMonth: string; endMonth: string | null; active: boolean;
}
export interface RecurringBillInput { supplierId?: string; description: string; accountId: string; amountCents: number; dueDay: number; startMonth: string; endMonth?: string }
/** POST /finance/recurring-bills answers the bill as given (optional fields absent, not null), with its id. */
export type RecurringBillCreated = { id: string } & RecurringBillInput & { active: boolean };
export interface PayableInput {
  supplierId?: string; description: string; document?: string; accountId: string; competence?: string; issueDate: string;
  instalments: Array<{ dueDate: string; amountCents: number }>; recurringBillId?: string;
}

const n = (v: unknown) => Number(v ?? 0);

/**
 * The company's books as plain rows: chart of accounts, suppliers, bank and cash accounts (balance = opening
 * balance + movements), transfers, payables with instalments, recurring bills. No event sourcing here: these
 * are reference data and bookkeeping rows, each change audited by the HTTP audit log.
 */
@Injectable()
export class BooksRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async ready(companyId: string): Promise<void> {
    await ensureFinanceDefaults(this.db, companyId);
  }

  // ── chart of accounts ────────────────────────────────────────────────────────────────────────────────
  async accounts(companyId: string): Promise<AccountRow[]> {
    await this.ready(companyId);
    const r = await this.db.query<{ id: string; code: string; name: string; kind: AccountKind; system_key: string | null; active: boolean }>(
      'SELECT id, code, name, kind, system_key, active FROM finance_accounts WHERE company_id = $1 ORDER BY code', [companyId],
    );
    return r.rows.map((x) => ({ id: x.id, code: x.code, name: x.name, kind: x.kind, systemKey: x.system_key, active: x.active }));
  }

  async account(companyId: string, id: string, exec: SqlExecutor = this.db): Promise<AccountRow | null> {
    const r = await exec.query<{ id: string; code: string; name: string; kind: AccountKind; system_key: string | null; active: boolean }>(
      'SELECT id, code, name, kind, system_key, active FROM finance_accounts WHERE company_id = $1 AND id = $2', [companyId, id],
    );
    const x = r.rows[0];
    return x ? { id: x.id, code: x.code, name: x.name, kind: x.kind, systemKey: x.system_key, active: x.active } : null;
  }

  async addAccount(companyId: string, a: { code: string; name: string; kind: AccountKind }): Promise<AccountRow> {
    await this.ready(companyId);
    const exists = await this.db.query('SELECT 1 FROM finance_accounts WHERE company_id = $1 AND code = $2', [companyId, a.code]);
    if (exists.rows.length) throw new DomainError('finance.duplicate-code', { field: 'code', reason: 'another account has this code' });
    const id = randomUUID();
    await this.db.query('INSERT INTO finance_accounts (id, company_id, code, name, kind) VALUES ($1, $2, $3, $4, $5)', [id, companyId, a.code, a.name, a.kind]);
    return (await this.account(companyId, id))!;
  }

  async updateAccount(companyId: string, id: string, patch: { name?: string; active?: boolean }): Promise<AccountRow> {
    const current = await this.account(companyId, id);
    if (!current) throw new DomainError('finance.account-not-found');
    if (patch.active === false && current.systemKey) throw new DomainError('finance.system-account', { systemKey: current.systemKey }, 'Finance posts to this account on its own: rename it, but keep it active.');
    await this.db.query('UPDATE finance_accounts SET name = $3, active = $4, updated_at = now() WHERE company_id = $1 AND id = $2', [companyId, id, patch.name ?? current.name, patch.active ?? current.active]);
    return (await this.account(companyId, id))!;
  }

  // ── suppliers ────────────────────────────────────────────────────────────────────────────────────────
  async suppliers(companyId: string): Promise<SupplierRow[]> {
    const r = await this.db.query<SupplierRow>(
      'SELECT id, name, document, email, phone, active FROM finance_suppliers WHERE company_id = $1 ORDER BY name', [companyId],
    );
    return r.rows;
  }

  async addSupplier(companyId: string, s: { name: string; document?: string; email?: string; phone?: string }): Promise<SupplierRow> {
    const id = randomUUID();
    await this.db.query('INSERT INTO finance_suppliers (id, company_id, name, document, email, phone) VALUES ($1, $2, $3, $4, $5, $6)', [id, companyId, s.name, s.document ?? null, s.email ?? null, s.phone ?? null]);
    return { id, name: s.name, document: s.document ?? null, email: s.email ?? null, phone: s.phone ?? null, active: true };
  }

  // ── bank and cash accounts ───────────────────────────────────────────────────────────────────────────
  async bankAccounts(companyId: string, exec: SqlExecutor = this.db): Promise<BankAccountRow[]> {
    await ensureFinanceDefaults(exec, companyId);
    const r = await exec.query<Record<string, unknown>>(
      `SELECT b.id, b.name, b.kind, b.bank_code, b.agency, b.account, b.collection_account_id, b.default_for, b.opening_balance_cents, b.active,
              b.opening_balance_cents + coalesce((SELECT sum(amount_cents) FROM finance_cash_movements m WHERE m.bank_account_id = b.id), 0) AS balance
         FROM finance_bank_accounts b WHERE b.company_id = $1 ORDER BY b.kind DESC, b.name`,
      [companyId],
    );
    return r.rows.map((x) => ({
      id: x.id as string, name: x.name as string, kind: x.kind as 'bank' | 'cash', bankCode: (x.bank_code as string) ?? null, agency: (x.agency as string) ?? null,
      account: (x.account as string) ?? null, collectionAccountId: (x.collection_account_id as string) ?? null, defaultFor: (x.default_for as string) ?? null,
      openingBalanceCents: n(x.opening_balance_cents), balanceCents: n(x.balance), active: x.active as boolean,
    }));
  }

  async addBankAccount(companyId: string, a: { name: string; kind: 'bank' | 'cash'; bankCode?: string; agency?: string; account?: string; collectionAccountId?: string; openingBalanceCents?: number; openingDate?: string }) {
    await this.ready(companyId);
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO finance_bank_accounts (id, company_id, name, kind, bank_code, agency, account, collection_account_id, opening_balance_cents, opening_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [id, companyId, a.name, a.kind, a.bankCode ?? null, a.agency ?? null, a.account ?? null, a.collectionAccountId ?? null, a.openingBalanceCents ?? 0, a.openingDate ?? null],
    );
    return (await this.bankAccounts(companyId)).find((b) => b.id === id)!;
  }

  private async requireBankAccount(exec: SqlExecutor, companyId: string, id: string, field: string): Promise<void> {
    const r = await exec.query('SELECT 1 FROM finance_bank_accounts WHERE company_id = $1 AND id = $2 AND active', [companyId, id]);
    if (!r.rows.length) throw new DomainError('finance.unknown-bank-account', { field, reason: 'not an active bank or cash account of this company' });
  }

  async movements(companyId: string, bankAccountId: string, from?: string, to?: string): Promise<MovementRow[]> {
    await this.requireBankAccount(this.db, companyId, bankAccountId, 'id');
    const r = await this.db.query<{ id: string; date: string; amount_cents: string | number; kind: string; description: string; reference: string | null }>(
      `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, amount_cents, kind, description, reference FROM finance_cash_movements
        WHERE company_id = $1 AND bank_account_id = $2 AND ($3::date IS NULL OR date >= $3) AND ($4::date IS NULL OR date <= $4) ORDER BY date, created_at, id LIMIT 1000`,
      [companyId, bankAccountId, from ?? null, to ?? null],
    );
    return r.rows.map((x) => ({ id: x.id, date: x.date, amountCents: n(x.amount_cents), kind: x.kind, description: x.description, reference: x.reference }));
  }

  async transfer(companyId: string, t: Omit<TransferView, 'id'>): Promise<TransferView> {
    if (t.fromAccountId === t.toAccountId) throw new DomainError('finance.same-account', { field: 'toAccountId', reason: 'a different account' });
    const id = randomUUID();
    await this.db.transaction(async (tx) => {
      await this.requireBankAccount(tx, companyId, t.fromAccountId, 'fromAccountId');
      await this.requireBankAccount(tx, companyId, t.toAccountId, 'toAccountId');
      const text = t.description ?? 'Transferência entre contas';
      await tx.query(
        `INSERT INTO finance_cash_movements (id, company_id, bank_account_id, date, amount_cents, kind, description, reference)
         VALUES ($1, $3, $4, $6, $7, 'transfer', $8, $2), ($2 || ':in', $3, $5, $6, $9, 'transfer', $8, $2)`,
        [`${id}:out`, id, companyId, t.fromAccountId, t.toAccountId, t.date, -t.amountCents, text, t.amountCents],
      );
    });
    return { id, ...t };
  }

  // ── payables ─────────────────────────────────────────────────────────────────────────────────────────
  async addPayable(companyId: string, p: PayableInput, exec?: SqlExecutor): Promise<string> {
    if (!exec) return this.db.transaction((tx) => this.addPayable(companyId, p, tx));
    await ensureFinanceDefaults(exec, companyId);
    const account = await this.account(companyId, p.accountId, exec);
    if (!account || !account.active) throw new DomainError('finance.unknown-account', { field: 'accountId', reason: 'an active account of the chart' });
    if (account.kind === 'revenue') throw new DomainError('finance.revenue-account', { field: 'accountId', reason: 'a deduction, cost or expense account' });
    if (p.supplierId) {
      const s = await exec.query('SELECT 1 FROM finance_suppliers WHERE company_id = $1 AND id = $2', [companyId, p.supplierId]);
      if (!s.rows.length) throw new DomainError('finance.unknown-supplier', { field: 'supplierId', reason: 'a supplier of this company' });
    }
    const id = randomUUID();
    const total = p.instalments.reduce((s, i) => s + i.amountCents, 0);
    const inserted = await exec.query(
      `INSERT INTO finance_payables (id, company_id, supplier_id, description, document, account_id, competence, issue_date, total_cents, status, recurring_bill_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10) ON CONFLICT DO NOTHING RETURNING id`,
      [id, companyId, p.supplierId ?? null, p.description, p.document ?? null, p.accountId, p.competence ?? p.issueDate.slice(0, 7), p.issueDate, total, p.recurringBillId ?? null],
    );
    if (!inserted.rows.length) return '';
    await exec.query(
      `INSERT INTO finance_payable_instalments (payable_id, number, company_id, due_date, amount_cents)
       SELECT $1, x.number, $2, x.due_date, x.amount_cents FROM jsonb_to_recordset($3::jsonb) AS x(number int, due_date date, amount_cents bigint)`,
      [id, companyId, JSON.stringify(p.instalments.map((i, k) => ({ number: k + 1, due_date: i.dueDate, amount_cents: i.amountCents })))],
    );
    return id;
  }

  async payable(companyId: string, id: string): Promise<PayableView | null> {
    const r = await this.db.query<{
      id: string; supplier_id: string | null; supplier_name: string | null; description: string; document: string | null; account_id: string; account_code: string;
      account_name: string; competence: string; issue_date: string; total_cents: string | number; status: PayableStatus; recurring_bill_id: string | null;
    }>(
      `SELECT p.id, p.supplier_id, s.name AS supplier_name, p.description, p.document, p.account_id, a.code AS account_code, a.name AS account_name, p.competence,
              to_char(p.issue_date, 'YYYY-MM-DD') AS issue_date, p.total_cents, p.status, p.recurring_bill_id
         FROM finance_payables p JOIN finance_accounts a ON a.id = p.account_id LEFT JOIN finance_suppliers s ON s.id = p.supplier_id
        WHERE p.company_id = $1 AND p.id = $2`,
      [companyId, id],
    );
    const x = r.rows[0];
    if (!x) return null;
    const i = await this.db.query<{ number: number; due_date: string; amount_cents: string | number; paid_cents: string | number; paid_on: string | null; bank_account_id: string | null }>(
      `SELECT number, to_char(due_date, 'YYYY-MM-DD') AS due_date, amount_cents, paid_cents, to_char(paid_on, 'YYYY-MM-DD') AS paid_on, bank_account_id
         FROM finance_payable_instalments WHERE payable_id = $1 ORDER BY number`,
      [id],
    );
    return {
      id: x.id, supplierId: x.supplier_id ?? null, supplierName: x.supplier_name ?? null, description: x.description, document: x.document ?? null,
      account: { id: x.account_id, code: x.account_code, name: x.account_name }, competence: x.competence, issueDate: x.issue_date, totalCents: n(x.total_cents),
      status: x.status, recurringBillId: x.recurring_bill_id ?? null,
      instalments: i.rows.map((y) => ({
        number: y.number, dueDate: y.due_date, amountCents: n(y.amount_cents), paidCents: n(y.paid_cents), openCents: n(y.amount_cents) - n(y.paid_cents),
        paidOn: y.paid_on ?? null, bankAccountId: y.bank_account_id ?? null,
      })),
    };
  }

  async payables(companyId: string, f: { status?: string; competence?: string; dueFrom?: string; dueTo?: string }): Promise<PayableView[]> {
    const r = await this.db.query<{ id: string }>(
      `SELECT p.id FROM finance_payables p WHERE p.company_id = $1 AND ($2::text IS NULL OR p.status = $2) AND ($3::text IS NULL OR p.competence = $3)
          AND ($4::date IS NULL OR EXISTS (SELECT 1 FROM finance_payable_instalments i WHERE i.payable_id = p.id AND i.due_date >= $4))
          AND ($5::date IS NULL OR EXISTS (SELECT 1 FROM finance_payable_instalments i WHERE i.payable_id = p.id AND i.due_date <= $5))
        ORDER BY p.issue_date, p.created_at LIMIT 500`,
      [companyId, f.status ?? null, f.competence ?? null, f.dueFrom ?? null, f.dueTo ?? null],
    );
    const items: PayableView[] = [];
    for (const row of r.rows) items.push((await this.payable(companyId, row.id))!); // ids just read
    return items;
  }

  /** Pays one instalment from a bank or cash account: the movement and the instalment change together. */
  /**
   * Pays an instalment, in full (no `amountCents`) or in part: each payment is a cash movement on the bank
   * account; the instalment is paid (`paidOn`) when nothing is left open, the bill when all its instalments are.
   */
  async payInstalment(companyId: string, payableId: string, number: number, p: { bankAccountId: string; paidOn: string; amountCents?: number }): Promise<PayableView> {
    await this.db.transaction(async (tx) => {
      const r = await tx.query<{ status: string; description: string; account_id: string; amount_cents: string; paid_cents: string; payments: number; paid_on: string | null }>(
        `SELECT p.status, p.description, p.account_id, i.amount_cents, i.paid_cents, i.payments, i.paid_on FROM finance_payables p JOIN finance_payable_instalments i ON i.payable_id = p.id
          WHERE p.company_id = $1 AND p.id = $2 AND i.number = $3 FOR UPDATE`,
        [companyId, payableId, number],
      );
      const row = r.rows[0];
      if (!row) throw new DomainError('finance.payable-not-found');
      if (row.status === 'cancelled') throw new DomainError('finance.payable-cancelled', { current: row.status });
      if (row.paid_on) throw new DomainError('finance.instalment-paid', { paidOn: row.paid_on }, 'This instalment is already paid.');
      const open = Number(row.amount_cents) - Number(row.paid_cents);
      const amount = p.amountCents ?? open;
      if (amount > open) throw new DomainError('finance.payment-exceeds-open', { field: 'amountCents', reason: `at most the open balance, ${open} centavos` });
      await this.requireBankAccount(tx, companyId, p.bankAccountId, 'bankAccountId');
      const seq = Number(row.payments) + 1;
      const full = amount === open;
      await tx.query(
        `UPDATE finance_payable_instalments SET paid_cents = paid_cents + $3, payments = $4, paid_on = CASE WHEN $5::boolean THEN $6::date ELSE NULL END,
           bank_account_id = $7 WHERE payable_id = $1 AND number = $2`,
        [payableId, number, amount, seq, full, p.paidOn, p.bankAccountId],
      );
      await tx.query(
        `INSERT INTO finance_cash_movements (id, company_id, bank_account_id, date, amount_cents, kind, account_id, description, reference)
         VALUES ($1, $2, $3, $4, $5, 'payment', $6, $7, $8)`,
        [
          seq === 1 ? `${payableId}:${number}` : `${payableId}:${number}:${seq}`, companyId, p.bankAccountId, p.paidOn, -amount, row.account_id,
          `Pagamento${full && seq === 1 ? '' : full ? ' (saldo)' : ' parcial'}: ${row.description} (parcela ${number})`, payableId,
        ],
      );
      await tx.query(
        `UPDATE finance_payables SET status = CASE WHEN EXISTS (SELECT 1 FROM finance_payable_instalments WHERE payable_id = $1 AND paid_on IS NULL) THEN 'open' ELSE 'paid' END WHERE id = $1`,
        [payableId],
      );
    });
    return (await this.payable(companyId, payableId))!; // found in the transaction above
  }

  async cancelPayable(companyId: string, id: string): Promise<PayableView> {
    const r = await this.db.query(
      `UPDATE finance_payables SET status = 'cancelled' WHERE company_id = $1 AND id = $2 AND status = 'open'
         AND NOT EXISTS (SELECT 1 FROM finance_payable_instalments WHERE payable_id = $2 AND (paid_on IS NOT NULL OR paid_cents > 0)) RETURNING id`,
      [companyId, id],
    );
    if (!r.rows.length) {
      if (!(await this.payable(companyId, id))) throw new DomainError('finance.payable-not-found');
      throw new DomainError('finance.payable-not-cancellable', {}, 'Only an open bill with nothing paid can be cancelled.');
    }
    return (await this.payable(companyId, id))!; // just updated
  }

  // ── recurring bills ──────────────────────────────────────────────────────────────────────────────────
  async addRecurringBill(companyId: string, b: RecurringBillInput): Promise<RecurringBillCreated> {
    await this.ready(companyId);
    const account = await this.account(companyId, b.accountId);
    if (!account || account.kind === 'revenue') throw new DomainError('finance.unknown-account', { field: 'accountId', reason: 'an active deduction, cost or expense account' });
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO finance_recurring_bills (id, company_id, supplier_id, description, account_id, amount_cents, due_day, start_month, end_month) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, companyId, b.supplierId ?? null, b.description, b.accountId, b.amountCents, b.dueDay, b.startMonth, b.endMonth ?? null],
    );
    return { id, ...b, active: true };
  }

  async recurringBills(companyId: string): Promise<RecurringBillView[]> {
    const r = await this.db.query<{
      id: string; supplier_id: string | null; description: string; account_id: string; amount_cents: string | number; due_day: number; start_month: string; end_month: string | null; active: boolean;
    }>(
      'SELECT id, supplier_id, description, account_id, amount_cents, due_day, start_month, end_month, active FROM finance_recurring_bills WHERE company_id = $1 ORDER BY description', [companyId],
    );
    return r.rows.map((x) => ({
      id: x.id, supplierId: x.supplier_id ?? null, description: x.description, accountId: x.account_id, amountCents: n(x.amount_cents), dueDay: x.due_day,
      startMonth: x.start_month, endMonth: x.end_month ?? null, active: x.active,
    }));
  }

  /** The month's bill of every active recurring bill (once: a second run creates nothing). */
  async generateRecurring(companyId: string, month: string): Promise<{ created: number }> {
    const bills = (await this.recurringBills(companyId)).filter((b) => b.active && (b.startMonth as string) <= month && (!b.endMonth || (b.endMonth as string) >= month));
    let created = 0;
    const [y, m] = month.split('-').map(Number) as [number, number];
    for (const b of bills) {
      const dueDate = `${month}-${String(Math.min(b.dueDay as number, daysInMonth(y, m))).padStart(2, '0')}`;
      const id = await this.addPayable(companyId, {
        supplierId: (b.supplierId as string | null) ?? undefined, description: `${b.description as string} ${month.slice(5)}/${month.slice(0, 4)}`, accountId: b.accountId as string,
        competence: month, issueDate: `${month}-01`, instalments: [{ dueDate, amountCents: b.amountCents }], recurringBillId: b.id as string,
      });
      if (id) created++;
    }
    return { created };
  }
}

/** `count` monthly instalments of `totalCents` from `firstDueDate` (centavos that do not divide go to the first). */
export function splitInstalments(totalCents: number, count: number, firstDueDate: string): Array<{ dueDate: string; amountCents: number }> {
  const each = Math.floor(totalCents / count);
  return Array.from({ length: count }, (_, k) => ({ dueDate: addMonths(firstDueDate, k), amountCents: each + (k === 0 ? totalCents - each * count : 0) }));
}
