import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { cnab, CnabError } from '@netprovider/cobranca';
import type { Database, Transaction } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { addDays, saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { CustomersPublicApi, type Payer } from '../../../customers/public-api.js';
import { SUPPORTED_BANKS } from '../../domain/collection-account.js';
import type { LateChargeRules } from '../../domain/late-charges.js';
import { CollectionAccountsRepository, type CollectionAccountRecord } from '../../infrastructure/collection-accounts.repository.js';
import { InvoiceAggregates } from '../../infrastructure/invoice-aggregates.js';

type RemittanceInput = cnab.RemittanceInput;
type RemittanceTitle = cnab.RemittanceTitle;

/** Banks and layouts whose remessa `cnab.buildRemittance` writes (packages/cobranca/README.md). */
export const REMITTANCE_LAYOUTS: Record<240 | 400, readonly string[]> = { 240: cnab.REMITTANCE_240_BANKS, 400: cnab.REMITTANCE_400_BANKS };

export interface RemittanceResult {
  id: string;
  sequence: number;
  titles: number;
  totalCents: number;
  fileName: string;
  downloadUrl: string;
  /** Titles registered (entrada), write-off requests (pedido de baixa) and due-date changes (alteração de vencimento) in the file. */
  registrations: number;
  writeOffs: number;
  dueDateChanges: number;
  /** Invoices left out of this file (and still pending): why, by field. */
  skipped: Array<{ invoiceId: string; field: string; reason: string }>;
}

/** Why a registered boleto must be taken down at the bank: the invoice no longer expects that payment. */
export type WriteOffReason = 'cancelled' | 'written_off' | 'renegotiated' | 'paid-outside-bank';

interface Pending {
  id: string;
  number: number;
  customerId: string;
  issuedOn: string;
  dueDate: string;
  totalCents: number;
  nossoNumero: string;
}

/**
 * Bradesco's manual names remessa files CBDDMMNN.REM (day, month, file of the day); the other banks take any
 * name, so every bank gets that one.
 */
export function remittanceFileName(generatedOn: string, sequence: number): string {
  return `CB${generatedOn.slice(8, 10)}${generatedOn.slice(5, 7)}${String(sequence % 100).padStart(2, '0')}.REM`;
}

/** A remessa title for an invoice: payer from the customers context, fine/interest/discount from the invoice's own rules. */
export function remittanceTitle(inv: Pending, rules: LateChargeRules, payer: Payer, movement: cnab.RemittanceMovement = 'register'): RemittanceTitle {
  const a = payer.address!;
  const chargesFrom = addDays(inv.dueDate, rules.graceDays + 1);
  return {
    nossoNumero: inv.nossoNumero, yourNumber: String(inv.number), dueDate: inv.dueDate, amountCents: inv.totalCents, issueDate: inv.issuedOn,
    ...(movement === 'register' ? {} : { movement }),
    payer: {
      name: payer.name, document: payer.document, address: [`${a.street}, ${a.number}`, a.complement].filter(Boolean).join(' '), district: a.district,
      zipCode: a.zipCode, city: a.city, state: a.state,
    },
    ...(rules.finePercentBp > 0 ? { fine: { kind: 'percent' as const, value: rules.finePercentBp, date: chargesFrom } } : {}),
    ...(rules.interestMonthlyBp > 0 ? { interest: { kind: 'monthly' as const, value: rules.interestMonthlyBp, date: chargesFrom } } : {}),
    ...(rules.earlyDiscount ? { discount: { kind: 'fixed' as const, value: Math.min(rules.earlyDiscount.amountCents, inv.totalCents - 1), date: addDays(inv.dueDate, -rules.earlyDiscount.daysBefore) } } : {}),
  };
}

/** ISO date-time on the São Paulo wall clock: the remessa header carries the local date and time. */
function saoPauloDateTime(now: Date): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Sao_Paulo', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(now);
  return `${saoPauloDate(now)}T${time}`;
}

const accountProblem = (reason: string) =>
  new ProblemException(422, 'validation', 'Invalid request', `collectionAccountId ${reason}`, { errors: [{ field: 'collectionAccountId', reason }] });

/** CnabError messages quote the offending value (a payer's CPF, say): keep the field, drop the value. */
const withoutValues = (message: string) => message.replace(/"[^"]*"/g, '(valor omitido)');

/**
 * CNAB remessa: registers with the bank every open invoice of a collection account that no earlier
 * remessa carried. The file sequence (NSA) is taken from the account in the same transaction that records
 * which invoices the file holds (an invoice is in one remessa, ever: primary key), so concurrent requests
 * serialise on the account row and a failed one leaves no gap in the sequence.
 */
@Injectable()
export class GenerateRemittanceHandler {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly accounts: CollectionAccountsRepository,
    private readonly aggregates: InvoiceAggregates,
    private readonly customers: CustomersPublicApi,
  ) {}

  async generate(companyId: string, collectionAccountId: string | undefined, actorId: string): Promise<RemittanceResult> {
    const account = collectionAccountId ? await this.accounts.get(companyId, collectionAccountId) : await this.accounts.defaultFor(companyId);
    if (!account) throw accountProblem(collectionAccountId ? 'does not name a collection account of this company' : 'is required: the company has no active collection account');
    if (!REMITTANCE_LAYOUTS[account.cnabLayout]?.includes(account.bankCode)) {
      const bank = SUPPORTED_BANKS[account.bankCode]?.name ?? account.bankCode;
      throw accountProblem(`${bank} (${account.bankCode}) CNAB ${account.cnabLayout}: remessa not supported (CNAB 240: ${REMITTANCE_LAYOUTS[240].join(', ')}; CNAB 400: ${REMITTANCE_LAYOUTS[400].join(', ')})`);
    }
    const now = new Date();
    const generatedAt = saoPauloDateTime(now);
    const pending = await this.pending(companyId, account.id);
    const writeOffs = await this.pendingWriteOffs(companyId, account.id);
    const dueDateChanges = await this.pendingDueDateChanges(companyId, account.id);
    const skipped: RemittanceResult['skipped'] = [];
    const titles = new Map<string, RemittanceTitle>();
    const baixas = new Map<string, { title: RemittanceTitle; reason: WriteOffReason }>();
    const changes = new Map<string, { title: RemittanceTitle; dueDate: string }>();
    const toChange = new Set(dueDateChanges.map((x) => x.id));
    const payers = new Map<string, Payer | null>();
    for (const inv of [...pending, ...writeOffs, ...dueDateChanges]) {
      if (!payers.has(inv.customerId)) payers.set(inv.customerId, await this.customers.payer(companyId, inv.customerId));
      const payer = payers.get(inv.customerId);
      if (!payer || payer.erased || !payer.address) {
        skipped.push({ invoiceId: inv.id, field: 'payer', reason: 'the customer has no billing address (or was erased)' });
        continue;
      }
      const { state } = await this.aggregates.invoices.load(inv.id);
      const reason = 'reason' in inv ? (inv as PendingWriteOff).reason : null;
      const change = toChange.has(inv.id);
      const title = remittanceTitle(inv, state.rules!, payer, reason ? 'write-off' : change ? 'change-due-date' : 'register');
      const problem = this.check(account, generatedAt, title);
      if (problem) skipped.push({ invoiceId: inv.id, ...problem });
      else if (reason) baixas.set(inv.id, { title, reason });
      else if (change) changes.set(inv.id, { title, dueDate: inv.dueDate });
      else titles.set(inv.id, title);
    }
    if (!titles.size && !baixas.size && !changes.size) throw nothingToRemit(skipped);

    const id = randomUUID();
    const movementCode = cnab.remittanceMovementCode(account.bankCode, account.cnabLayout, 'write-off')!;
    const changeCode = cnab.remittanceMovementCode(account.bankCode, account.cnabLayout, 'change-due-date')!;
    return this.db.transaction(async (tx) => {
      const sequence = await this.accounts.nextRemittanceSequence(tx, account.id);
      // another remessa may have taken some of them while the titles were prepared: it waited on the same row lock
      const free = titles.size
        ? await tx.query<{ id: string }>(
          `SELECT id FROM billing_invoices i WHERE id = ANY($1::text[]) AND status IN ('open', 'partially_paid')
              AND NOT EXISTS (SELECT 1 FROM billing_remittance_items r WHERE r.invoice_id = i.id) ORDER BY number`,
          [[...titles.keys()]],
        )
        : { rows: [] };
      const invoiceIds = free.rows.map((r) => r.id);
      // a baixa is requested once per invoice, ever: the unique index decides, inside this transaction
      const baixaIds = [...baixas.keys()];
      const claimed = baixaIds.length
        ? await tx.query<{ invoice_id: string }>(
          `INSERT INTO billing_remittance_instructions (id, invoice_id, company_id, collection_account_id, kind, reason, remittance_id, sequence, movement_code, sent_at)
           SELECT x.invoice_id || ':write-off', x.invoice_id, $2, $3, 'write-off', x.reason, $4, $5, $6, $7
             FROM unnest($1::text[], $8::text[]) AS x(invoice_id, reason)
           ON CONFLICT DO NOTHING RETURNING invoice_id`,
          [baixaIds, companyId, account.id, id, sequence, movementCode, now.toISOString(), baixaIds.map((i) => baixas.get(i)!.reason)],
        )
        : { rows: [] };
      const claimedIds = new Set(claimed.rows.map((r) => r.invoice_id));
      const writeOffIds = baixaIds.filter((i) => claimedIds.has(i));
      // an alteração de vencimento is sent once per change: still pending now that this remessa holds the account's lock
      const changeIds = changes.size ? await this.stillPendingDueDateChanges(tx, [...changes].map(([invoiceId, c]) => ({ invoiceId, dueDate: c.dueDate }))) : [];
      if (changeIds.length) {
        await tx.query(
          `INSERT INTO billing_remittance_instructions (id, invoice_id, company_id, collection_account_id, kind, reason, remittance_id, sequence, movement_code, sent_at, due_date)
           SELECT x.invoice_id || ':change-due-date:' || $4, x.invoice_id, $2, $3, 'change-due-date', 'due-date-changed', $4, $5, $6, $7, x.due_date
             FROM unnest($1::text[], $8::date[]) AS x(invoice_id, due_date)`,
          [changeIds, companyId, account.id, id, sequence, changeCode, now.toISOString(), changeIds.map((i) => changes.get(i)!.dueDate)],
        );
      }
      if (!invoiceIds.length && !writeOffIds.length && !changeIds.length) throw nothingToRemit(skipped); // rolls the sequence back
      const fileTitles = [...invoiceIds.map((i) => titles.get(i)!), ...writeOffIds.map((i) => baixas.get(i)!.title), ...changeIds.map((i) => changes.get(i)!.title)];
      const input: RemittanceInput = { ...this.header(account, generatedAt), fileSequence: sequence, titles: fileTitles };
      const content = cnab.buildRemittance(input);
      const fileName = remittanceFileName(generatedAt, sequence);
      const totalCents = input.titles.reduce((s, x) => s + x.amountCents, 0);
      await tx.query(
        `INSERT INTO billing_remittances (id, company_id, collection_account_id, sequence, invoice_ids, content, created_by, created_at, file_name, layout, bank_code, total_cents)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [id, companyId, account.id, sequence, JSON.stringify([...invoiceIds, ...writeOffIds, ...changeIds]), content, actorId, now.toISOString(), fileName, account.cnabLayout, account.bankCode, totalCents],
      );
      if (invoiceIds.length) {
        await tx.query(
          `INSERT INTO billing_remittance_items (invoice_id, remittance_id, company_id, due_date) SELECT x.invoice_id, $2, $3, x.due_date FROM unnest($1::text[], $4::date[]) AS x(invoice_id, due_date)`,
          [invoiceIds, id, companyId, invoiceIds.map((i) => titles.get(i)!.dueDate)],
        );
      }
      return {
        id, sequence, titles: fileTitles.length, totalCents, fileName, downloadUrl: `/api/v1/billing/remittances/${id}`,
        registrations: invoiceIds.length, writeOffs: writeOffIds.length, dueDateChanges: changeIds.length, skipped,
      };
    });
  }

  private header(account: CollectionAccountRecord, generatedAt: string): Omit<RemittanceInput, 'fileSequence' | 'titles'> {
    return {
      layout: account.cnabLayout, bankCode: account.bankCode, generatedAt,
      company: {
        name: account.beneficiaryName, document: account.beneficiaryDocument, agency: account.agency, ...(account.agencyDigit ? { agencyDigit: account.agencyDigit } : {}),
        account: account.account, ...(account.accountDigit ? { accountDigit: account.accountDigit } : {}), ...(account.agreement ? { agreement: account.agreement } : {}),
        ...(account.wallet ? { wallet: account.wallet } : {}),
      },
    };
  }

  /** Writes the title alone: a payer's bad CEP leaves that invoice out, not the whole file; an account problem is the request's. */
  private check(account: CollectionAccountRecord, generatedAt: string, title: RemittanceTitle): { field: string; reason: string } | null {
    try {
      cnab.buildRemittance({ ...this.header(account, generatedAt), fileSequence: 1, titles: [title] });
      return null;
    } catch (err) {
      if (!(err instanceof CnabError)) throw err;
      if (!err.field.startsWith('titles[')) throw accountProblem(`cannot be written to a remessa: ${withoutValues(err.message)}`);
      return { field: err.field.replace(/^titles\[0\]\./, ''), reason: withoutValues(err.message) };
    }
  }

  private async pending(companyId: string, accountId: string): Promise<Pending[]> {
    const r = await this.db.query<{ id: string; number: string | number; customer_id: string; issued_on: string; due_date: string; total_cents: string | number; nosso_numero: string }>(
      `SELECT id, number, customer_id, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, to_char(due_date, 'YYYY-MM-DD') AS due_date, total_cents, nosso_numero
         FROM billing_invoices i
        WHERE company_id = $1 AND collection_account_id = $2 AND status IN ('open', 'partially_paid') AND nosso_numero IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM billing_remittance_items r WHERE r.invoice_id = i.id)
        ORDER BY number`,
      [companyId, accountId],
    );
    return r.rows.map((x) => ({ id: x.id, number: Number(x.number), customerId: x.customer_id, issuedOn: x.issued_on, dueDate: x.due_date, totalCents: Number(x.total_cents), nossoNumero: x.nosso_numero }));
  }

  /**
   * Boletos registered by an earlier remessa whose invoice no longer expects the bank's payment: cancelled,
   * written off, renegotiated, or paid with no bank settlement (PIX, counter, OFX…). Each needs a pedido de
   * baixa, once (a write-off instruction already sent excludes it).
   */
  /**
   * Registered boletos of invoices still owed whose due date changed since the bank last heard of it (an
   * alteração de vencimento after the remessa that registered it, or after the last instruction 06).
   */
  private async pendingDueDateChanges(companyId: string, accountId: string): Promise<Pending[]> {
    const r = await this.db.query<{ id: string; number: string | number; customer_id: string; issued_on: string; due_date: string; total_cents: string | number; nosso_numero: string }>(
      `SELECT i.id, i.number, i.customer_id, to_char(i.issued_on, 'YYYY-MM-DD') AS issued_on, to_char(i.due_date, 'YYYY-MM-DD') AS due_date, i.total_cents, i.nosso_numero
         FROM billing_invoices i JOIN billing_remittance_items r ON r.invoice_id = i.id
        WHERE i.company_id = $1 AND i.collection_account_id = $2 AND i.nosso_numero IS NOT NULL AND i.status IN ('open', 'partially_paid')
          AND i.due_date IS DISTINCT FROM ${BANK_DUE_DATE}
        ORDER BY i.number`,
      [companyId, accountId],
    );
    return r.rows.map((x) => ({ id: x.id, number: Number(x.number), customerId: x.customer_id, issuedOn: x.issued_on, dueDate: x.due_date, totalCents: Number(x.total_cents), nossoNumero: x.nosso_numero }));
  }

  /** Those of `candidates` whose change is still unsent with that same date (another remessa or a newer change may have come first). */
  private async stillPendingDueDateChanges(tx: Transaction, candidates: Array<{ invoiceId: string; dueDate: string }>): Promise<string[]> {
    const r = await tx.query<{ id: string }>(
      `SELECT i.id FROM billing_invoices i JOIN billing_remittance_items r ON r.invoice_id = i.id
                    JOIN unnest($1::text[], $2::date[]) AS c(invoice_id, due_date) ON c.invoice_id = i.id AND c.due_date = i.due_date
        WHERE i.status IN ('open', 'partially_paid') AND i.due_date IS DISTINCT FROM ${BANK_DUE_DATE}
        ORDER BY i.number`,
      [candidates.map((c) => c.invoiceId), candidates.map((c) => c.dueDate)],
    );
    return r.rows.map((x) => x.id);
  }

  private async pendingWriteOffs(companyId: string, accountId: string): Promise<PendingWriteOff[]> {
    const r = await this.db.query<{ id: string; number: string | number; customer_id: string; issued_on: string; due_date: string; total_cents: string | number; nosso_numero: string; status: string }>(
      `SELECT i.id, i.number, i.customer_id, to_char(i.issued_on, 'YYYY-MM-DD') AS issued_on, to_char(i.due_date, 'YYYY-MM-DD') AS due_date, i.total_cents, i.nosso_numero, i.status
         FROM billing_invoices i JOIN billing_remittance_items r ON r.invoice_id = i.id
        WHERE i.company_id = $1 AND i.collection_account_id = $2 AND i.nosso_numero IS NOT NULL
          AND (i.status IN ('cancelled', 'written_off', 'renegotiated')
               OR (i.status = 'paid' AND NOT EXISTS (SELECT 1 FROM billing_payments p WHERE p.invoice_id = i.id AND p.source_kind = 'cnab' AND NOT p.reversed)))
          AND NOT EXISTS (SELECT 1 FROM billing_remittance_instructions x WHERE x.invoice_id = i.id AND x.kind = 'write-off')
        ORDER BY i.number`,
      [companyId, accountId],
    );
    return r.rows.map((x) => ({
      id: x.id, number: Number(x.number), customerId: x.customer_id, issuedOn: x.issued_on, dueDate: x.due_date, totalCents: Number(x.total_cents), nossoNumero: x.nosso_numero,
      reason: x.status === 'paid' ? 'paid-outside-bank' : (x.status as WriteOffReason),
    }));
  }
}

/** The due date the bank knows for a registered boleto: its last instruction 06, else its registration. */
const BANK_DUE_DATE = `coalesce((SELECT x.due_date FROM billing_remittance_instructions x WHERE x.invoice_id = i.id AND x.kind = 'change-due-date' AND x.due_date IS NOT NULL
                               ORDER BY x.sent_at DESC, x.sequence DESC LIMIT 1), r.due_date)`;

interface PendingWriteOff extends Pending {
  reason: WriteOffReason;
}

function nothingToRemit(skipped: RemittanceResult['skipped']): ProblemException {
  return new ProblemException(409, 'nothing-to-remit', 'Nothing to remit', skipped.length
    ? `Every pending invoice of this account was left out (${skipped.length}); see skipped.`
    : 'Every open invoice of this collection account is already in a remessa.', { code: 'nothing-to-remit', skipped });
}
