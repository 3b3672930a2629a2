import { Inject, Injectable } from '@nestjs/common';
import type { Database, SqlExecutor } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import { randomToken, sha256 } from './secrets.js';

export type TokenPurpose = 'password-reset' | 'first-access' | 'subscriber-invite' | 'subscriber-reset';

const LIFETIME_MS: Record<TokenPurpose, number> = {
  'password-reset': 60 * 60_000,
  'first-access': 7 * 86_400_000,
  'subscriber-invite': 14 * 86_400_000,
  'subscriber-reset': 60 * 60_000,
};

/** Single-use, expiring tokens for password reset and first access; stored as SHA-256 only. */
@Injectable()
export class OneTimeTokens {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async issue(exec: SqlExecutor, purpose: TokenPurpose, subject: { kind: 'staff' | 'subscriber'; id: string }): Promise<string> {
    const token = randomToken();
    // a new token for the same purpose retires the older ones
    await exec.query('UPDATE identity_one_time_tokens SET used_at = now() WHERE subject_id = $1 AND purpose = $2 AND used_at IS NULL', [subject.id, purpose]);
    await exec.query(
      'INSERT INTO identity_one_time_tokens (token_hash, purpose, subject_kind, subject_id, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [sha256(token), purpose, subject.kind, subject.id, new Date(Date.now() + LIFETIME_MS[purpose]).toISOString()],
    );
    return token;
  }

  /** Marks the token used and returns its subject, or null when unknown, used, expired or of another purpose. */
  async consume(exec: SqlExecutor, token: string, purposes: readonly TokenPurpose[]): Promise<{ purpose: TokenPurpose; subjectKind: 'staff' | 'subscriber'; subjectId: string } | null> {
    const r = await exec.query<{ purpose: TokenPurpose; subject_kind: 'staff' | 'subscriber'; subject_id: string }>(
      `UPDATE identity_one_time_tokens SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() AND purpose = ANY($2::text[])
       RETURNING purpose, subject_kind, subject_id`,
      [sha256(token), [...purposes]],
    );
    const row = r.rows[0];
    return row ? { purpose: row.purpose, subjectKind: row.subject_kind, subjectId: row.subject_id } : null;
  }
}

export interface CredentialRow {
  subject_id: string;
  password_hash: string | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: string | number;
  recovery_codes: string[];
}

/** Password hashes, TOTP secrets and recovery code hashes (never in the event log). */
@Injectable()
export class Credentials {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async get(subjectId: string, exec: SqlExecutor = this.db): Promise<CredentialRow | null> {
    const r = await exec.query<CredentialRow>('SELECT * FROM identity_credentials WHERE subject_id = $1', [subjectId]);
    return r.rows[0] ?? null;
  }

  async setPassword(exec: SqlExecutor, subjectId: string, hash: string): Promise<void> {
    await exec.query(
      `INSERT INTO identity_credentials (subject_id, password_hash) VALUES ($1, $2)
       ON CONFLICT (subject_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = now()`,
      [subjectId, hash],
    );
  }

  async setPendingTotp(subjectId: string, encryptedSecret: string): Promise<void> {
    await this.db.query(
      `INSERT INTO identity_credentials (subject_id, totp_pending_secret) VALUES ($1, $2)
       ON CONFLICT (subject_id) DO UPDATE SET totp_pending_secret = EXCLUDED.totp_pending_secret, updated_at = now()`,
      [subjectId, encryptedSecret],
    );
  }

  async activateTotp(exec: SqlExecutor, subjectId: string, step: number, recoveryCodeHashes: string[]): Promise<void> {
    await exec.query(
      `UPDATE identity_credentials SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = $2,
         recovery_codes = $3::jsonb, updated_at = now() WHERE subject_id = $1`,
      [subjectId, step, JSON.stringify(recoveryCodeHashes)],
    );
  }

  async clearTotp(exec: SqlExecutor, subjectId: string): Promise<void> {
    await exec.query(
      `UPDATE identity_credentials SET totp_secret = NULL, totp_pending_secret = NULL, recovery_codes = '[]'::jsonb, updated_at = now() WHERE subject_id = $1`,
      [subjectId],
    );
  }

  /** Records the time step a TOTP code matched; false if that step (or a later one) was already used (replay). */
  async useTotpStep(subjectId: string, step: number): Promise<boolean> {
    const r = await this.db.query('UPDATE identity_credentials SET totp_last_step = $2 WHERE subject_id = $1 AND totp_last_step < $2', [subjectId, step]);
    return r.rowCount > 0;
  }

  /** Spends one recovery code (by hash); false when it is not (or no longer) there. */
  async useRecoveryCode(subjectId: string, codeHash: string): Promise<boolean> {
    const r = await this.db.query(
      `UPDATE identity_credentials SET recovery_codes = recovery_codes - $2::text, updated_at = now()
       WHERE subject_id = $1 AND recovery_codes ? $2::text`,
      [subjectId, codeHash],
    );
    return r.rowCount > 0;
  }
}
