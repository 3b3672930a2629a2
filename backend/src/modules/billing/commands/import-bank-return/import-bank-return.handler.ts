import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { cnab, CnabError } from '@netprovider/cobranca';
import type { Database, EventMetadata, Transaction } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { nossoNumeroKey } from '../../domain/collection-account.js';
import { deterministicId } from '../../domain/deterministic-id.js';
import { PaymentRecorder, type IncomingPayment } from '../../infrastructure/payment-recorder.js';

interface InvoiceMatch {
  id: string;
  status: string;
  outstanding: number;
}

export interface BankReturnReport {
  id: string;
  fileName: string | null;
  sha256: string;
  layout: 240 | 400;
  bankCode: string;
  /** Title lines in the file. */
  titles: number;
  /** Payments recorded now. */
  settled: number;
  settledCents: number;
  /** Settlements already recorded (the same file or line uploaded again): nothing settled twice. */
  duplicates: number;
  /** Entries confirmed registered by the bank (entrada confirmada). */
  registered: number;
  unknown: Array<{ line: number; nossoNumero: string; amountPaidCents: number; occurrenceCode: string }>;
  rejected: Array<{ line: number; nossoNumero: string; occurrenceCode: string; description: string; motives?: string[]; invoiceId?: string }>;
  mismatches: Array<{ line: number; nossoNumero: string; invoiceId: string; expectedCents: number; paidCents: number; kind: 'partial' | 'overpaid' }>;
  other: Array<{ line: number; nossoNumero: string; occurrenceCode: string; description: string }>;
  /** The bank's confirmations of instructions we sent by remessa (baixa confirmada, vencimento alterado). */
  instructions: Array<{ line: number; nossoNumero: string; occurrenceCode: string; outcome: cnab.InstructionOutcome; invoiceId: string | null; recorded: boolean }>;
}

/**
 * CNAB retorno: the file is parsed whole first (a malformed file is refused with its line and field and
 * changes nothing), then every liquidation is applied in one transaction. Each settlement's payment id is
 * derived from the bank, nosso número, occurrence and amount, so the same file (or a later file repeating a
 * line) settles nothing twice. Unknown nosso números, rejections and amount mismatches are reported.
 */
@Injectable()
export class ImportBankReturnHandler {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly payments: PaymentRecorder,
  ) {}

  async import(companyId: string, file: { buffer: Buffer; name: string | null }, actorId: string, metadata: EventMetadata): Promise<BankReturnReport> {
    const text = file.buffer.toString('latin1');
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    let parsed: ReturnType<typeof cnab.parseReturn>;
    try {
      parsed = cnab.parseReturn(text);
    } catch (err) {
      if (err instanceof CnabError) {
        const e = err as CnabError & { line?: number; field?: string };
        throw new ProblemException(422, 'invalid-file', 'Invalid CNAB file', err.message, {
          errors: [{ field: 'file', reason: err.message, line: e.line, ...(e.field ? { column: e.field } : {}) }],
          line: e.line, fieldName: e.field,
        });
      }
      throw err;
    }
    const report: BankReturnReport = {
      id: randomUUID(), fileName: file.name, sha256, layout: parsed.layout, bankCode: parsed.bankCode, titles: parsed.titles.length, settled: 0, settledCents: 0,
      duplicates: 0, registered: 0, unknown: [], rejected: [], mismatches: [], other: [], instructions: [],
    };
    const today = saoPauloDate(new Date());
    await this.db.transaction(async (tx) => {
      const outcomeOf = (code: string) => cnab.instructionOutcome(parsed.bankCode, parsed.layout, code);
      const invoices = await this.find(tx, companyId, parsed.bankCode, parsed.titles.filter((t) => t.settled || outcomeOf(t.occurrenceCode)).map((t) => t.nossoNumero));
      const incoming: Array<{ title: (typeof parsed.titles)[number]; invoice: InvoiceMatch; payment: IncomingPayment }> = [];
      for (const t of parsed.titles) {
        const line = t.lineNumber;
        const description = t.occurrenceDescription ?? '';
        const instruction = t.settled ? null : outcomeOf(t.occurrenceCode);
        if (instruction) {
          const invoice = invoices(t.nossoNumero);
          const recorded = invoice ? await this.confirmInstruction(tx, companyId, invoice.id, instruction, t.occurrenceCode, t.occurrenceDate ?? today, report.id) : false;
          report.instructions.push({ line, nossoNumero: t.nossoNumero, occurrenceCode: t.occurrenceCode, outcome: instruction, invoiceId: invoice?.id ?? null, recorded });
          continue;
        }
        if (!t.settled) {
          if (t.occurrenceCode === '02') report.registered++;
          else if (/rejeit|recusad/i.test(description) || t.occurrenceCode === '03') {
            report.rejected.push({ line, nossoNumero: t.nossoNumero, occurrenceCode: t.occurrenceCode, description, ...(t.motives ? { motives: t.motives } : {}) });
          } else report.other.push({ line, nossoNumero: t.nossoNumero, occurrenceCode: t.occurrenceCode, description });
          continue;
        }
        const invoice = invoices(t.nossoNumero);
        if (!invoice) {
          report.unknown.push({ line, nossoNumero: t.nossoNumero, amountPaidCents: t.amountPaidCents, occurrenceCode: t.occurrenceCode });
          continue;
        }
        if (invoice.status === 'cancelled') {
          report.rejected.push({ line, nossoNumero: t.nossoNumero, occurrenceCode: t.occurrenceCode, description: 'fatura cancelada: pagamento recebido, tratar manualmente', invoiceId: invoice.id });
          continue;
        }
        const paidOn = t.occurrenceDate ?? t.creditDate ?? today;
        incoming.push({
          title: t, invoice,
          payment: {
            invoiceId: invoice.id, companyId, paymentId: deterministicId('cnab', parsed.bankCode, t.nossoNumero, t.occurrenceCode, paidOn, String(t.amountPaidCents)),
            method: 'boleto', amountCents: t.amountPaidCents, paidOn, creditedOn: t.creditDate, source: { kind: 'cnab', reference: `${sha256.slice(0, 16)}:${line}` },
            receivedBy: null, reported: { fineInterestCents: t.fineInterestCents ?? 0, discountCents: (t.discountCents ?? 0) + (t.abatementCents ?? 0), feesCents: t.feesCents ?? 0 },
          },
        });
      }
      const outcomes = await this.payments.recordMany(incoming.map((x) => x.payment), metadata, tx);
      outcomes.forEach((outcome, i) => {
        const { title: t, invoice } = incoming[i]!;
        if (outcome.outcome === 'duplicate') {
          report.duplicates++;
          return;
        }
        report.settled++;
        report.settledCents += t.amountPaidCents;
        const expected = invoice.outstanding + (t.fineInterestCents ?? 0) - (t.discountCents ?? 0) - (t.abatementCents ?? 0);
        if (t.amountPaidCents !== expected) {
          report.mismatches.push({ line: t.lineNumber, nossoNumero: t.nossoNumero, invoiceId: invoice.id, expectedCents: expected, paidCents: t.amountPaidCents, kind: t.amountPaidCents < expected ? 'partial' : 'overpaid' });
        }
      });
      await tx.query(
        `INSERT INTO billing_bank_returns (id, company_id, sha256, file_name, layout, bank_code, report, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT (company_id, sha256) DO NOTHING`,
        [report.id, companyId, sha256, file.name, parsed.layout, parsed.bankCode, JSON.stringify(report), actorId],
      );
    });
    return report;
  }

  /**
   * Records the bank's confirmation on the invoice's instruction (the first confirmation wins: a retorno
   * uploaded again changes nothing). false when we never sent that instruction for the invoice.
   */
  private async confirmInstruction(tx: Transaction, companyId: string, invoiceId: string, outcome: cnab.InstructionOutcome, code: string, on: string, returnId: string): Promise<boolean> {
    const kind = outcome === 'write-off-confirmed' ? 'write-off' : 'change-due-date';
    const r = await tx.query<{ id: string }>(
      `UPDATE billing_remittance_instructions SET confirmed_at = coalesce(confirmed_at, now()), confirmation_code = coalesce(confirmation_code, $4),
              confirmation_date = coalesce(confirmation_date, $5::date), bank_return_id = coalesce(bank_return_id, $6)
        WHERE company_id = $1 AND invoice_id = $2 AND kind = $3 RETURNING id`,
      [companyId, invoiceId, kind, code, on, returnId],
    );
    return r.rows.length > 0;
  }

  /**
   * The invoices of the file's titles, looked up with one query: by bank and nosso número, exactly or
   * without the check digit the bank appends (an exact match wins).
   */
  private async find(tx: Transaction, companyId: string, bankCode: string, nossoNumeros: string[]): Promise<(nossoNumero: string) => InvoiceMatch | null> {
    const candidates = (nn: string) => {
      const digits = nn.replace(/\D/g, '');
      return [nossoNumeroKey(digits), nossoNumeroKey(digits.slice(0, -1))];
    };
    const keys = [...new Set(nossoNumeros.flatMap(candidates))];
    const r = await tx.query<{ id: string; status: string; outstanding: string; nosso_numero_key: string }>(
      `SELECT id, status, total_cents - paid_principal_cents - discount_cents AS outstanding, nosso_numero_key FROM billing_invoices
        WHERE company_id = $1 AND bank_code = $2 AND nosso_numero_key = ANY($3::text[])`,
      [companyId, bankCode, keys],
    );
    const byKey = new Map(r.rows.map((row) => [row.nosso_numero_key, { id: row.id, status: row.status, outstanding: Number(row.outstanding) }]));
    return (nn) => {
      const [exact, withoutDv] = candidates(nn);
      return byKey.get(exact!) ?? byKey.get(withoutDv!) ?? null;
    };
  }
}
