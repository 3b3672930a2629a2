import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';

/**
 * Ticket protocol numbers: `YYYYMMDD-NNNNNN`, the São Paulo date of opening and a per-company daily
 * sequence. One `INSERT … ON CONFLICT DO UPDATE … RETURNING` statement takes the next value: the row lock
 * serializes concurrent callers, so no two openings share a number. A failed opening leaves a gap, which is
 * acceptable for a protocol (unique, not gapless).
 */
@Injectable()
export class ProtocolNumbers {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async next(companyId: string, now: Date = new Date()): Promise<string> {
    const day = saoPauloDate(now).replaceAll('-', '');
    const r = await this.db.query<{ last_value: number | string }>(
      `INSERT INTO helpdesk_protocol_counters (company_id, day, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (company_id, day) DO UPDATE SET last_value = helpdesk_protocol_counters.last_value + 1
       RETURNING last_value`,
      [companyId, day],
    );
    return `${day}-${String(Number(r.rows[0]!.last_value)).padStart(6, '0')}`;
  }
}
