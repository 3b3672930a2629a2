import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../platform/database/tokens.js';
import type { BusinessCalendar } from './domain/business-calendar.js';
import { BillingSettingsRepository } from './infrastructure/billing-settings.repository.js';

export { BusinessCalendar } from './domain/business-calendar.js';

/** A PIX billing already received and settled on an invoice (webhook or `GET /pix` reconciliation). */
export interface ReceivedPixPayment {
  endToEndId: string;
  invoiceId: string;
  customerId: string;
  amountCents: number;
  paidOn: string;
}

/** What other modules may ask the billing context (they never read its tables). */
@Injectable()
export class BillingPublicApi {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly settings: BillingSettingsRepository,
  ) {}

  /** The company's bank calendar: national bank holidays plus its local (municipal/state) ones. */
  calendar(companyId: string): Promise<BusinessCalendar> {
    return this.settings.calendar(companyId);
  }

  /** The PIX with this end-to-end id received by the company and settled on one of its invoices (not reversed), else null. */
  async receivedPix(companyId: string, endToEndId: string): Promise<ReceivedPixPayment | null> {
    const r = await this.db.query<{ invoice_id: string; customer_id: string; amount_cents: string; paid_on: string }>(
      `SELECT invoice_id, customer_id, amount_cents, paid_on::text AS paid_on FROM billing_payments
        WHERE company_id = $1 AND source_kind = 'pix' AND source_ref = $2 AND NOT reversed ORDER BY recorded_at LIMIT 1`,
      [companyId, endToEndId],
    );
    const row = r.rows[0];
    return row ? { endToEndId, invoiceId: row.invoice_id, customerId: row.customer_id, amountCents: Number(row.amount_cents), paidOn: row.paid_on } : null;
  }
}
