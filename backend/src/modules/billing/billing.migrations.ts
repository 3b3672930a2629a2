import type { Migration } from '@netprovider/event-store';

/**
 * Tables owned by the billing module. Collection accounts, settings and holidays are reference data (plain
 * rows, every change audited by the HTTP audit log); invoices, payments and runs are read models of their
 * event streams (rebuilt from the log). No personal data: invoices name the customer by id only (the payer's
 * name and document are read from the customers context when a slip is printed). Append-only.
 */
export const billingMigrations: Migration[] = [
  {
    id: 'billing/0001_reference_data',
    sql: `
CREATE TABLE IF NOT EXISTS billing_collection_accounts (
  id                   text PRIMARY KEY,
  company_id           text NOT NULL,
  name                 text NOT NULL,
  bank_code            text NOT NULL,
  agency               text NOT NULL,
  agency_digit         text,
  account              text NOT NULL,
  account_digit        text,
  agreement            text,
  wallet               text,
  station              text,
  cnab_layout          integer NOT NULL,
  pix_key              text,
  pix_mode             text NOT NULL DEFAULT 'static',
  pix_merchant_city    text NOT NULL DEFAULT 'SAO PAULO',
  beneficiary_name     text NOT NULL,
  beneficiary_document text NOT NULL,
  next_nosso_numero    bigint NOT NULL DEFAULT 1,
  remittance_sequence  integer NOT NULL DEFAULT 0,
  is_default           boolean NOT NULL DEFAULT false,
  active               boolean NOT NULL DEFAULT true,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS billing_collection_accounts_company ON billing_collection_accounts (company_id, active);
CREATE TABLE IF NOT EXISTS billing_settings (
  company_id                text PRIMARY KEY,
  fine_bp                   integer NOT NULL,
  interest_monthly_bp       integer NOT NULL,
  grace_days                integer NOT NULL,
  early_discount            jsonb,
  pix_valid_after_due_days  integer NOT NULL DEFAULT 60,
  updated_at                timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS billing_holidays (
  company_id  text NOT NULL,
  date        date NOT NULL,
  name        text NOT NULL,
  PRIMARY KEY (company_id, date)
);
CREATE TABLE IF NOT EXISTS billing_sequences (
  company_id  text NOT NULL,
  name        text NOT NULL,
  next_value  bigint NOT NULL,
  PRIMARY KEY (company_id, name)
);
`,
  },
  {
    id: 'billing/0002_read_models',
    sql: `
CREATE TABLE IF NOT EXISTS billing_contracts (
  contract_id          text PRIMARY KEY,
  company_id           text NOT NULL,
  customer_id          text NOT NULL,
  status               text NOT NULL,
  due_day              integer NOT NULL,
  billing_starts_on    date,
  cancelled_on         date,
  plan_name            text NOT NULL,
  price_cents          bigint NOT NULL,
  add_ons              jsonb NOT NULL DEFAULT '[]',
  promotion            jsonb,
  pending_adjustments  jsonb NOT NULL DEFAULT '[]',
  updated_at           timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS billing_contracts_billable ON billing_contracts (company_id, due_day) WHERE status IN ('active', 'suspended', 'cancelled');
CREATE TABLE IF NOT EXISTS billing_invoices (
  id                    text PRIMARY KEY,
  company_id            text NOT NULL,
  number                bigint NOT NULL,
  customer_id           text NOT NULL,
  contract_id           text,
  competence            text,
  run_id                text,
  issued_on             date NOT NULL,
  due_date              date NOT NULL,
  total_cents           bigint NOT NULL,
  paid_principal_cents  bigint NOT NULL DEFAULT 0,
  discount_cents        bigint NOT NULL DEFAULT 0,
  fine_interest_cents   bigint NOT NULL DEFAULT 0,
  status                text NOT NULL,
  collection_account_id text,
  bank_code             text,
  nosso_numero          text,
  nosso_numero_key      text,
  digitable_line        text,
  pix_txid              text,
  version               integer NOT NULL,
  updated_at            timestamptz NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS billing_invoices_one_per_competence ON billing_invoices (contract_id, competence) WHERE contract_id IS NOT NULL AND competence IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS billing_invoices_number ON billing_invoices (company_id, number);
CREATE INDEX IF NOT EXISTS billing_invoices_nosso_numero ON billing_invoices (bank_code, nosso_numero_key);
CREATE INDEX IF NOT EXISTS billing_invoices_customer ON billing_invoices (company_id, customer_id, due_date DESC);
CREATE INDEX IF NOT EXISTS billing_invoices_status ON billing_invoices (company_id, status, due_date);
CREATE INDEX IF NOT EXISTS billing_invoices_pix ON billing_invoices (pix_txid) WHERE pix_txid IS NOT NULL;
CREATE TABLE IF NOT EXISTS billing_payments (
  id              text PRIMARY KEY,
  invoice_id      text NOT NULL,
  company_id      text NOT NULL,
  customer_id     text NOT NULL,
  method          text NOT NULL,
  amount_cents    bigint NOT NULL,
  principal_cents bigint NOT NULL,
  fine_cents      bigint NOT NULL,
  interest_cents  bigint NOT NULL,
  discount_cents  bigint NOT NULL,
  fees_cents      bigint NOT NULL,
  overpaid_cents  bigint NOT NULL,
  paid_on         date NOT NULL,
  source_kind     text NOT NULL,
  source_ref      text NOT NULL,
  reversed        boolean NOT NULL DEFAULT false,
  recorded_at     timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS billing_payments_invoice ON billing_payments (invoice_id);
CREATE INDEX IF NOT EXISTS billing_payments_company_day ON billing_payments (company_id, paid_on);
CREATE TABLE IF NOT EXISTS billing_customer_credits (
  company_id    text NOT NULL,
  customer_id   text NOT NULL,
  balance_cents bigint NOT NULL,
  PRIMARY KEY (company_id, customer_id)
);
`,
  },
  {
    id: 'billing/0003_runs_and_files',
    sql: `
CREATE TABLE IF NOT EXISTS billing_runs (
  id            text PRIMARY KEY,
  company_id    text NOT NULL,
  competence    text NOT NULL,
  due_day_from  integer NOT NULL,
  due_day_to    integer NOT NULL,
  status        text NOT NULL,
  total         integer NOT NULL DEFAULT 0,
  done          integer NOT NULL DEFAULT 0,
  failed        integer NOT NULL DEFAULT 0,
  total_cents   bigint NOT NULL DEFAULT 0,
  warnings      jsonb NOT NULL DEFAULT '{}',
  requested_by  text NOT NULL,
  approved_by   text,
  requested_at  timestamptz NOT NULL,
  approved_at   timestamptz,
  started_at    timestamptz,
  finished_at   timestamptz,
  heartbeat_at  timestamptz
);
CREATE INDEX IF NOT EXISTS billing_runs_company ON billing_runs (company_id, requested_at DESC);
CREATE INDEX IF NOT EXISTS billing_runs_pending ON billing_runs (status) WHERE status IN ('previewing', 'issuing');
CREATE TABLE IF NOT EXISTS billing_run_items (
  run_id          text NOT NULL,
  contract_id     text NOT NULL,
  customer_id     text NOT NULL,
  due_date        date,
  total_cents     bigint NOT NULL,
  items           jsonb NOT NULL,
  adjustment_ids  jsonb NOT NULL DEFAULT '[]',
  warning         text,
  invoice_id      text,
  error           text,
  PRIMARY KEY (run_id, contract_id)
);
CREATE INDEX IF NOT EXISTS billing_run_items_pending ON billing_run_items (run_id, contract_id) WHERE invoice_id IS NULL AND error IS NULL AND warning IS NULL;
CREATE TABLE IF NOT EXISTS billing_bank_returns (
  id           text PRIMARY KEY,
  company_id   text NOT NULL,
  sha256       text NOT NULL,
  file_name    text,
  layout       integer NOT NULL,
  bank_code    text NOT NULL,
  report       jsonb NOT NULL,
  uploaded_by  text NOT NULL,
  uploaded_at  timestamptz NOT NULL,
  UNIQUE (company_id, sha256)
);
CREATE TABLE IF NOT EXISTS billing_remittances (
  id                     text PRIMARY KEY,
  company_id             text NOT NULL,
  collection_account_id  text NOT NULL,
  sequence               integer NOT NULL,
  invoice_ids            jsonb NOT NULL,
  content                text NOT NULL,
  created_by             text NOT NULL,
  created_at             timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS billing_statements (
  id           text PRIMARY KEY,
  company_id   text NOT NULL,
  sha256       text NOT NULL,
  account      jsonb,
  uploaded_by  text NOT NULL,
  uploaded_at  timestamptz NOT NULL,
  UNIQUE (company_id, sha256)
);
CREATE TABLE IF NOT EXISTS billing_statement_lines (
  statement_id  text NOT NULL,
  fit_id        text NOT NULL,
  company_id    text NOT NULL,
  posted_at     date NOT NULL,
  amount_cents  bigint NOT NULL,
  type          text NOT NULL,
  memo          text NOT NULL,
  status        text NOT NULL,
  invoice_id    text,
  payment_id    text,
  PRIMARY KEY (statement_id, fit_id)
);
CREATE UNIQUE INDEX IF NOT EXISTS billing_statement_lines_fit ON billing_statement_lines (company_id, fit_id, posted_at, amount_cents);
`,
  },
  {
    id: 'billing/0004_contract_combo',
    sql: `
ALTER TABLE billing_contracts ADD COLUMN IF NOT EXISTS plan_id text;
ALTER TABLE billing_contracts ADD COLUMN IF NOT EXISTS combo jsonb;
`,
  },
  {
    // A line already seen in an earlier (overlapping) statement is kept, marked duplicate, so the second
    // statement still lists it: only the first sighting of FITID + date + amount is unique.
    id: 'billing/0005_statement_reconciliation_and_remittance_items',
    sql: `
ALTER TABLE billing_statements ADD COLUMN IF NOT EXISTS file_name text;
ALTER TABLE billing_statements ADD COLUMN IF NOT EXISTS period_start date;
ALTER TABLE billing_statements ADD COLUMN IF NOT EXISTS period_end date;
ALTER TABLE billing_statement_lines ADD COLUMN IF NOT EXISTS line_no integer NOT NULL DEFAULT 0;
ALTER TABLE billing_statement_lines ADD COLUMN IF NOT EXISTS name text;
ALTER TABLE billing_statement_lines ADD COLUMN IF NOT EXISTS proposals jsonb NOT NULL DEFAULT '[]';
ALTER TABLE billing_statement_lines ADD COLUMN IF NOT EXISTS duplicate_of text;
ALTER TABLE billing_statement_lines ADD COLUMN IF NOT EXISTS ignore_reason text;
ALTER TABLE billing_statement_lines ADD COLUMN IF NOT EXISTS decided_by text;
ALTER TABLE billing_statement_lines ADD COLUMN IF NOT EXISTS decided_at timestamptz;
DROP INDEX IF EXISTS billing_statement_lines_fit;
CREATE UNIQUE INDEX IF NOT EXISTS billing_statement_lines_first_seen ON billing_statement_lines (company_id, fit_id, posted_at, amount_cents) WHERE status <> 'duplicate';
CREATE INDEX IF NOT EXISTS billing_statements_company ON billing_statements (company_id, uploaded_at DESC);
ALTER TABLE billing_remittances ADD COLUMN IF NOT EXISTS file_name text;
ALTER TABLE billing_remittances ADD COLUMN IF NOT EXISTS layout integer;
ALTER TABLE billing_remittances ADD COLUMN IF NOT EXISTS bank_code text;
ALTER TABLE billing_remittances ADD COLUMN IF NOT EXISTS total_cents bigint NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS billing_remittances_company ON billing_remittances (company_id, created_at DESC);
CREATE TABLE IF NOT EXISTS billing_remittance_items (
  invoice_id     text PRIMARY KEY,
  remittance_id  text NOT NULL,
  company_id     text NOT NULL
);
CREATE INDEX IF NOT EXISTS billing_remittance_items_remittance ON billing_remittance_items (remittance_id);
`,
  },
  {
    id: 'billing/0006_contract_installation',
    sql: `ALTER TABLE billing_contracts ADD COLUMN IF NOT EXISTS installation jsonb;`,
  },
  {
    // PSP charges (cobv) that could not be created or cancelled for a reason retrying will not fix: the
    // reactor records them here and moves on; staff list and retry them. Violated property names only,
    // never the values the PSP echoes (they may be payer data).
    id: 'billing/0007_pix_charge_failures',
    sql: `
CREATE TABLE IF NOT EXISTS billing_pix_charge_failures (
  invoice_id       text PRIMARY KEY,
  company_id       text NOT NULL,
  operation        text NOT NULL,
  txid             text NOT NULL,
  psp_status       integer NOT NULL,
  error_type       text NOT NULL,
  title            text NOT NULL,
  detail           text,
  violations       jsonb NOT NULL DEFAULT '[]'::jsonb,
  attempts         integer NOT NULL DEFAULT 1,
  first_failed_at  timestamptz NOT NULL,
  last_failed_at   timestamptz NOT NULL,
  resolved_at      timestamptz
);
CREATE INDEX IF NOT EXISTS billing_pix_charge_failures_open ON billing_pix_charge_failures (company_id, last_failed_at) WHERE resolved_at IS NULL;
`,
  },
  {
    // What left an invoice without money: written off as a loss, or moved into a payment agreement.
    id: 'billing/0008_written_off_renegotiated',
    sql: `
ALTER TABLE billing_invoices ADD COLUMN IF NOT EXISTS written_off_cents bigint NOT NULL DEFAULT 0;
ALTER TABLE billing_invoices ADD COLUMN IF NOT EXISTS renegotiated_cents bigint NOT NULL DEFAULT 0;
ALTER TABLE billing_invoices ADD COLUMN IF NOT EXISTS agreement_id text;
`,
  },
  {
    // Bank instructions after registration (pedido de baixa…): one write-off per invoice, ever (unique index),
    // the remessa that carried it, and the retorno's confirmation.
    id: 'billing/0009_remittance_instructions',
    sql: `
CREATE TABLE IF NOT EXISTS billing_remittance_instructions (
  id                    text PRIMARY KEY,
  invoice_id            text NOT NULL,
  company_id            text NOT NULL,
  collection_account_id text NOT NULL,
  kind                  text NOT NULL,
  reason                text NOT NULL,
  remittance_id         text NOT NULL,
  sequence              integer NOT NULL,
  movement_code         text NOT NULL,
  sent_at               timestamptz NOT NULL,
  confirmed_at          timestamptz,
  confirmation_code     text,
  confirmation_date     date,
  bank_return_id        text
);
CREATE UNIQUE INDEX IF NOT EXISTS billing_remittance_instructions_one_write_off ON billing_remittance_instructions (invoice_id) WHERE kind = 'write-off';
CREATE INDEX IF NOT EXISTS billing_remittance_instructions_invoice ON billing_remittance_instructions (invoice_id);
`,
  },
  {
    // Anatel RGC (Res. 765/2023): no charge for days suspended for delinquency; the company may turn the
    // automatic credit off (e.g. contracts that say otherwise are handled by hand). Default on.
    id: 'billing/0010_credit_suspended_days',
    sql: `
ALTER TABLE billing_settings ADD COLUMN IF NOT EXISTS credit_delinquency_suspended_days boolean NOT NULL DEFAULT true;
`,
  },
  {
    // Suspended-days credit that no invoice can absorb (a whole month, or the days already charged of a
    // contract cancelled while suspended for delinquency) becomes customer credit balance: billing_contracts
    // keeps when and why the contract is suspended; billing_credit_grants is the ledger of such credits
    // (decided inline with the contract event, granted by the CustomerCreditGranted event).
    id: 'billing/0011_suspended_days_credit_balance',
    sql: `
ALTER TABLE billing_contracts ADD COLUMN IF NOT EXISTS suspended_since date;
ALTER TABLE billing_contracts ADD COLUMN IF NOT EXISTS suspension_reason text;
CREATE TABLE IF NOT EXISTS billing_credit_grants (
  id               text PRIMARY KEY,
  company_id       text NOT NULL,
  customer_id      text NOT NULL,
  contract_id      text NOT NULL,
  source_event_id  text NOT NULL,
  amount_cents     bigint NOT NULL,
  description      text NOT NULL,
  decided_on       date NOT NULL,
  granted          boolean NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS billing_credit_grants_source ON billing_credit_grants (source_event_id);
CREATE INDEX IF NOT EXISTS billing_credit_grants_customer ON billing_credit_grants (company_id, customer_id);
`,
  },
  {
    // Performance (issue 5). Flagged run lines (warning or error) get their own index: a run's page lists them
    // first without sorting every line of the run. billing_invoices.rules copies the late-charge rules fixed
    // at issue (they never change), so settling a bank return folds each invoice from the read model
    // (billing_invoices + billing_payments) instead of replaying its stream; existing rows are filled from
    // their InvoiceIssued event.
    id: 'billing/0012_settlement_from_read_model',
    sql: `
CREATE INDEX IF NOT EXISTS billing_run_items_flagged ON billing_run_items (run_id, contract_id) WHERE warning IS NOT NULL OR error IS NOT NULL;
ALTER TABLE billing_invoices ADD COLUMN IF NOT EXISTS rules jsonb;
UPDATE billing_invoices i SET rules = e.data->'rules'
  FROM es_events e WHERE e.stream_id = 'invoice-' || i.id AND e.stream_version = 1 AND e.type = 'InvoiceIssued' AND i.rules IS NULL;
`,
  },
  {
    // Alteração de vencimento: the due date each registration and each instruction 06 told the bank, so the next
    // remessa sends 06 exactly when the invoice's date differs from the last one the bank knows. Rows written
    // before this migration registered the issue-time date (no date could change then).
    id: 'billing/0013_due_date_instructions',
    sql: `
ALTER TABLE billing_remittance_items ADD COLUMN IF NOT EXISTS due_date date;
UPDATE billing_remittance_items r SET due_date = i.due_date FROM billing_invoices i WHERE i.id = r.invoice_id AND r.due_date IS NULL;
ALTER TABLE billing_remittance_instructions ADD COLUMN IF NOT EXISTS due_date date;
`,
  },
];
