import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';

const STATUSES = ['draft', 'awaiting_installation', 'active', 'suspended', 'cancelled'] as const;

export const ContractSummaryResponse = z.object({
  byStatus: z.object(Object.fromEntries(STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof STATUSES)[number], z.ZodNumber>).describe('contracts of the company by status'),
  mrrCents: z.number().int().describe('monthly recurring revenue: sum of the current price of active contracts, in centavos'),
});
export type ContractSummary = z.infer<typeof ContractSummaryResponse>;

/** One grouped statement over the contract directory (exact at any size, unlike the 500-row list). */
@Injectable()
export class ContractSummaryReader {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async summary(companyId: string): Promise<ContractSummary> {
    const r = await this.db.query<{ status: string; n: string | number; cents: string | number }>(
      'SELECT status, count(*) AS n, COALESCE(sum(price_cents), 0) AS cents FROM contracts_directory WHERE company_id = $1 GROUP BY status',
      [companyId],
    );
    const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as ContractSummary['byStatus'];
    let mrrCents = 0;
    for (const row of r.rows) {
      if ((STATUSES as readonly string[]).includes(row.status)) byStatus[row.status as keyof ContractSummary['byStatus']] = Number(row.n);
      if (row.status === 'active') mrrCents = Number(row.cents);
    }
    return { byStatus, mrrCents };
  }
}
