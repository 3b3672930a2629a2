import { Injectable } from '@nestjs/common';
import { AccessTokens } from './access-tokens.js';
import { SessionStore } from './sessions.js';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

/** Starts a session (a refresh-token family) and signs its first access token. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly sessions: SessionStore,
    private readonly tokens: AccessTokens,
  ) {}

  async start(input: { kind: 'staff' | 'subscriber'; subjectId: string; mfaPending: boolean; ip?: string; userAgent?: string }): Promise<TokenPair & { sessionId: string }> {
    const { sessionId, refreshToken } = await this.sessions.create(input);
    const accessToken = await this.tokens.sign({ kind: input.kind, subjectId: input.subjectId, sessionId, mfaPending: input.mfaPending });
    return { sessionId, accessToken, refreshToken, tokenType: 'Bearer', expiresIn: this.tokens.ttlSeconds };
  }

  async pair(kind: 'staff' | 'subscriber', subjectId: string, sessionId: string, refreshToken: string, mfaPending: boolean): Promise<TokenPair> {
    const accessToken = await this.tokens.sign({ kind, subjectId, sessionId, mfaPending });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: this.tokens.ttlSeconds };
  }
}
