import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import type { Config } from '../../../platform/config/config.js';
import { CONFIG } from '../../../platform/database/tokens.js';

export interface AccessClaims {
  kind: 'staff' | 'subscriber';
  subjectId: string;
  sessionId: string;
  /** Staff token issued before MFA enrolment (only `mfa-enrolment` routes accept it). */
  mfaPending: boolean;
}

const ISSUER = 'netprovider';
const AUDIENCE = { staff: 'netprovider:staff', subscriber: 'netprovider:portal' } as const;

/**
 * Short-lived HS256 access tokens. Verification pins the algorithm (no `none`, no RS/HS confusion), the
 * issuer and the audience; permissions are not in the token but loaded per request, so a role change or a
 * disabled account takes effect at once.
 */
@Injectable()
export class AccessTokens {
  readonly ttlSeconds: number;
  private readonly key: Uint8Array;

  constructor(@Inject(CONFIG) config: Config) {
    this.key = new Uint8Array(config.jwtSecret);
    this.ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS;
  }

  sign(claims: AccessClaims): Promise<string> {
    return new SignJWT({ sid: claims.sessionId, knd: claims.kind, ...(claims.mfaPending ? { mfa_pending: true } : {}) })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.subjectId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE[claims.kind])
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER, audience: [AUDIENCE.staff, AUDIENCE.subscriber], clockTolerance: 5 });
      const kind = payload.knd;
      if ((kind !== 'staff' && kind !== 'subscriber') || payload.aud !== AUDIENCE[kind]) return null;
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      return { kind, subjectId: payload.sub, sessionId: payload.sid, mfaPending: payload.mfa_pending === true };
    } catch {
      return null;
    }
  }
}
