import type { Migration } from '@netprovider/event-store';

/**
 * Tables owned by the customers module. The directory is an inline projection: sensitive fields live only
 * encrypted (`personal_enc`, AES-256-GCM under a key derived from the master key), exact lookups go through
 * blind indexes (HMAC-SHA256), and the unique (company_id, document_hash) index makes a duplicate CPF/CNPJ
 * fail inside the append transaction, so two concurrent registrations cannot both commit. Append-only.
 */
export const customersMigrations: Migration[] = [
  {
    id: 'customers/0001_directory',
    sql: `
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE IF NOT EXISTS customers_directory (
  id            text PRIMARY KEY,
  company_id    text NOT NULL,
  kind          text NOT NULL,
  status        text NOT NULL,
  -- display name in clear and its accent/case-folded form for search (computed in JS); null after erasure
  name          text,
  name_search   text,
  pseudonym     text,
  personal_enc  text,
  document_hash text,
  email_hashes  text[] NOT NULL DEFAULT '{}',
  phone_hashes  text[] NOT NULL DEFAULT '{}',
  tags          text[] NOT NULL DEFAULT '{}',
  version       integer NOT NULL,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS customers_directory_document ON customers_directory (company_id, document_hash);
CREATE INDEX IF NOT EXISTS customers_directory_order ON customers_directory (company_id, name_search, id);
CREATE INDEX IF NOT EXISTS customers_directory_name_trgm ON customers_directory USING gin (name_search gin_trgm_ops);
CREATE INDEX IF NOT EXISTS customers_directory_emails ON customers_directory USING gin (email_hashes);
CREATE INDEX IF NOT EXISTS customers_directory_phones ON customers_directory USING gin (phone_hashes);
`,
  },
  {
    // Search by CEP without the directory holding addresses: an HMAC blind index per address CEP (street and
    // number stay only in the events, encrypted). NULL = not computed yet: filled at boot from the streams.
    id: 'customers/0002_zip_code_index',
    sql: `
ALTER TABLE customers_directory ADD COLUMN IF NOT EXISTS zip_code_hashes text[];
CREATE INDEX IF NOT EXISTS customers_directory_zip_codes ON customers_directory USING gin (zip_code_hashes);
`,
  },
];
