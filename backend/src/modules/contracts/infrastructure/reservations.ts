import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import type { InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import { ProblemException } from '../../../platform/http/problem.js';
import type { ContractEvent } from '../domain/contract.events.js';

/**
 * PPPoE logins and fixed IPs are unique per company. The reservation rows are written in the append's
 * transaction: a concurrent contract taking the same value violates the primary key and its append rolls
 * back (mapped to 409 by `reservationConflict`). Cancelling a contract frees both.
 */
export const reservationsProjection: InlineProjection = {
  name: 'contracts-reservations',
  eventTypes: ['ContractDrafted', 'ContractPppoeCredentialsChanged', 'ContractFixedIpAssigned', 'ContractFixedIpReleased', 'ContractCancelled'],
  async handle(events: readonly RecordedEvent[], tx: Transaction) {
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as ContractEvent;
      const companyId = recorded.metadata.companyId;
      const at = recorded.recordedAt.toISOString();
      const login = (contractId: string, value: string) =>
        tx.query('INSERT INTO contracts_pppoe_logins (company_id, login, contract_id, reserved_at) VALUES ($1, $2, $3, $4)', [companyId, value, contractId, at]);
      const ip = (contractId: string, value: string) =>
        tx.query('INSERT INTO contracts_fixed_ips (company_id, ip, contract_id, reserved_at) VALUES ($1, $2, $3, $4)', [companyId, value, contractId, at]);
      switch (e.type) {
        case 'ContractDrafted':
          await login(e.data.contractId, e.data.pppoe.login);
          if (e.data.fixedIp) await ip(e.data.contractId, e.data.fixedIp);
          break;
        case 'ContractPppoeCredentialsChanged':
          if (e.data.facts.pppoeLogin !== e.data.previousLogin) {
            await tx.query('DELETE FROM contracts_pppoe_logins WHERE contract_id = $1', [e.data.facts.contractId]);
            await login(e.data.facts.contractId, e.data.facts.pppoeLogin);
          }
          break;
        case 'ContractFixedIpAssigned':
          await tx.query('DELETE FROM contracts_fixed_ips WHERE contract_id = $1', [e.data.facts.contractId]);
          await ip(e.data.facts.contractId, e.data.ip);
          break;
        case 'ContractFixedIpReleased':
          await tx.query('DELETE FROM contracts_fixed_ips WHERE contract_id = $1', [e.data.facts.contractId]);
          break;
        case 'ContractCancelled':
          await tx.query('DELETE FROM contracts_pppoe_logins WHERE contract_id = $1', [e.data.facts.contractId]);
          await tx.query('DELETE FROM contracts_fixed_ips WHERE contract_id = $1', [e.data.facts.contractId]);
          break;
        default:
          break;
      }
    }
  },
};

/** A unique violation on a reservation table as a 409 naming the taken value's field; other errors pass. */
export function reservationConflict(err: unknown): unknown {
  const e = err as { code?: string; constraint?: string; message?: string; table?: string };
  if (e?.code !== '23505') return err;
  const where = `${e.constraint ?? ''} ${e.table ?? ''} ${e.message ?? ''}`;
  if (where.includes('contracts_pppoe_logins')) return new ProblemException(409, 'pppoe-login-taken', 'PPPoE login taken', 'Another contract of this company uses this PPPoE login.', { field: 'login' });
  if (where.includes('contracts_fixed_ips')) return new ProblemException(409, 'fixed-ip-taken', 'Fixed IP taken', 'Another contract of this company uses this IP address.', { field: 'ip' });
  return err;
}

/** Reads the reservation tables (a pre-check; the primary key is the guarantee). */
@Injectable()
export class Reservations {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async loginTaken(companyId: string, login: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM contracts_pppoe_logins WHERE company_id = $1 AND login = $2', [companyId, login])).rows.length > 0;
  }

  async ipTaken(companyId: string, ip: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM contracts_fixed_ips WHERE company_id = $1 AND ip = $2', [companyId, ip])).rows.length > 0;
  }
}
