import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Database, SqlExecutor } from '@netprovider/event-store';
import type { Config } from '../../../platform/config/config.js';
import { CONFIG, DATABASE } from '../../../platform/database/tokens.js';
import { randomToken, sha256 } from './secrets.js';

export interface SessionRow {
  id: string;
  subject_kind: 'staff' | 'subscriber';
  subject_id: string;
  mfa_pending: boolean;
  device: string;
  user_agent: string | null;
  ip: string | null;
  created_at: Date;
  last_used_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

export type RotateResult =
  | { ok: true; session: SessionRow; refreshToken: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'reused' };

/**
 * Sessions and their rotating refresh tokens. A session is one refresh-token family: each refresh marks the
 * presented token rotated and issues the next one; presenting a rotated token again means it was copied, so
 * the whole family is revoked (the thief and the victim both have to log in again).
 */
@Injectable()
export class SessionStore {
  private readonly ttlMs: number;

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(CONFIG) config: Config,
  ) {
    this.ttlMs = config.REFRESH_TOKEN_TTL_DAYS * 86_400_000;
  }

  async create(input: { kind: 'staff' | 'subscriber'; subjectId: string; mfaPending: boolean; userAgent?: string; ip?: string }): Promise<{ sessionId: string; refreshToken: string }> {
    const sessionId = randomUUID();
    const refreshToken = randomToken();
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO identity_sessions (id, subject_kind, subject_id, mfa_pending, device, user_agent, ip, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [sessionId, input.kind, input.subjectId, input.mfaPending, describeDevice(input.userAgent), input.userAgent?.slice(0, 512) ?? null, input.ip ?? null, new Date(Date.now() + this.ttlMs).toISOString()],
      );
      await tx.query('INSERT INTO identity_refresh_tokens (token_hash, session_id) VALUES ($1, $2)', [sha256(refreshToken), sessionId]);
    });
    return { sessionId, refreshToken };
  }

  async rotate(refreshToken: string, context: { ip?: string; userAgent?: string }): Promise<RotateResult> {
    return this.db.transaction(async (tx): Promise<RotateResult> => {
      const hash = sha256(refreshToken);
      const r = await tx.query<SessionRow & { rotated_at: Date | null }>(
        `SELECT s.*, t.rotated_at FROM identity_refresh_tokens t JOIN identity_sessions s ON s.id = t.session_id
         WHERE t.token_hash = $1 FOR UPDATE OF s`,
        [hash],
      );
      const row = r.rows[0];
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.revoked_at) return { ok: false, reason: 'revoked' };
      if (new Date(row.expires_at).getTime() <= Date.now()) return { ok: false, reason: 'expired' };
      // conditional update: of two concurrent refreshes with one token, exactly one wins; the other is a reuse
      const won = row.rotated_at ? 0 : (await tx.query('UPDATE identity_refresh_tokens SET rotated_at = now() WHERE token_hash = $1 AND rotated_at IS NULL', [hash])).rowCount;
      if (won === 0) {
        await this.revokeIn(tx, row.id, 'refresh-token-reuse');
        return { ok: false, reason: 'reused' };
      }
      const next = randomToken();
      await tx.query('INSERT INTO identity_refresh_tokens (token_hash, session_id) VALUES ($1, $2)', [sha256(next), row.id]);
      await tx.query('UPDATE identity_sessions SET last_used_at = now(), ip = coalesce($2, ip), user_agent = coalesce($3, user_agent) WHERE id = $1', [
        row.id, context.ip ?? null, context.userAgent?.slice(0, 512) ?? null,
      ]);
      return { ok: true, session: row, refreshToken: next };
    });
  }

  /** Issues a fresh refresh token for the session (after MFA enrolment) and retires the old ones. */
  async completeMfa(sessionId: string): Promise<string> {
    const next = randomToken();
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE identity_refresh_tokens SET rotated_at = coalesce(rotated_at, now()) WHERE session_id = $1', [sessionId]);
      await tx.query('INSERT INTO identity_refresh_tokens (token_hash, session_id) VALUES ($1, $2)', [sha256(next), sessionId]);
      await tx.query('UPDATE identity_sessions SET mfa_pending = false, last_used_at = now() WHERE id = $1', [sessionId]);
    });
    return next;
  }

  /** The session if it is live (for the authenticator: a revoked session kills its access tokens at once). */
  async live(sessionId: string): Promise<SessionRow | null> {
    const r = await this.db.query<SessionRow>('SELECT * FROM identity_sessions WHERE id = $1 AND revoked_at IS NULL AND expires_at > now()', [sessionId]);
    return r.rows[0] ?? null;
  }

  async list(subjectId: string): Promise<SessionRow[]> {
    const r = await this.db.query<SessionRow>(
      'SELECT * FROM identity_sessions WHERE subject_id = $1 AND revoked_at IS NULL AND expires_at > now() ORDER BY last_used_at DESC LIMIT 100',
      [subjectId],
    );
    return r.rows;
  }

  /** Revokes one of the subject's sessions; false when it is not theirs (or not live). */
  async revokeOwn(subjectId: string, sessionId: string, reason: string): Promise<boolean> {
    const r = await this.db.query(
      `UPDATE identity_sessions SET revoked_at = now(), revoked_reason = $3 WHERE id = $1 AND subject_id = $2 AND revoked_at IS NULL`,
      [sessionId, subjectId, reason],
    );
    return r.rowCount > 0;
  }

  async revokeAll(subjectId: string, reason: string, exec: SqlExecutor = this.db): Promise<void> {
    await exec.query(`UPDATE identity_sessions SET revoked_at = now(), revoked_reason = $2 WHERE subject_id = $1 AND revoked_at IS NULL`, [subjectId, reason]);
  }

  private async revokeIn(exec: SqlExecutor, sessionId: string, reason: string): Promise<void> {
    await exec.query(`UPDATE identity_sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`, [sessionId, reason]);
  }
}

/** "Firefox on Windows" from a user agent: enough for a person to recognise their own sessions. */
export function describeDevice(userAgent: string | undefined): string {
  if (!userAgent) return 'Unknown device';
  const browser =
    /Edg\//.test(userAgent) ? 'Edge' : /OPR\/|Opera/.test(userAgent) ? 'Opera' : /Firefox\//.test(userAgent) ? 'Firefox'
      : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : /okhttp|Dart|Expo|ReactNative/i.test(userAgent) ? 'Mobile app'
        : /curl|node|undici|python|Go-http/i.test(userAgent) ? 'API client' : 'Browser';
  const os =
    /Android/.test(userAgent) ? 'Android' : /iPhone|iPad|iOS/.test(userAgent) ? 'iOS' : /Windows/.test(userAgent) ? 'Windows'
      : /Mac OS X|Macintosh/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : null;
  return os ? `${browser} on ${os}` : browser;
}
