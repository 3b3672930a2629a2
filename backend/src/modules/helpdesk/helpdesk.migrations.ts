import type { Migration } from '@netprovider/event-store';

/** Tables owned by the helpdesk module. Append-only. */
export const helpdeskMigrations: Migration[] = [
  {
    // Protocol counters: one row per company and São Paulo day, incremented by a single upsert (atomic on
    // both databases), so concurrent openings never get the same number. The unique index on the tickets
    // read model is the second line of defence.
    id: 'helpdesk/0001_tickets',
    sql: `
CREATE TABLE IF NOT EXISTS helpdesk_protocol_counters (
  company_id  text NOT NULL,
  day         text NOT NULL,
  last_value  integer NOT NULL,
  PRIMARY KEY (company_id, day)
);
CREATE TABLE IF NOT EXISTS helpdesk_tickets (
  id           text PRIMARY KEY,
  company_id   text NOT NULL,
  protocol     text NOT NULL,
  customer_id  text NOT NULL,
  contract_id  text,
  category     text NOT NULL,
  channel      text NOT NULL,
  status       text NOT NULL,
  subject_enc  text NOT NULL,
  opened_at    timestamptz NOT NULL,
  version      integer NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS helpdesk_tickets_protocol ON helpdesk_tickets (company_id, protocol);
CREATE INDEX IF NOT EXISTS helpdesk_tickets_customer ON helpdesk_tickets (company_id, customer_id, opened_at);
CREATE INDEX IF NOT EXISTS helpdesk_tickets_opened ON helpdesk_tickets (company_id, opened_at);
`,
  },
];
