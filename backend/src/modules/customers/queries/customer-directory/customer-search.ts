import { cep as brCep, document as brDocument, email as brEmail, phone as brPhone } from '@netprovider/br-docs';
import { searchableName } from '../../infrastructure/customer-crypto.js';

/*
 * How a free-text search term becomes SQL over customers_directory. Pure (no Nest, no I/O) so the benchmark
 * runs exactly the statements the reader runs.
 *
 * A term is classified first, and only the matching access path is queried, so each search uses one index:
 * - CPF/CNPJ (mask optional, alphanumeric CNPJ included), e-mail, phone, CEP → blind-index lookups only
 *   (`document_hash =` on the unique btree, `@>` on the GIN indexes of the hash arrays). A term can be
 *   several of these at once (11 digits may be a CPF and a phone): the arms are OR-ed, each still indexed.
 * - anything else → the accent/case-folded name (`name_search`): `LIKE '%term%'` served by the pg_trgm GIN
 *   index (or by walking the (company_id, name_search, id) index when the fragment is common), or a prefix
 *   range for terms under 3 characters (no trigram to look up).
 * Ids found by other modules (PPPoE login: `CustomerExtensions.searchSources`) are OR-ed in by primary key.
 *
 * No `count(*) OVER ()`: the page is read with LIMIT pageSize + 1 (→ `hasMore`). Only when there is more is
 * the total looked at: the planner's estimate first (EXPLAIN, no execution); when it says at most COUNT_CAP,
 * the matches are counted (capped; cheap on that path), else the estimate is the answer (`totalIsEstimate`).
 * Counting a common fragment exactly would walk tens of thousands of index entries for a number nobody reads. Paging is by offset, bounded by MAX_RESULT_WINDOW, in (name_search, id) order.
 * Exact lookups materialize their (few) matches before sorting: see searchStatements.
 */

/** Exact `total` up to this many matches; beyond it the total is an estimate. */
export const COUNT_CAP = 500;
/** Offset paging reaches at most this many results (page × pageSize); narrow the search beyond. */
export const MAX_RESULT_WINDOW = 1000;

export interface BlindIndexer {
  documentIndex(normalized: string): string;
  emailIndex(email: string): string;
  phoneIndex(e164: string): string;
  zipCodeIndex(normalized: string): string;
}

export type SearchClass =
  | { kind: 'all' }
  | { kind: 'exact'; document: string | null; email: string | null; phone: string | null; zipCode: string | null }
  | { kind: 'name'; folded: string; prefix: boolean };

const CEP = /^\d{5}-?\d{3}$|^\d{2}\.\d{3}-\d{3}$/;

/** What the term is, with the blind indexes of its exact interpretations. */
export function classifySearchTerm(raw: string | undefined | null, idx: BlindIndexer): SearchClass {
  const term = (raw ?? '').trim();
  if (term === '') return { kind: 'all' };
  const doc = brDocument.safeParse(term);
  // `123.456.789-09` parses as a phone too (12 + 9-digit mobile): a document's mask settles it
  const masked = doc.ok && /[./]/.test(term);
  const phone = masked ? ({ ok: false } as const) : brPhone.safeParse(term);
  const isEmail = term.includes('@') && brEmail.isValid(term);
  const isCep = CEP.test(term) && brCep.isValid(term);
  if (doc.ok || phone.ok || isEmail || isCep) {
    return {
      kind: 'exact',
      document: doc.ok ? idx.documentIndex(doc.value) : null,
      email: isEmail ? idx.emailIndex(brEmail.normalize(term)) : null,
      phone: phone.ok ? idx.phoneIndex(phone.e164) : null,
      zipCode: isCep ? idx.zipCodeIndex(brCep.normalize(term)) : null,
    };
  }
  const folded = searchableName(term);
  return { kind: 'name', folded, prefix: [...folded].length < 3 };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

export interface SearchStatements {
  /** The page: LIMIT pageSize + 1 rows (the extra one only says there is more). */
  page: { sql: string; params: unknown[] };
  /** Matches counted up to COUNT_CAP + 1 (run only when the page says there is more). */
  cappedCount: { sql: string; params: unknown[] };
  /** EXPLAIN of the match set: the planner's row estimate when there are more than COUNT_CAP. */
  estimate: { sql: string; params: unknown[] };
}

export const SEARCH_COLUMNS = 'id, kind, status, name, pseudonym, personal_enc, tags, created_at, updated_at';

/** The statements of one search; `extraIds` are customer ids other modules matched (e.g. PPPoE login). */
export function searchStatements(
  companyId: string,
  c: SearchClass,
  paging: { page: number; pageSize: number },
  extraIds: readonly string[] = [],
): SearchStatements {
  const params: unknown[] = [companyId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const arms: string[] = [];
  if (c.kind === 'exact') {
    if (c.document) arms.push(`document_hash = ${p(c.document)}`);
    if (c.email) arms.push(`email_hashes @> ARRAY[${p(c.email)}::text]`);
    if (c.phone) arms.push(`phone_hashes @> ARRAY[${p(c.phone)}::text]`);
    if (c.zipCode) arms.push(`zip_code_hashes @> ARRAY[${p(c.zipCode)}::text]`);
  } else if (c.kind === 'name') {
    if (c.prefix) arms.push(`(name_search >= ${p(c.folded)} AND name_search < ${p(c.folded + '\u{10FFFF}')})`);
    else arms.push(`name_search LIKE ${p(`%${escapeLike(c.folded)}%`)}`);
  }
  if (extraIds.length) arms.push(`id = ANY (${p([...extraIds])}::text[])`);
  const where = `company_id = $1${arms.length ? ` AND (${arms.join(' OR ')})` : ''}`;
  const base = [...params];
  const offset = (paging.page - 1) * paging.pageSize;
  const limit = `LIMIT ${paging.pageSize + 1} OFFSET ${offset}`;
  if (c.kind === 'exact') {
    // Blind-index matches are few, but the planner cannot know a hash array's containment is that selective:
    // with ORDER BY … LIMIT it would rather walk the name index and filter every row (seconds at 1M rows).
    // Materializing the matches first keeps the GIN/btree lookup, and only the few matches get sorted.
    const matches = `WITH m AS MATERIALIZED (SELECT ${SEARCH_COLUMNS}, name_search FROM customers_directory WHERE ${where})`;
    return {
      page: { sql: `${matches} SELECT ${SEARCH_COLUMNS} FROM m ORDER BY name_search, id ${limit}`, params: base },
      cappedCount: { sql: `${matches} SELECT count(*)::int AS n FROM (SELECT 1 FROM m LIMIT ${COUNT_CAP + 1}) c`, params: base },
      estimate: { sql: `EXPLAIN (FORMAT JSON) SELECT 1 FROM customers_directory WHERE ${where}`, params: base },
    };
  }
  // The page's ids first, from (company_id, name_search, id) alone (an index-only walk for a common fragment:
  // rejected entries cost no heap fetch), then only those rows. A rare fragment takes the trigram index instead.
  const d = SEARCH_COLUMNS.split(', ').map((col) => `d.${col}`).join(', ');
  return {
    page: {
      sql: `WITH p AS (SELECT id, name_search FROM customers_directory WHERE ${where} ORDER BY name_search, id ${limit})
        SELECT ${d} FROM p JOIN customers_directory d ON d.id = p.id ORDER BY p.name_search, p.id`,
      params: base,
    },
    cappedCount: { sql: `SELECT count(*)::int AS n FROM (SELECT 1 FROM customers_directory WHERE ${where} LIMIT ${COUNT_CAP + 1}) c`, params: base },
    estimate: { sql: `EXPLAIN (FORMAT JSON) SELECT 1 FROM customers_directory WHERE ${where}`, params: base },
  };
}

/** The planner's row estimate from an `EXPLAIN (FORMAT JSON)` result row. */
export function planRows(explainRow: Record<string, unknown> | undefined): number {
  const raw = explainRow ? Object.values(explainRow)[0] : undefined;
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan?: { 'Plan Rows'?: number } }> | undefined;
  return Math.round(plan?.[0]?.Plan?.['Plan Rows'] ?? 0);
}

/** Runs one SQL statement (the reader's database, or the benchmark's bare connection). */
export type RunSql = <R>(sql: string, params: unknown[]) => Promise<{ rows: R[] }>;

export interface SearchRun<R> {
  rows: R[];
  hasMore: boolean;
  total: number;
  totalIsEstimate: boolean;
  /** How many statements it took (1: the page; +1 estimate; +1 count). */
  statements: number;
}

/**
 * The whole search: the page, then (only when there is more) the total. Exact lookups are counted (their
 * matches are few and materialized); a name fragment gets the planner's estimate, and an exact count only
 * when the estimate is at most COUNT_CAP.
 */
export async function runSearch<R>(run: RunSql, companyId: string, c: SearchClass, paging: { page: number; pageSize: number }, extraIds: readonly string[] = []): Promise<SearchRun<R>> {
  const st = searchStatements(companyId, c, paging, extraIds);
  const page = await run<R>(st.page.sql, st.page.params);
  const hasMore = page.rows.length > paging.pageSize;
  const rows = hasMore ? page.rows.slice(0, paging.pageSize) : page.rows;
  const seen = (paging.page - 1) * paging.pageSize + rows.length;
  if (!hasMore && (rows.length > 0 || paging.page === 1)) return { rows, hasMore, total: seen, totalIsEstimate: false, statements: 1 };
  let statements = 1;
  let estimate: number | null = null;
  if (c.kind !== 'exact') {
    estimate = planRows((await run<Record<string, unknown>>(st.estimate.sql, st.estimate.params)).rows[0]);
    statements++;
  }
  if (estimate === null || estimate <= COUNT_CAP) {
    const n = Number((await run<{ n: number }>(st.cappedCount.sql, st.cappedCount.params)).rows[0]?.n ?? 0);
    statements++;
    if (n <= COUNT_CAP) return { rows, hasMore, total: n, totalIsEstimate: false, statements };
  }
  return { rows, hasMore, total: Math.max(estimate ?? 0, COUNT_CAP + 1, seen + (hasMore ? 1 : 0)), totalIsEstimate: true, statements };
}
