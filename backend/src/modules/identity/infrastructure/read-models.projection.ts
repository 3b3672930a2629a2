import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import type { UserEvent } from '../domain/user.events.js';
import type { RoleEvent } from '../domain/role.events.js';
import type { SubscriberAccountEvent } from '../domain/subscriber-account.events.js';
import type { CompanyEvent } from '../domain/company.events.js';

type IdentityEvent = UserEvent | RoleEvent | SubscriberAccountEvent | CompanyEvent;

/**
 * The identity read models, written in the append transaction (read-your-writes: a user created is found by
 * e-mail at the next login; the unique e-mail index refuses a duplicate in the same transaction as its events).
 */
export const identityReadModels: InlineProjection = {
  name: 'identity-read-models',
  eventTypes: [
    'CompanyCreated',
    'UserCreated', 'UserDetailsChanged', 'UserRolesChanged', 'UserCompaniesChanged', 'UserDisabled', 'UserEnabled', 'UserMfaEnrolled', 'UserMfaReset',
    'RoleCreated', 'RoleChanged',
    'SubscriberAccountInvited', 'SubscriberPasswordSet', 'SubscriberAccountDisabled',
  ],
  async handle(events: readonly RecordedEvent[], tx: Transaction) {
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as IdentityEvent;
      const at = recorded.recordedAt.toISOString();
      switch (e.type) {
        case 'CompanyCreated':
          await tx.query('INSERT INTO identity_companies (id, name, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [e.data.companyId, e.data.name, at]);
          break;
        case 'UserCreated':
          await tx.query(
            `INSERT INTO identity_users (id, email, name, status, roles, company_ids, created_at, updated_at) VALUES ($1, $2, $3, 'active', $4, $5, $6, $6)`,
            [e.data.userId, e.data.email, e.data.name, e.data.roles, e.data.companyIds, at],
          );
          break;
        case 'UserDetailsChanged':
          await tx.query('UPDATE identity_users SET email = coalesce($2, email), name = coalesce($3, name), updated_at = $4 WHERE id = $1', [
            e.data.userId, e.data.email ?? null, e.data.name ?? null, at,
          ]);
          break;
        case 'UserRolesChanged':
          await tx.query('UPDATE identity_users SET roles = $2, updated_at = $3 WHERE id = $1', [e.data.userId, e.data.roles, at]);
          break;
        case 'UserCompaniesChanged':
          await tx.query('UPDATE identity_users SET company_ids = $2, updated_at = $3 WHERE id = $1', [e.data.userId, e.data.companyIds, at]);
          break;
        case 'UserDisabled':
        case 'UserEnabled':
          await tx.query('UPDATE identity_users SET status = $2, updated_at = $3 WHERE id = $1', [e.data.userId, e.type === 'UserDisabled' ? 'disabled' : 'active', at]);
          break;
        case 'UserMfaEnrolled':
        case 'UserMfaReset':
          await tx.query('UPDATE identity_users SET mfa_enrolled = $2, updated_at = $3 WHERE id = $1', [e.data.userId, e.type === 'UserMfaEnrolled', at]);
          break;
        case 'UserPasswordSet':
          break;
        case 'RoleCreated':
          await tx.query(
            'INSERT INTO identity_roles (id, name, description, permissions, mfa_required, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)',
            [e.data.roleId, e.data.name, e.data.description, e.data.permissions, e.data.mfaRequired, at],
          );
          break;
        case 'RoleChanged':
          await tx.query(
            `UPDATE identity_roles SET name = coalesce($2, name), description = coalesce($3, description), permissions = coalesce($4, permissions),
               mfa_required = coalesce($5, mfa_required), updated_at = $6 WHERE id = $1`,
            [e.data.roleId, e.data.name ?? null, e.data.description ?? null, e.data.permissions ?? null, e.data.mfaRequired ?? null, at],
          );
          break;
        case 'SubscriberAccountInvited':
          await tx.query(
            `INSERT INTO identity_subscriber_accounts (id, customer_id, company_id, document_index, document_kind, email, status, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'invited', $7, $7)`,
            [e.data.accountId, e.data.customerId, recorded.metadata.companyId, e.data.documentIndex, e.data.documentKind, e.data.email, at],
          );
          break;
        case 'SubscriberPasswordSet':
          await tx.query(`UPDATE identity_subscriber_accounts SET status = 'active', updated_at = $2 WHERE id = $1 AND status <> 'disabled'`, [e.data.accountId, at]);
          break;
        case 'SubscriberAccountDisabled':
          await tx.query(`UPDATE identity_subscriber_accounts SET status = 'disabled', updated_at = $2 WHERE id = $1`, [e.data.accountId, at]);
          break;
        default: {
          const unreachable: never = e;
          void unreachable;
        }
      }
    }
  },
};
