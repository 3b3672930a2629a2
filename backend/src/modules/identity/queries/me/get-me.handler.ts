import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Database } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { UserDirectory, toUserView, type UserView } from '../../infrastructure/user-directory.js';
import { notFound } from '../../infrastructure/http-errors.js';

export type Me = UserView & {
  permissions: string[];
  companyId: string;
  companies: Array<{ id: string; name: string }>;
  mfaEnrolmentPending: boolean;
  sessionId?: string;
};

export class GetMeQuery extends Query<Me> {
  constructor(readonly principal: Principal) {
    super();
  }
}

@QueryHandler(GetMeQuery)
export class GetMeHandler implements IQueryHandler<GetMeQuery> {
  constructor(
    private readonly users: UserDirectory,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  async execute({ principal }: GetMeQuery): Promise<Me> {
    const row = await this.users.byId(principal.id);
    if (!row) throw notFound('User');
    const companies = await this.db.query<{ id: string; name: string }>('SELECT id, name FROM identity_companies WHERE id = ANY($1::text[]) ORDER BY name', [principal.companyIds]);
    return {
      ...toUserView(row),
      permissions: [...principal.permissions].sort(),
      companyId: principal.companyId,
      companies: companies.rows,
      mfaEnrolmentPending: !!principal.mfaEnrolmentPending,
      sessionId: principal.sessionId,
    };
  }
}
