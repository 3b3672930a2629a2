import type { Migration } from '@netprovider/event-store';

/**
 * Tables owned by the identity module. Read models (users, roles, companies, subscriber accounts) are inline
 * projections of the events; credentials, sessions, one-time tokens and the local mail outbox are state that
 * never enters the event log (secrets must not be immutable). Append-only: add a migration, never edit one.
 */
export const identityMigrations: Migration[] = [
  {
    id: 'identity/0001_schema',
    sql: `
CREATE TABLE IF NOT EXISTS identity_companies (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS identity_users (
  id           text PRIMARY KEY,
  email        text NOT NULL,
  name         text NOT NULL,
  status       text NOT NULL,
  roles        text[] NOT NULL,
  company_ids  text[] NOT NULL,
  mfa_enrolled boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS identity_users_email ON identity_users (email);
CREATE INDEX IF NOT EXISTS identity_users_companies ON identity_users USING gin (company_ids);

CREATE TABLE IF NOT EXISTS identity_roles (
  id           text PRIMARY KEY,
  name         text NOT NULL,
  description  text NOT NULL,
  permissions  text[] NOT NULL,
  mfa_required boolean NOT NULL,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS identity_roles_name ON identity_roles (lower(name));

CREATE TABLE IF NOT EXISTS identity_subscriber_accounts (
  id             text PRIMARY KEY,
  customer_id    text NOT NULL,
  company_id     text NOT NULL,
  document_index text NOT NULL,
  document_kind  text NOT NULL,
  email          text,
  status         text NOT NULL,
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS identity_subscriber_accounts_document ON identity_subscriber_accounts (company_id, document_index);
CREATE INDEX IF NOT EXISTS identity_subscriber_accounts_lookup ON identity_subscriber_accounts (document_index);

-- secrets: argon2id password hash, TOTP secret (AES-256-GCM under a key derived from the master key),
-- recovery code hashes; subject is a user id or a subscriber account id
CREATE TABLE IF NOT EXISTS identity_credentials (
  subject_id          text PRIMARY KEY,
  password_hash       text,
  totp_secret         text,
  totp_pending_secret text,
  totp_last_step      bigint NOT NULL DEFAULT 0,
  recovery_codes      jsonb NOT NULL DEFAULT '[]'::jsonb,
  updated_at          timestamptz NOT NULL DEFAULT now()
);

-- a session is a refresh-token family: every refresh rotates the token; reusing a rotated one revokes the family
CREATE TABLE IF NOT EXISTS identity_sessions (
  id             text PRIMARY KEY,
  subject_kind   text NOT NULL,
  subject_id     text NOT NULL,
  mfa_pending    boolean NOT NULL DEFAULT false,
  device         text NOT NULL,
  user_agent     text,
  ip             text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  last_used_at   timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL,
  revoked_at     timestamptz,
  revoked_reason text
);
CREATE INDEX IF NOT EXISTS identity_sessions_subject ON identity_sessions (subject_id, created_at DESC);

CREATE TABLE IF NOT EXISTS identity_refresh_tokens (
  token_hash  text PRIMARY KEY,
  session_id  text NOT NULL REFERENCES identity_sessions (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  rotated_at  timestamptz
);
CREATE INDEX IF NOT EXISTS identity_refresh_tokens_session ON identity_refresh_tokens (session_id);

CREATE TABLE IF NOT EXISTS identity_one_time_tokens (
  token_hash   text PRIMARY KEY,
  purpose      text NOT NULL,
  subject_kind text NOT NULL,
  subject_id   text NOT NULL,
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS identity_one_time_tokens_subject ON identity_one_time_tokens (subject_id);

-- embedded mode has no mail transport: messages (with their links) wait here for an operator or a relay
CREATE TABLE IF NOT EXISTS identity_outbox_messages (
  id          text PRIMARY KEY,
  purpose     text NOT NULL,
  recipient   text NOT NULL,
  subject     text NOT NULL,
  body        text NOT NULL,
  token       text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  sent_at     timestamptz
);

-- the audit index (async projection of the event log): filters by company, actor, stream, type and time
CREATE TABLE IF NOT EXISTS identity_audit_log (
  global_position bigint PRIMARY KEY,
  event_id        text NOT NULL,
  stream_id       text NOT NULL,
  stream_version  bigint NOT NULL,
  type            text NOT NULL,
  company_id      text NOT NULL,
  actor_id        text,
  actor_kind      text,
  correlation_id  text,
  ip              text,
  recorded_at     timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS identity_audit_company ON identity_audit_log (company_id, global_position DESC);
CREATE INDEX IF NOT EXISTS identity_audit_actor ON identity_audit_log (company_id, actor_id, global_position DESC);
CREATE INDEX IF NOT EXISTS identity_audit_stream ON identity_audit_log (company_id, stream_id, global_position DESC);
CREATE INDEX IF NOT EXISTS identity_audit_type ON identity_audit_log (company_id, type, global_position DESC);
CREATE INDEX IF NOT EXISTS identity_audit_time ON identity_audit_log (company_id, recorded_at DESC);
`,
  },
  {
    // Mail relay (processors/mail-relay.ts): with SMTP configured, queued messages are sent and their link
    // (the token and the body holding it) is erased once the relay has it. Without SMTP they stay queued,
    // as in embedded mode before. status: queued | sending | sent | failed | expired (token used or expired
    // before it could be sent).
    id: 'identity/0002_mail_relay',
    sql: `
ALTER TABLE identity_outbox_messages ADD COLUMN IF NOT EXISTS status text NOT NULL DEFAULT 'queued';
ALTER TABLE identity_outbox_messages ADD COLUMN IF NOT EXISTS attempts integer NOT NULL DEFAULT 0;
ALTER TABLE identity_outbox_messages ADD COLUMN IF NOT EXISTS next_attempt_at timestamptz;
ALTER TABLE identity_outbox_messages ADD COLUMN IF NOT EXISTS lease_until timestamptz;
ALTER TABLE identity_outbox_messages ADD COLUMN IF NOT EXISTS last_error text;
CREATE INDEX IF NOT EXISTS identity_outbox_messages_pending ON identity_outbox_messages (created_at) WHERE status IN ('queued', 'sending');
`,
  },
];
