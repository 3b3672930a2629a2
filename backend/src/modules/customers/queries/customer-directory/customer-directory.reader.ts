import { Inject, Injectable } from '@nestjs/common';
import type { Database, SqlExecutor } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { CustomerCrypto, searchableName } from '../../infrastructure/customer-crypto.js';
import type { DirectoryPersonal } from './customer-directory.projection.js';

export interface CustomerListItem {
  id: string;
  kind: string;
  status: string;
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
  total?: string | number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

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

  async idByDocument(companyId: string, normalizedDocument: string, exec: SqlExecutor = this.db): Promise<string | null> {
    const r = await exec.query<{ id: string }>('SELECT id FROM customers_directory WHERE company_id = $1 AND document_hash = $2', [
      companyId, this.crypto.documentIndex(normalizedDocument),
    ]);
    return r.rows[0]?.id ?? null;
  }

  /**
   * `search` matches a name fragment (accent- and case-insensitive), or exactly a CPF/CNPJ (with or without
   * mask), an e-mail or a phone through their blind indexes. Ordered by name then id (stable pages).
   */
  async search(companyId: string, q: { search?: string; page: number; pageSize: number }): Promise<{ items: CustomerListItem[]; page: number; pageSize: number; total: number }> {
    const term = q.search?.trim() || null;
    const idx = term ? this.crypto.searchIndexes(term) : { document: null, email: null, phone: null };
    const nameLike = term ? `%${escapeLike(searchableName(term))}%` : null;
    const r = await this.db.query<Row>(
      `SELECT id, kind, status, name, pseudonym, personal_enc, tags, created_at, updated_at, count(*) OVER () AS total
       FROM customers_directory
       WHERE company_id = $1
         AND ($2::text IS NULL OR name_search LIKE $2 OR document_hash = $3 OR $4 = ANY (email_hashes) OR $5 = ANY (phone_hashes))
       ORDER BY name_search NULLS LAST, id
       LIMIT $6 OFFSET $7`,
      [companyId, nameLike, idx.document, idx.email, idx.phone, q.pageSize, (q.page - 1) * q.pageSize],
    );
    let total = Number(r.rows[0]?.total ?? 0);
    if (r.rows.length === 0 && q.page > 1) {
      const c = await this.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM customers_directory WHERE company_id = $1
           AND ($2::text IS NULL OR name_search LIKE $2 OR document_hash = $3 OR $4 = ANY (email_hashes) OR $5 = ANY (phone_hashes))`,
        [companyId, nameLike, idx.document, idx.email, idx.phone],
      );
      total = Number(c.rows[0]?.n ?? 0);
    }
    return { items: r.rows.map((row) => this.item(row)), page: q.page, pageSize: q.pageSize, total };
  }

  private item(r: Row): CustomerListItem {
    const p = r.personal_enc ? this.crypto.decrypt<DirectoryPersonal>(r.personal_enc) : null;
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
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
