import type { Migration } from '@netprovider/event-store';

/** Tables owned by the platform itself (not by a bounded context). Append-only: add, never edit. */
export const platformMigrations: Migration[] = [
  {
    id: 'platform/0001_idempotency',
    sql: `
CREATE TABLE IF NOT EXISTS http_idempotency (
  principal     text NOT NULL,
  key           text NOT NULL,
  request_hash  text NOT NULL,
  status_code   integer,
  response      jsonb,
  content_type  text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  completed_at  timestamptz,
  PRIMARY KEY (principal, key)
);
CREATE INDEX IF NOT EXISTS http_idempotency_created ON http_idempotency (created_at);`,
  },
];
