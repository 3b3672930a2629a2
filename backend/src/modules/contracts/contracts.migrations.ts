import type { Migration } from '@netprovider/event-store';

/** Tables owned by the contracts module (inline read model of the contract streams; no personal data). Append-only. */
export const contractsMigrations: Migration[] = [
  {
    id: 'contracts/0001_directory',
    sql: `
CREATE TABLE IF NOT EXISTS contracts_directory (
  id            text PRIMARY KEY,
  company_id    text NOT NULL,
  customer_id   text NOT NULL,
  plan_id       text NOT NULL,
  plan_version  integer NOT NULL,
  price_cents   bigint NOT NULL,
  status        text NOT NULL,
  due_day       integer NOT NULL,
  activated_on  date,
  version       integer NOT NULL,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS contracts_directory_customer ON contracts_directory (company_id, customer_id, created_at);
CREATE INDEX IF NOT EXISTS contracts_directory_status ON contracts_directory (company_id, status);
`,
  },
];
