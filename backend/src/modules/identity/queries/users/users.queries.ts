import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { Database } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { UserDirectory, toUserView, type UserRow, type UserView } from '../../infrastructure/user-directory.js';
import { notFound } from '../../infrastructure/http-errors.js';

export const ListUsersQueryString = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
  status: z.enum(['active', 'disabled']).optional(),
  role: z.string().max(100).optional(),
  q: z.string().trim().max(200).optional(),
});
export type ListUsersQueryStringInput = z.infer<typeof ListUsersQueryString>;

export class ListUsersQuery extends Query<{ items: UserView[]; total: number; page: number; pageSize: number }> {
  constructor(readonly principal: Principal, readonly filter: ListUsersQueryStringInput) {
    super();
  }
}

/** Users of the caller's active company. */
@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async execute({ principal, filter }: ListUsersQuery) {
    const where = [`$1 = ANY(company_ids)`];
    const params: unknown[] = [principal.companyId];
    if (filter.status) where.push(`status = $${params.push(filter.status)}`);
    if (filter.role) where.push(`$${params.push(filter.role)} = ANY(roles)`);
    if (filter.q) where.push(`(name ILIKE $${params.push('%' + filter.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%')} OR email ILIKE $${params.length})`);
    const sql = `FROM identity_users WHERE ${where.join(' AND ')}`;
    const total = await this.db.query<{ n: string }>(`SELECT count(*) AS n ${sql}`, params);
    const rows = await this.db.query<UserRow>(
      `SELECT * ${sql} ORDER BY lower(name), id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    return { items: rows.rows.map(toUserView), total: Number(total.rows[0]!.n), page: filter.page, pageSize: filter.pageSize };
  }
}

export class GetUserQuery extends Query<UserView> {
  constructor(readonly principal: Principal, readonly userId: string) {
    super();
  }
}

@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery> {
  constructor(private readonly users: UserDirectory) {}

  async execute({ principal, userId }: GetUserQuery): Promise<UserView> {
    const row = await this.users.inCompany(userId, principal.companyId);
    if (!row) throw notFound('User');
    return toUserView(row);
  }
}
