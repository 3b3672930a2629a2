import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Database } from '@netprovider/event-store';
import { Authenticator, type Principal } from '../../../platform/auth/principal.js';
import { DATABASE } from '../../../platform/database/tokens.js';
import { AccessTokens } from './access-tokens.js';
import { RoleCatalogue } from './role-catalogue.js';

/**
 * Bearer token → Principal. Besides the signature and expiry, every request checks that the session is live
 * and the account active (one indexed query), so logout, session revocation and disabling a user take
 * effect at once, not when the 15-minute token expires. Permissions come from the roles as they are now.
 */
@Injectable()
export class JwtAuthenticator extends Authenticator {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly roles: RoleCatalogue,
    @Inject(DATABASE) private readonly db: Database,
  ) {
    super();
  }

  async authenticate(req: Request): Promise<Principal | null> {
    const header = req.headers.authorization;
    if (!header || !/^Bearer [A-Za-z0-9._~+/=-]+$/.test(header)) return null;
    const claims = await this.tokens.verify(header.slice(7));
    if (!claims) return null;

    if (claims.kind === 'subscriber') {
      const r = await this.db.query<{ customer_id: string; company_id: string }>(
        `SELECT a.customer_id, a.company_id FROM identity_subscriber_accounts a
         JOIN identity_sessions s ON s.subject_id = a.id AND s.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
         WHERE a.id = $1 AND a.status = 'active'`,
        [claims.subjectId, claims.sessionId],
      );
      const row = r.rows[0];
      if (!row) return null;
      return { kind: 'subscriber', id: claims.subjectId, companyId: row.company_id, companyIds: [row.company_id], permissions: new Set(), sessionId: claims.sessionId, customerId: row.customer_id };
    }

    const r = await this.db.query<{ roles: string[]; company_ids: string[]; mfa_enrolled: boolean; mfa_pending: boolean }>(
      `SELECT u.roles, u.company_ids, u.mfa_enrolled, s.mfa_pending FROM identity_users u
       JOIN identity_sessions s ON s.subject_id = u.id AND s.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
       WHERE u.id = $1 AND u.status = 'active'`,
      [claims.subjectId, claims.sessionId],
    );
    const row = r.rows[0];
    if (!row) return null;
    const { permissions, mfaRequired } = await this.roles.resolve(row.roles);
    const wanted = req.headers['x-company-id'];
    const companyId = typeof wanted === 'string' && row.company_ids.includes(wanted) ? wanted : row.company_ids[0]!;
    return {
      kind: 'staff',
      id: claims.subjectId,
      companyId,
      companyIds: row.company_ids,
      permissions,
      sessionId: claims.sessionId,
      // pending when the token was issued before enrolment, or when a role now requires MFA the user lacks
      mfaEnrolmentPending: claims.mfaPending || row.mfa_pending || (mfaRequired && !row.mfa_enrolled),
    };
  }
}
