import { expect } from 'vitest';
import type { TestServer } from '../../../test-support/test-server.js';
import { bearer, maskCpf, randomCpf } from '../../../test-support/auth.js';

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
