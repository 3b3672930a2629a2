import { Inject, Injectable } from '@nestjs/common';
import type { Database, SqlExecutor } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { CustomerCrypto } from '../../infrastructure/customer-crypto.js';
import { classifySearchTerm, runSearch, type RunSql } from './customer-search.js';
import type { DirectoryPersonal } from './customer-directory.projection.js';
import type { CustomerStatus } from '../../domain/customer.decider.js';
import type { CustomerKind } from '../../domain/customer.events.js';

export interface CustomerListItem {
  id: string;
  kind: CustomerKind;
  status: Exclude<CustomerStatus, 'none'>;
  name: string | null;
  pseudonym: string | null;
  document: string | null;
  emails: string[];
  phones: Array<{ number: string; whatsapp: boolean }>;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  kind: string;
  status: string;
  name: string | null;
  pseudonym: string | null;
  personal_enc: string | null;
  tags: string[];
  created_at: Date | string;
  updated_at: Date | string;
}

export interface CustomerSearchResult {
  items: CustomerListItem[];
  page: number;
  pageSize: number;
  /** Exact up to COUNT_CAP matches; beyond it the planner's estimate (then `totalIsEstimate`). */
  total: number;
  totalIsEstimate: boolean;
  hasMore: boolean;
}


/** Reads the customer directory, always within the caller's company. */
@Injectable()
export class CustomerDirectoryReader {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly crypto: CustomerCrypto,
  ) {}

  /** Whether the customer exists in this company (the guard of every per-customer route). */
  async exists(companyId: string, customerId: string): Promise<boolean> {
    const r = await this.db.query('SELECT 1 FROM customers_directory WHERE id = $1 AND company_id = $2', [customerId, companyId]);
    return r.rows.length > 0;
  }

  /** Display names (the pseudonym after erasure) of the given customers of the company, with the folded search form. */
  async displayNames(companyId: string, customerIds: readonly string[]): Promise<Map<string, { name: string; nameSearch: string }>> {
    const out = new Map<string, { name: string; nameSearch: string }>();
    if (!customerIds.length) return out;
    const r = await this.db.query<{ id: string; name: string | null; name_search: string | null; pseudonym: string | null }>(
      'SELECT id, name, name_search, pseudonym FROM customers_directory WHERE company_id = $1 AND id = ANY($2::text[])',
      [companyId, [...customerIds]],
    );
    for (const row of r.rows) {
      const name = row.name ?? row.pseudonym ?? `Titular ${row.id.slice(0, 8)}`;
      out.set(row.id, { name, nameSearch: row.name_search ?? name.toLowerCase() });
    }
    return out;
  }

  async idByDocument(companyId: string, normalizedDocument: string, exec: SqlExecutor = this.db): Promise<string | null> {
    const r = await exec.query<{ id: string }>('SELECT id FROM customers_directory WHERE company_id = $1 AND document_hash = $2', [
      companyId, this.crypto.documentIndex(normalizedDocument),
    ]);
    return r.rows[0]?.id ?? null;
  }

  /**
   * `search` is classified (see customer-search.ts): a CPF/CNPJ (with or without mask), e-mail, phone or CEP
   * is looked up through its blind index only; anything else matches the name (accent- and case-insensitive).
   * `extraIds` are customers other modules matched (PPPoE login). Ordered by name then id (stable pages);
   * `total` is exact up to COUNT_CAP, then the planner's estimate (`totalIsEstimate`).
   */
  async search(
    companyId: string,
    q: { search?: string; page: number; pageSize: number },
    extraIds: readonly string[] = [],
  ): Promise<CustomerSearchResult> {
    const run: RunSql = async (sql, params) => this.db.query(sql, params) as never;
    const { rows, total, totalIsEstimate, hasMore } = await runSearch<Row>(run, companyId, classifySearchTerm(q.search, this.crypto), q, extraIds);
    return { items: rows.map((row) => this.item(row)), page: q.page, pageSize: q.pageSize, total, totalIsEstimate, hasMore };
  }

  private item(r: Row): CustomerListItem {
    const p = r.personal_enc ? this.crypto.decrypt<DirectoryPersonal>(r.personal_enc) : null;
    return {
      id: r.id,
      kind: r.kind as CustomerKind,
      status: r.status as CustomerListItem['status'],
      name: r.name,
      pseudonym: r.pseudonym,
      document: p?.document ?? null,
      emails: p?.emails ?? [],
      phones: p?.phones ?? [],
      tags: r.tags,
      createdAt: new Date(r.created_at).toISOString(),
      updatedAt: new Date(r.updated_at).toISOString(),
    };
  }
}
