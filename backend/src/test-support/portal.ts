import { randomCpf, maskCpf, adminSession, bearer, createSubscriber, type SubscriberSession } from './auth.js';
import type { TestServer } from './test-server.js';

export interface PortalCustomer extends SubscriberSession {
  contractId: string;
  planId: string;
  pppoeLogin: string;
}

/**
 * A real customer (registered by the admin) with a plan, an accepted and active contract, and a subscriber
 * account logged in to the customer area: what the customer-area tests need.
 */
export async function createPortalCustomer(t: TestServer, name = 'Maria Aparecida Souza'): Promise<PortalCustomer> {
  const admin = (await adminSession(t)).accessToken;
  const post = async (path: string, json: unknown) => {
    const r = await t.request(path, { method: 'POST', headers: bearer(admin), json });
    if (r.status !== 201 && r.status !== 200) throw new Error(`${path}: ${r.status} ${r.text}`);
    return r.body;
  };
  const cpf = randomCpf();
  const customer = await post('/api/v1/customers', {
    kind: 'PF', name, document: maskCpf(cpf), emails: ['maria@example.com'], phones: ['(31) 99999-1234'],
    addresses: [{ type: 'installation', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', district: 'Centro', city: 'Belo Horizonte', state: 'MG' }],
  });
  const plan = await post('/api/v1/plans', { name: 'Fibra 500', downloadMbps: 500, uploadMbps: 250, priceCents: 9990, technology: 'FTTH', loyaltyMonths: 12 });
  const contract = await post('/api/v1/contracts', { customerId: customer.id, planId: plan.id, dueDay: 10, installationAddressId: 'a1' });
  await post(`/api/v1/contracts/${contract.id}/accept`, { method: 'click', evidence: 'aceite no balcão' });
  await post(`/api/v1/contracts/${contract.id}/activate`, {});
  const session = await createSubscriber(t, { customerId: customer.id, document: cpf });
  return { ...session, contractId: contract.id, planId: plan.id, pppoeLogin: contract.pppoeLogin };
}
