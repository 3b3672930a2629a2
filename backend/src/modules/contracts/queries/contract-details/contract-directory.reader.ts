import { Inject, Injectable } from '@nestjs/common';
import type { ContractStatus } from '../../domain/contract.decider.js';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';

export interface ContractListItem {
  id: string;
  customerId: string;
  planId: string;
  planVersion: number;
  priceCents: number;
  status: ContractStatus;
  dueDay: number;
  activatedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  customer_id: string;
  plan_id: string;
  plan_version: number;
  price_cents: string | number;
  status: ContractStatus;
  due_day: number;
  activated_on: string | Date | null;
  created_at: string | Date;
  updated_at: string | Date;
}

const day = (v: string | Date | null) => (v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** Reads the contract directory, always within the caller's company. */
@Injectable()
export class ContractDirectoryReader {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async exists(companyId: string, contractId: string): Promise<boolean> {
    const r = await this.db.query('SELECT 1 FROM contracts_directory WHERE id = $1 AND company_id = $2', [contractId, companyId]);
    return r.rows.length > 0;
  }

  /** The contract's current holder, or null when it is not in the company. */
  async customerOf(companyId: string, contractId: string): Promise<string | null> {
    const r = await this.db.query<{ customer_id: string }>('SELECT customer_id FROM contracts_directory WHERE id = $1 AND company_id = $2', [contractId, companyId]);
    return r.rows[0]?.customer_id ?? null;
  }

  async list(companyId: string, filter: { customerId?: string; status?: string }): Promise<ContractListItem[]> {
    const r = await this.db.query<Row>(
      `SELECT id, customer_id, plan_id, plan_version, price_cents, status, due_day, activated_on::text AS activated_on, created_at, updated_at
       FROM contracts_directory WHERE company_id = $1 AND ($2::text IS NULL OR customer_id = $2) AND ($3::text IS NULL OR status = $3)
       ORDER BY created_at DESC, id LIMIT 500`,
      [companyId, filter.customerId ?? null, filter.status ?? null],
    );
    return r.rows.map((x) => ({
      id: x.id,
      customerId: x.customer_id,
      planId: x.plan_id,
      planVersion: Number(x.plan_version),
      priceCents: Number(x.price_cents),
      status: x.status,
      dueDay: Number(x.due_day),
      activatedOn: day(x.activated_on),
      createdAt: new Date(x.created_at).toISOString(),
      updatedAt: new Date(x.updated_at).toISOString(),
    }));
  }
}
