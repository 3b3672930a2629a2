import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { CustomersPublicApi } from '../../../customers/public-api.js';
import { daysBetween } from '../../../../shared-kernel/business-date.js';
import { ladderPosition } from '../../domain/overdue-position.js';
import { DunningEvaluator } from '../../infrastructure/dunning-evaluator.js';
import { LaddersRepository } from '../../infrastructure/ladders.repository.js';
import type { OverdueListResponse } from './overdue-list.schema.js';

interface Row {
  contract_id: string;
  customer_id: string;
  plan_id: string | null;
  pppoe_login: string | null;
  level: string | null;
  trust_until: string | null;
  invoices: Array<{ due: string; grace: number; open: number }>;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Contracts with overdue invoices (collections' own read models: collections_invoices, collections_contracts,
 * collections_dunning), each placed on its ladder. Days overdue count from the last day payable without charges
 * (next bank business day, local holidays included, + grace), so the list agrees with the dunning evaluation; ordered by days overdue desc,
 * then contract id. Customer names come from the customers context's public API.
 */
@Injectable()
export class OverdueListReader {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly evaluator: DunningEvaluator,
    private readonly ladders: LaddersRepository,
    private readonly customers: CustomersPublicApi,
  ) {}

  async list(companyId: string, today: string, q: { step?: string; q?: string; page: number; pageSize: number }): Promise<OverdueListResponse> {
    // Candidates: open invoices already past their due date (the exact last payable day is computed below).
    const r = await this.db.query<Row>(
      `SELECT c.contract_id, c.customer_id, c.plan_id, c.pppoe_login, d.level, d.trust_until::text AS trust_until,
              json_agg(json_build_object('due', i.due_date::text, 'grace', i.grace_days, 'open', i.total_cents - i.settled_cents) ORDER BY i.due_date) AS invoices
         FROM collections_invoices i
         JOIN collections_contracts c ON c.contract_id = i.contract_id
         LEFT JOIN collections_dunning d ON d.contract_id = c.contract_id
        WHERE i.company_id = $1 AND i.status = 'open' AND i.due_date < $2::date
        GROUP BY c.contract_id, c.customer_id, c.plan_id, c.pppoe_login, d.level, d.trust_until`,
      [companyId, today],
    );
    const ladderOf = await this.ladders.resolver(companyId);
    const calendar = (await this.evaluator.calendars([companyId])).get(companyId);
    const names = await this.customers.displayNames(companyId, [...new Set(r.rows.map((x) => x.customer_id))]);
    const term = q.q ? fold(q.q) : null;
    const all: OverdueListResponse['items'] = [];
    for (const row of r.rows) {
      const overdue = row.invoices
        .map((i) => ({ payableUntil: this.evaluator.payableUntil(i.due, Number(i.grace), calendar), due: i.due, open: Number(i.open) }))
        .filter((i) => i.payableUntil < today);
      if (!overdue.length) continue;
      const oldest = overdue.reduce((a, b) => (a.payableUntil <= b.payableUntil ? a : b));
      const daysOverdue = daysBetween(oldest.payableUntil, today);
      const customerName = names.get(row.customer_id)?.name ?? `Titular ${row.customer_id.slice(0, 8)}`;
      if (term && !fold(customerName).includes(term) && !row.contract_id.startsWith(term) && !(row.pppoe_login ?? '').toLowerCase().startsWith(term)) continue;
      const { current, next } = ladderPosition(ladderOf(row.plan_id), oldest.payableUntil, daysOverdue);
      if (q.step && current?.key !== q.step) continue;
      const trustActive = !!row.trust_until && row.trust_until >= today;
      all.push({
        contractId: row.contract_id,
        customerId: row.customer_id,
        customerName,
        pppoeLogin: row.pppoe_login,
        oldestDueDate: overdue.reduce((a, b) => (a.due <= b.due ? a : b)).due,
        daysOverdue,
        overdueInvoices: overdue.length,
        openCents: overdue.reduce((s, i) => s + i.open, 0),
        serviceLevel: (row.level ?? 'none') as OverdueListResponse['items'][number]['serviceLevel'],
        currentStep: current,
        nextStep: next,
        trustUnblockActive: trustActive,
        trustUntil: trustActive ? row.trust_until : null,
      });
    }
    all.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.contractId < b.contractId ? -1 : a.contractId > b.contractId ? 1 : 0));
    const start = (q.page - 1) * q.pageSize;
    return { today, items: all.slice(start, start + q.pageSize), page: q.page, pageSize: q.pageSize, total: all.length };
  }
}
