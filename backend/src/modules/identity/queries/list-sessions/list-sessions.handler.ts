import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Principal } from '../../../../platform/auth/principal.js';
import { SessionStore } from '../../infrastructure/sessions.js';

export interface SessionView {
  id: string;
  device: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  current: boolean;
}

export interface SessionList { items: SessionView[] }

export class ListSessionsQuery extends Query<SessionList> {
  constructor(readonly principal: Principal) {
    super();
  }
}

@QueryHandler(ListSessionsQuery)
export class ListSessionsHandler implements IQueryHandler<ListSessionsQuery> {
  constructor(private readonly sessions: SessionStore) {}

  async execute({ principal }: ListSessionsQuery) {
    const rows = await this.sessions.list(principal.id);
    return {
      items: rows.map((s) => ({
        id: s.id, device: s.device, userAgent: s.user_agent, ip: s.ip,
        createdAt: new Date(s.created_at).toISOString(), lastUsedAt: new Date(s.last_used_at).toISOString(), expiresAt: new Date(s.expires_at).toISOString(),
        current: s.id === principal.sessionId,
      })),
    };
  }
}
