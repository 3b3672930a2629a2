import type { Migration } from '@netprovider/event-store';

/**
 * Tables owned by the finance module. Chart of accounts, suppliers, payables, recurring bills, bank/cash
 * accounts and their movements are plain rows (every change audited by the HTTP audit log); receivables,
 * DRE entries and receipt movements are read models of billing's invoice events (`finance-ledger`
 * projection, rebuildable); agreements are the read model of their streams. Append-only.
 */
export const financeMigrations: Migration[] = [
  {
    id: 'finance/0001_finance',
    sql: `
CREATE TABLE IF NOT EXISTS finance_accounts (
  id          text PRIMARY KEY,
  company_id  text NOT NULL,
  code        text NOT NULL,
  name        text NOT NULL,
  kind        text NOT NULL,
  system_key  text,
  active      boolean NOT NULL DEFAULT true,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS finance_accounts_code ON finance_accounts (company_id, code);
CREATE UNIQUE INDEX IF NOT EXISTS finance_accounts_system ON finance_accounts (company_id, system_key) WHERE system_key IS NOT NULL;

CREATE TABLE IF NOT EXISTS finance_suppliers (
  id          text PRIMARY KEY,
  company_id  text NOT NULL,
  name        text NOT NULL,
  document    text,
  email       text,
  phone       text,
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS finance_suppliers_company ON finance_suppliers (company_id, name);

CREATE TABLE IF NOT EXISTS finance_bank_accounts (
  id                    text PRIMARY KEY,
  company_id            text NOT NULL,
  name                  text NOT NULL,
  kind                  text NOT NULL,
  bank_code             text,
  agency                text,
  account               text,
  collection_account_id text,
  default_for           text,
  opening_balance_cents bigint NOT NULL DEFAULT 0,
  opening_date          date,
  active                boolean NOT NULL DEFAULT true,
  created_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS finance_bank_accounts_company ON finance_bank_accounts (company_id);
CREATE UNIQUE INDEX IF NOT EXISTS finance_bank_accounts_default ON finance_bank_accounts (company_id, default_for) WHERE default_for IS NOT NULL;

CREATE TABLE IF NOT EXISTS finance_cash_movements (
  id              text PRIMARY KEY,
  company_id      text NOT NULL,
  bank_account_id text NOT NULL,
  date            date NOT NULL,
  amount_cents    bigint NOT NULL,
  kind            text NOT NULL,
  system_key      text,
  account_id      text,
  description     text NOT NULL,
  reference       text,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS finance_cash_movements_account ON finance_cash_movements (bank_account_id, date);
CREATE INDEX IF NOT EXISTS finance_cash_movements_company ON finance_cash_movements (company_id, date);
CREATE INDEX IF NOT EXISTS finance_cash_movements_reference ON finance_cash_movements (reference);

CREATE TABLE IF NOT EXISTS finance_recurring_bills (
  id            text PRIMARY KEY,
  company_id    text NOT NULL,
  supplier_id   text,
  description   text NOT NULL,
  account_id    text NOT NULL,
  amount_cents  bigint NOT NULL,
  due_day       integer NOT NULL,
  start_month   text NOT NULL,
  end_month     text,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS finance_payables (
  id            text PRIMARY KEY,
  company_id    text NOT NULL,
  supplier_id   text,
  description   text NOT NULL,
  document      text,
  account_id    text NOT NULL,
  competence    text NOT NULL,
  issue_date    date NOT NULL,
  total_cents   bigint NOT NULL,
  status        text NOT NULL,
  recurring_bill_id text,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS finance_payables_company ON finance_payables (company_id, competence);
CREATE UNIQUE INDEX IF NOT EXISTS finance_payables_recurring ON finance_payables (recurring_bill_id, competence) WHERE recurring_bill_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS finance_payable_instalments (
  payable_id      text NOT NULL,
  number          integer NOT NULL,
  company_id      text NOT NULL,
  due_date        date NOT NULL,
  amount_cents    bigint NOT NULL,
  paid_on         date,
  bank_account_id text,
  PRIMARY KEY (payable_id, number)
);
CREATE INDEX IF NOT EXISTS finance_payable_instalments_due ON finance_payable_instalments (company_id, due_date) WHERE paid_on IS NULL;

CREATE TABLE IF NOT EXISTS finance_receivables (
  invoice_id            text PRIMARY KEY,
  company_id            text NOT NULL,
  customer_id           text NOT NULL,
  issued_on             date NOT NULL,
  due_date              date NOT NULL,
  total_cents           bigint NOT NULL,
  paid_cents            bigint NOT NULL DEFAULT 0,
  written_off_cents     bigint NOT NULL DEFAULT 0,
  renegotiated_cents    bigint NOT NULL DEFAULT 0,
  cancelled             boolean NOT NULL DEFAULT false,
  collection_account_id text,
  agreement_instalment  boolean NOT NULL DEFAULT false,
  revenue_cents         bigint NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS finance_receivables_customer ON finance_receivables (company_id, customer_id, due_date);
CREATE INDEX IF NOT EXISTS finance_receivables_due ON finance_receivables (company_id, due_date);

CREATE TABLE IF NOT EXISTS finance_entries (
  id          text PRIMARY KEY,
  company_id  text NOT NULL,
  date        date NOT NULL,
  month       text NOT NULL,
  system_key  text NOT NULL,
  amount_cents bigint NOT NULL,
  invoice_id  text,
  reference   text
);
CREATE INDEX IF NOT EXISTS finance_entries_month ON finance_entries (company_id, month);
CREATE INDEX IF NOT EXISTS finance_entries_reference ON finance_entries (reference);

CREATE TABLE IF NOT EXISTS finance_agreements (
  id            text PRIMARY KEY,
  company_id    text NOT NULL,
  customer_id   text NOT NULL,
  date          date NOT NULL,
  status        text NOT NULL,
  total_cents   bigint NOT NULL,
  terms         jsonb NOT NULL,
  outcome       jsonb,
  version       integer NOT NULL,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS finance_agreements_company ON finance_agreements (company_id, status);
CREATE INDEX IF NOT EXISTS finance_agreements_customer ON finance_agreements (company_id, customer_id);

CREATE TABLE IF NOT EXISTS finance_settings (
  company_id             text PRIMARY KEY,
  agreement_break_days   integer NOT NULL,
  updated_at             timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    // The invoice number, printed on the debt-discharge declaration.
    id: 'finance/0002_receivable_number',
    sql: `ALTER TABLE finance_receivables ADD COLUMN IF NOT EXISTS number bigint;`,
  },
  {
    // Cash-basis DRE: which basis an entry counts for, and what each invoice's revenue is made of.
    id: 'finance/0003_cash_basis',
    sql: `
ALTER TABLE finance_entries ADD COLUMN IF NOT EXISTS basis text NOT NULL DEFAULT 'both';
ALTER TABLE finance_receivables ADD COLUMN IF NOT EXISTS revenue_split jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE finance_receivables ADD COLUMN IF NOT EXISTS agreement_id text;
CREATE INDEX IF NOT EXISTS finance_receivables_agreement ON finance_receivables (agreement_id) WHERE agreement_id IS NOT NULL;
`,
  },
  {
    // Partial payments of a bill's instalment: what was paid so far and how many payments (each one a cash
    // movement); an instalment is paid (paid_on) when nothing is left open.
    id: 'finance/0004_partial_payable_payments',
    sql: `
ALTER TABLE finance_payable_instalments ADD COLUMN IF NOT EXISTS paid_cents bigint NOT NULL DEFAULT 0;
ALTER TABLE finance_payable_instalments ADD COLUMN IF NOT EXISTS payments integer NOT NULL DEFAULT 0;
UPDATE finance_payable_instalments SET paid_cents = amount_cents, payments = 1 WHERE paid_on IS NOT NULL AND payments = 0;
`,
  },
];
