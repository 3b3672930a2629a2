import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Database, EventMetadata } from '@netprovider/event-store';
import { DATABASE, LOGGER } from '../../../platform/database/tokens.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { deterministicId } from '../domain/deterministic-id.js';
import { DomainError } from '../domain/domain-error.js';
import { PaymentRecorder } from './payment-recorder.js';
import type { ReceivedPix } from './pix-psp/pix-psp.port.js';

export interface PixSettlementReport {
  received: number;
  settled: number;
  duplicates: number;
  /** endToEndIds of Pix whose txid names no invoice (or that carry none): left for statement matching */
  unknown: string[];
  /** endToEndIds the invoice refused (e.g. it was cancelled): money to refund or apply by hand */
  rejected: Array<{ endToEndId: string; invoiceId: string; reason: string }>;
}

/**
 * Settles received Pix on the invoices their txid names (static BR Code or cobv), through the
 * PaymentRecorder. The payment id is derived from the endToEndId, so the webhook, its redeliveries and
 * the `GET /pix` reconciliation can all see the same Pix and it settles once.
 */
@Injectable()
export class PixSettlement {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly payments: PaymentRecorder,
  ) {}

  /** `companyId` restricts the lookup to one company's invoices (a staff reconciliation); the PSP's webhook sees all. */
  async settle(received: readonly ReceivedPix[], metadata: (companyId: string) => EventMetadata, companyId?: string): Promise<PixSettlementReport> {
    const report: PixSettlementReport = { received: received.length, settled: 0, duplicates: 0, unknown: [], rejected: [] };
    for (const p of received) {
      const r = p.txid
        ? await this.db.query<{ id: string; company_id: string }>(
            'SELECT id, company_id FROM billing_invoices WHERE pix_txid = $1 AND ($2::text IS NULL OR company_id = $2) LIMIT 1',
            [p.txid, companyId ?? null],
          )
        : { rows: [] };
      const invoice = r.rows[0];
      if (!invoice) {
        report.unknown.push(p.endToEndId);
        this.logger.warn({ endToEndId: p.endToEndId }, 'pix received for an unknown txid');
        continue;
      }
      const c = p.components;
      try {
        const outcome = await this.payments.record({
          invoiceId: invoice.id, companyId: invoice.company_id, paymentId: deterministicId('pix', p.endToEndId), method: 'pix', amountCents: p.amountCents,
          paidOn: saoPauloDate(p.paidAt), creditedOn: saoPauloDate(p.paidAt), source: { kind: 'pix', reference: p.endToEndId }, receivedBy: null,
          ...(c ? { reported: { fineInterestCents: (c.fineCents ?? 0) + (c.interestCents ?? 0), discountCents: c.discountCents ?? 0 } } : {}),
        }, metadata(invoice.company_id));
        if (outcome.outcome === 'duplicate') report.duplicates++;
        else report.settled++;
      } catch (err) {
        // answering an error would make the PSP redeliver a Pix the invoice will never take
        if (!(err instanceof DomainError)) throw err;
        report.rejected.push({ endToEndId: p.endToEndId, invoiceId: invoice.id, reason: err.code });
        this.logger.warn({ endToEndId: p.endToEndId, invoiceId: invoice.id, code: err.code }, 'pix refused by its invoice');
      }
    }
    return report;
  }
}
