import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { TicketCrypto } from '../../infrastructure/ticket-crypto.js';

export interface TicketListItem {
  id: string;
  protocol: string;
  customerId: string;
  contractId: string | null;
  category: string;
  channel: string;
  status: string;
  subject: string;
  openedAt: string;
}

export interface TicketFilter {
  customerId?: string;
  status?: string;
  /** Exact protocol number (`YYYYMMDD-NNNNNN`). */
  protocol?: string;
  /** São Paulo dates, inclusive. */
  from?: string;
  to?: string;
}

interface Row {
  id: string;
  protocol: string;
  customer_id: string;
  contract_id: string | null;
  category: string;
  channel: string;
  status: string;
  subject_enc: string;
  opened_at: string | Date;
}

/** Reads the tickets read model, always within the caller's company. */
@Injectable()
export class TicketsReader {
  constructor(@Inject(DATABASE) private readonly db: Database, private readonly crypto: TicketCrypto) {}

  private item = (r: Row): TicketListItem => ({
    id: r.id,
    protocol: r.protocol,
    customerId: r.customer_id,
    contractId: r.contract_id,
    category: r.category,
    channel: r.channel,
    status: r.status,
    subject: this.crypto.decrypt(r.subject_enc),
    openedAt: new Date(r.opened_at).toISOString(),
  });

  async list(companyId: string, f: TicketFilter): Promise<TicketListItem[]> {
    // Period bounds are São Paulo days (UTC−3, no DST since 2019).
    const r = await this.db.query<Row>(
      `SELECT id, protocol, customer_id, contract_id, category, channel, status, subject_enc, opened_at FROM helpdesk_tickets
       WHERE company_id = $1 AND ($2::text IS NULL OR customer_id = $2) AND ($3::text IS NULL OR status = $3)
         AND ($4::text IS NULL OR opened_at >= ($4 || 'T00:00:00-03:00')::timestamptz)
         AND ($5::text IS NULL OR opened_at < (($5::date + 1)::text || 'T00:00:00-03:00')::timestamptz)
         AND ($6::text IS NULL OR protocol = $6)
       ORDER BY opened_at DESC, protocol DESC LIMIT 500`,
      [companyId, f.customerId ?? null, f.status ?? null, f.from ?? null, f.to ?? null, f.protocol ?? null],
    );
    return r.rows.map(this.item);
  }

  /** The ticket if it is in the company (and, when `customerId` is given, that customer's). */
  async get(companyId: string, id: string, customerId?: string): Promise<TicketListItem | null> {
    const r = await this.db.query<Row>(
      `SELECT id, protocol, customer_id, contract_id, category, channel, status, subject_enc, opened_at FROM helpdesk_tickets
       WHERE id = $1 AND company_id = $2 AND ($3::text IS NULL OR customer_id = $3)`,
      [id, companyId, customerId ?? null],
    );
    return r.rows[0] ? this.item(r.rows[0]) : null;
  }

  async streamIdsOf(companyId: string, customerId: string): Promise<string[]> {
    const r = await this.db.query<{ id: string }>('SELECT id FROM helpdesk_tickets WHERE company_id = $1 AND customer_id = $2 ORDER BY opened_at', [companyId, customerId]);
    return r.rows.map((x) => `ticket-${x.id}`);
  }
}
