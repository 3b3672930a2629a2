import { expect } from 'vitest';
import type { TestServer } from '../../../test-support/test-server.js';
import type { ProcessorRunner } from '@netprovider/event-store';
import { bearer, db, maskCpf, randomCpf } from '../../../test-support/auth.js';
import { PROCESSOR_RUNNER } from '../../../platform/database/tokens.js';
import { INVOICE_EVENT_TYPES } from '../infrastructure/billing.gateway.js';

/** HTTP helpers for finance e2e tests: a collection account, customers and one-off invoices with chosen dates. */
export function financeClient(t: TestServer, token: () => string) {
  const post = (path: string, json?: unknown, as = token()) => t.request(path, { method: 'POST', headers: bearer(as), ...(json !== undefined ? { json } : {}) });
  const get = (path: string, as = token()) => t.request(path, { headers: bearer(as) });
  const patch = (path: string, json: unknown, as = token()) => t.request(path, { method: 'PATCH', headers: bearer(as), json });
  let account: string | null = null;
  return {
    post, get, patch,
    async collectionAccount(): Promise<string> {
      if (account) return account;
      const acc = await post('/api/v1/billing/collection-accounts', {
        bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test',
      });
      expect(acc.status, acc.text).toBe(201);
      account = acc.body.id as string;
      return account;
    },
    async customer(): Promise<string> {
      const c = await post('/api/v1/customers', {
        kind: 'PF', name: 'José Carlos Pereira', document: maskCpf(randomCpf()), emails: [], phones: [],
        addresses: [{ type: 'installation', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', district: 'Centro', city: 'Belo Horizonte', state: 'MG' }],
      });
      expect(c.status, c.text).toBe(201);
      return c.body.id as string;
    },
    async invoice(customerId: string, dueDate: string, items: Array<{ description: string; amountCents: number; kind?: string }>) {
      await this.collectionAccount();
      const r = await post('/api/v1/invoices', { customerId, dueDate, items });
      expect(r.status, r.text).toBe(201);
      return r.body as { id: string; totalCents: number; number: number; dueDate: string; competence: string | null };
    },
  };
}

/**
 * Waits until the finance projections have handled every invoice event committed so far. `settle` alone is
 * not enough on a shared PostgreSQL server: a long transaction elsewhere holds the processors' horizon back
 * (docs/architecture.md), and an idle processor then has nothing it may read yet.
 */
export async function financeCaughtUp(t: TestServer): Promise<void> {
  const runner = t.server.app!.get<ProcessorRunner>(PROCESSOR_RUNNER);
  for (let i = 0; i < 1200; i++) {
    await runner.waitIdle(['finance-ledger']);
    const cp = runner.status().find((s) => s.name === 'finance-ledger')!.checkpoint;
    const r = await db(t).query<{ n: string }>(
      `SELECT count(*) AS n FROM es_events WHERE type = ANY($3::text[]) AND (transaction_id, global_position) > ($1::xid8, $2::bigint)`,
      [cp.transactionId, cp.globalPosition, INVOICE_EVENT_TYPES],
    );
    if (Number(r.rows[0]!.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the finance-ledger projection did not catch up');
}
