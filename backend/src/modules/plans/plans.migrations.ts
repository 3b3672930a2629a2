import type { Migration } from '@netprovider/event-store';

/** Tables owned by the plans module (read models of the catalogue streams). Append-only. */
export const plansMigrations: Migration[] = [
  {
    id: 'plans/0001_catalogue',
    sql: `
CREATE TABLE IF NOT EXISTS plans_catalogue (
  id          text PRIMARY KEY,
  company_id  text NOT NULL,
  name        text NOT NULL,
  active      boolean NOT NULL,
  version     integer NOT NULL DEFAULT 0,
  terms       jsonb,
  versions    jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS plans_catalogue_company ON plans_catalogue (company_id, active, name);
`,
  },
  {
    id: 'plans/0002_add_ons_promotions',
    sql: `
CREATE TABLE IF NOT EXISTS plans_add_ons (
  id           text PRIMARY KEY,
  company_id   text NOT NULL,
  name         text NOT NULL,
  category     text NOT NULL,
  price_cents  bigint NOT NULL,
  version      integer NOT NULL,
  active       boolean NOT NULL,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS plans_add_ons_company ON plans_add_ons (company_id, active, name);

CREATE TABLE IF NOT EXISTS plans_promotions (
  id           text PRIMARY KEY,
  company_id   text NOT NULL,
  name         text NOT NULL,
  discount     jsonb NOT NULL,
  months       integer NOT NULL,
  eligibility  jsonb NOT NULL,
  starts_on    date NOT NULL,
  ends_on      date,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS plans_promotions_company ON plans_promotions (company_id, starts_on);
`,
  },
  {
    id: 'plans/0003_combos',
    sql: `
CREATE TABLE IF NOT EXISTS plans_combos (
  id           text PRIMARY KEY,
  company_id   text NOT NULL,
  name         text NOT NULL,
  plan_id      text NOT NULL,
  add_on_ids   jsonb NOT NULL,
  price_cents  bigint NOT NULL,
  version      integer NOT NULL,
  active       boolean NOT NULL,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS plans_combos_company ON plans_combos (company_id, active, name);
`,
  },
];
