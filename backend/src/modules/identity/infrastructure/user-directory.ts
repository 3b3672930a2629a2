import { Inject, Injectable } from '@nestjs/common';
import type { Database, SqlExecutor } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  status: 'active' | 'disabled';
  roles: string[];
  company_ids: string[];
  mfa_enrolled: boolean;
  created_at: Date;
  updated_at: Date;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  status: 'active' | 'disabled';
  roles: string[];
  companyIds: string[];
  mfaEnrolled: boolean;
  createdAt: string;
  updatedAt: string;
}

export const toUserView = (r: UserRow): UserView => ({
  id: r.id, email: r.email, name: r.name, status: r.status, roles: r.roles, companyIds: r.company_ids, mfaEnrolled: r.mfa_enrolled,
  createdAt: new Date(r.created_at).toISOString(), updatedAt: new Date(r.updated_at).toISOString(),
});

/** Lookups on the `identity_users` read model. */
@Injectable()
export class UserDirectory {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async byEmail(email: string, exec: SqlExecutor = this.db): Promise<UserRow | null> {
    const r = await exec.query<UserRow>('SELECT * FROM identity_users WHERE email = $1', [email.trim().toLowerCase()]);
    return r.rows[0] ?? null;
  }

  async byId(id: string, exec: SqlExecutor = this.db): Promise<UserRow | null> {
    const r = await exec.query<UserRow>('SELECT * FROM identity_users WHERE id = $1', [id]);
    return r.rows[0] ?? null;
  }

  /** The user only when it belongs to the company (a user of another company is "not found"). */
  async inCompany(id: string, companyId: string): Promise<UserRow | null> {
    const r = await this.db.query<UserRow>('SELECT * FROM identity_users WHERE id = $1 AND $2 = ANY(company_ids)', [id, companyId]);
    return r.rows[0] ?? null;
  }

  async count(): Promise<number> {
    const r = await this.db.query<{ n: string }>('SELECT count(*) AS n FROM identity_users');
    return Number(r.rows[0]!.n);
  }
}
