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
  {
    // Reservations written in the append transaction (reservations.projection.ts): a second contract taking the
    // same login or IP fails its append on the primary key, so concurrent requests cannot both win.
    id: 'contracts/0002_reservations_acceptance_tokens',
    sql: `
CREATE TABLE IF NOT EXISTS contracts_pppoe_logins (
  company_id   text NOT NULL,
  login        text NOT NULL,
  contract_id  text NOT NULL,
  reserved_at  timestamptz NOT NULL,
  PRIMARY KEY (company_id, login)
);
CREATE INDEX IF NOT EXISTS contracts_pppoe_logins_contract ON contracts_pppoe_logins (contract_id);

CREATE TABLE IF NOT EXISTS contracts_fixed_ips (
  company_id   text NOT NULL,
  ip           text NOT NULL,
  contract_id  text NOT NULL,
  reserved_at  timestamptz NOT NULL,
  PRIMARY KEY (company_id, ip)
);
CREATE INDEX IF NOT EXISTS contracts_fixed_ips_contract ON contracts_fixed_ips (contract_id);

-- single-use acceptance links: only the SHA-256 of the token is stored
CREATE TABLE IF NOT EXISTS contracts_acceptance_tokens (
  token_hash   text PRIMARY KEY,
  company_id   text NOT NULL,
  contract_id  text NOT NULL,
  created_by   text NOT NULL,
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz,
  created_at   timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS contracts_acceptance_tokens_contract ON contracts_acceptance_tokens (contract_id);
`,
  },
];
