import type { Migration } from '@netprovider/event-store';

/**
 * Tables owned by the collections module. Ladders are reference data (plain rows; every step applied copies
 * what it used into its event). The rest are read models: invoices and contracts as collections needs them,
 * folded from billing's and contracts' events (never their tables), the dunning status of each contract and
 * the embedded message outbox, folded from the dunning streams. Append-only.
 */
export const collectionsMigrations: Migration[] = [
  {
    id: 'collections/0001_ladders_and_read_models',
    sql: `
CREATE TABLE IF NOT EXISTS collections_ladders (
  id                text PRIMARY KEY,
  company_id        text NOT NULL,
  name              text NOT NULL,
  is_default        boolean NOT NULL DEFAULT false,
  plan_ids          jsonb NOT NULL DEFAULT '[]',
  steps             jsonb NOT NULL,
  suspension_notice jsonb NOT NULL,
  trust_unblock     jsonb NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS collections_ladders_company ON collections_ladders (company_id);
CREATE UNIQUE INDEX IF NOT EXISTS collections_ladders_one_default ON collections_ladders (company_id) WHERE is_default;

CREATE TABLE IF NOT EXISTS collections_contracts (
  contract_id  text PRIMARY KEY,
  company_id   text NOT NULL,
  customer_id  text NOT NULL,
  plan_id      text,
  pppoe_login  text,
  status       text NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS collections_contracts_customer ON collections_contracts (company_id, customer_id);

CREATE TABLE IF NOT EXISTS collections_invoices (
  id                   text PRIMARY KEY,
  company_id           text NOT NULL,
  contract_id          text,
  customer_id          text NOT NULL,
  due_date             date NOT NULL,
  grace_days           integer NOT NULL DEFAULT 0,
  total_cents          bigint NOT NULL,
  settled_cents        bigint NOT NULL DEFAULT 0,
  status               text NOT NULL,
  updated_at           timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS collections_invoices_contract ON collections_invoices (contract_id) WHERE status = 'open';
CREATE INDEX IF NOT EXISTS collections_invoices_open_due ON collections_invoices (company_id, due_date) WHERE status = 'open';

CREATE TABLE IF NOT EXISTS collections_dunning (
  contract_id  text PRIMARY KEY,
  company_id   text NOT NULL,
  level        text NOT NULL,
  trust_until  date,
  last_step    text,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS collections_dunning_active ON collections_dunning (company_id) WHERE level <> 'none' OR trust_until IS NOT NULL;

CREATE TABLE IF NOT EXISTS collections_messages (
  id           text PRIMARY KEY,
  company_id   text NOT NULL,
  contract_id  text NOT NULL,
  customer_id  text NOT NULL,
  step_id      text NOT NULL,
  channel      text NOT NULL,
  body         text NOT NULL,
  invoice_ids  jsonb NOT NULL,
  status       text NOT NULL DEFAULT 'queued',
  created_at   timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS collections_messages_contract ON collections_messages (contract_id, created_at);
`,
  },
  {
    // Message delivery: the sender processor claims queued rows (lease), sends through the channel's provider
    // and records the outcome; delivery receipts (WhatsApp webhook) move sent → delivered/read/failed.
    // last_error holds a code and the provider's status, never a recipient or body.
    id: 'collections/0002_message_delivery',
    sql: `
ALTER TABLE collections_messages ADD COLUMN IF NOT EXISTS action text;
ALTER TABLE collections_messages ADD COLUMN IF NOT EXISTS attempts integer NOT NULL DEFAULT 0;
ALTER TABLE collections_messages ADD COLUMN IF NOT EXISTS next_attempt_at timestamptz;
ALTER TABLE collections_messages ADD COLUMN IF NOT EXISTS lease_until timestamptz;
ALTER TABLE collections_messages ADD COLUMN IF NOT EXISTS claim_id text;
ALTER TABLE collections_messages ADD COLUMN IF NOT EXISTS provider text;
ALTER TABLE collections_messages ADD COLUMN IF NOT EXISTS provider_message_id text;
ALTER TABLE collections_messages ADD COLUMN IF NOT EXISTS last_error text;
ALTER TABLE collections_messages ADD COLUMN IF NOT EXISTS status_at timestamptz;
CREATE INDEX IF NOT EXISTS collections_messages_pending ON collections_messages (next_attempt_at NULLS FIRST, created_at) WHERE status IN ('queued', 'sending');
CREATE UNIQUE INDEX IF NOT EXISTS collections_messages_provider_id ON collections_messages (provider, provider_message_id) WHERE provider_message_id IS NOT NULL;
`,
  },
  {
    // Written-off and renegotiated invoices stopped being collected only in billing: collections_invoices now
    // folds those amounts too (read-models/collections-invoices.projection.ts). Rows folded before this change
    // get the same amounts from the event log.
    id: 'collections/0003_closed_by_write_off_or_agreement',
    sql: `
UPDATE collections_invoices i
   SET settled_cents = i.settled_cents + x.delta,
       status = CASE WHEN i.status = 'cancelled' THEN 'cancelled' WHEN i.total_cents - (i.settled_cents + x.delta) <= 0 THEN 'paid' ELSE 'open' END,
       updated_at = now()
  FROM (SELECT substr(e.stream_id, 9) AS id,
               sum(CASE WHEN e.type IN ('InvoiceWrittenOff', 'InvoiceRenegotiated') THEN 1 ELSE -1 END * (e.data->>'amountCents')::bigint) AS delta
          FROM es_events e
         WHERE e.stream_id LIKE 'invoice-%'
           AND e.type IN ('InvoiceWrittenOff', 'InvoiceWriteOffReversed', 'InvoiceRenegotiated', 'InvoiceRenegotiationUndone')
         GROUP BY 1) x
 WHERE i.id = x.id AND x.delta <> 0;
`,
  },
];
