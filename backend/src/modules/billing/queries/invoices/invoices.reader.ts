import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';

export interface InvoiceFilter {
  customerId?: string;
  contractId?: string;
  status?: InvoiceListStatus;
  competence?: string;
  dueFrom?: string;
  dueTo?: string;
  page: number;
  pageSize: number;
}

export type InvoiceListStatus = 'open' | 'partially_paid' | 'paid' | 'cancelled' | 'overdue' | 'written_off' | 'renegotiated';

export interface InvoiceListItem {
  id: string;
  number: number;
  customerId: string;
  contractId: string | null;
  competence: string | null;
  issuedOn: string;
  dueDate: string;
  totalCents: number;
  paidCents: number;
  outstandingCents: number;
  status: InvoiceListStatus;
  bankCode: string | null;
  nossoNumero: string | null;
  digitableLine: string | null;
}

export interface InvoicePage {
  items: InvoiceListItem[];
  page: number;
  pageSize: number;
  total: number;
}

/**
 * The invoice list from the read model. "overdue" = open or partially paid with a due date before
 * `overdueBefore` (the caller passes the last date payable without charges, computed on the calendar).
 */
@Injectable()
export class InvoicesReader {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async list(companyId: string, f: InvoiceFilter, overdueBefore: string): Promise<InvoicePage> {
    const where = ['company_id = $1'];
    const args: unknown[] = [companyId];
    const add = (sql: string, v: unknown) => {
      args.push(v);
      where.push(sql.replace('?', `$${args.length}`));
    };
    if (f.customerId) add('customer_id = ?', f.customerId);
    if (f.contractId) add('contract_id = ?', f.contractId);
    if (f.competence) add('competence = ?', f.competence);
    if (f.dueFrom) add('due_date >= ?', f.dueFrom);
    if (f.dueTo) add('due_date <= ?', f.dueTo);
    if (f.status === 'overdue') {
      where.push(`status IN ('open', 'partially_paid')`);
      add('due_date < ?', overdueBefore);
    } else if (f.status) add('status = ?', f.status);
    const total = Number((await this.db.query<{ n: string }>(`SELECT count(*) AS n FROM billing_invoices WHERE ${where.join(' AND ')}`, args)).rows[0]!.n);
    args.push(f.pageSize, (f.page - 1) * f.pageSize);
    const r = await this.db.query<{
      id: string; number: string; customer_id: string; contract_id: string | null; competence: string | null; issued_on: string; due_date: string; total_cents: string;
      paid_principal_cents: string; discount_cents: string; written_off_cents: string; renegotiated_cents: string; status: string; bank_code: string | null; nosso_numero: string | null; digitable_line: string | null;
    }>(
      `SELECT id, number, customer_id, contract_id, competence, issued_on::text AS issued_on, due_date::text AS due_date, total_cents, paid_principal_cents,
              discount_cents, written_off_cents, renegotiated_cents, status, bank_code, nosso_numero, digitable_line
         FROM billing_invoices WHERE ${where.join(' AND ')} ORDER BY due_date DESC, number DESC LIMIT $${args.length - 1} OFFSET $${args.length}`,
      args,
    );
    return {
      page: f.page, pageSize: f.pageSize, total,
      items: r.rows.map((x) => {
        const outstanding = Number(x.total_cents) - Number(x.paid_principal_cents) - Number(x.discount_cents) - Number(x.written_off_cents) - Number(x.renegotiated_cents);
        const overdue = (x.status === 'open' || x.status === 'partially_paid') && x.due_date < overdueBefore;
        return {
          id: x.id, number: Number(x.number), customerId: x.customer_id, contractId: x.contract_id, competence: x.competence, issuedOn: x.issued_on, dueDate: x.due_date,
          totalCents: Number(x.total_cents), paidCents: Number(x.paid_principal_cents), outstandingCents: outstanding, status: overdue ? 'overdue' : (x.status as InvoiceListStatus),
          bankCode: x.bank_code, nossoNumero: x.nosso_numero, digitableLine: x.digitable_line,
        };
      }),
    };
  }

  /** Bank instructions sent by remessa for an invoice (pedido de baixa, alteração de vencimento) and the bank's confirmation, oldest first. */
  async bankInstructions(companyId: string, invoiceId: string): Promise<BankInstruction[]> {
    const r = await this.db.query<{ kind: string; reason: string; remittance_id: string; sequence: number; movement_code: string; sent_at: Date | string; confirmed_at: Date | string | null; confirmation_code: string | null; confirmation_date: string | null; due_date: string | null }>(
      `SELECT kind, reason, remittance_id, sequence, movement_code, sent_at, confirmed_at, confirmation_code, to_char(confirmation_date, 'YYYY-MM-DD') AS confirmation_date,
              to_char(due_date, 'YYYY-MM-DD') AS due_date
         FROM billing_remittance_instructions WHERE company_id = $1 AND invoice_id = $2 ORDER BY sent_at`,
      [companyId, invoiceId],
    );
    const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
    return r.rows.map((x) => ({
      kind: x.kind, reason: x.reason, remittanceId: x.remittance_id, sequence: Number(x.sequence), movementCode: x.movement_code, sentAt: iso(x.sent_at)!,
      status: x.confirmed_at ? 'confirmed' : 'sent', confirmedAt: iso(x.confirmed_at), confirmationCode: x.confirmation_code, confirmationDate: x.confirmation_date,
      ...(x.kind === 'change-due-date' ? { dueDate: x.due_date } : {}),
    }));
  }
}

export interface BankInstruction {
  kind: string;
  reason: string;
  remittanceId: string;
  sequence: number;
  movementCode: string;
  sentAt: string;
  status: 'sent' | 'confirmed';
  confirmedAt: string | null;
  confirmationCode: string | null;
  confirmationDate: string | null;
  /** change-due-date: the new due date the instruction 06 carried */
  dueDate?: string | null;
}
