import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../platform/database/tokens.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => t?.close());

describe('subscriber account personal data', () => {
  it("belongs to the customer's data subject: erasing the customer erases the account e-mail too", async () => {
    const admin = await adminSession(t);
    const customerId = randomUUID();
    const email = `assinante.${customerId.slice(0, 8)}@exemplo.com.br`;
    const invite = await t.request('/api/v1/subscriber-accounts', { method: 'POST', headers: bearer(admin.accessToken), json: { customerId, document: maskCpf(randomCpf()), email } });
    expect(invite.status).toBe(201);
    const store = t.server.app!.get<EventStore>(EVENT_STORE);
    const stream = `subscriber-account-${invite.body.id}`;
    const raw = await store.db.query<{ d: string }>('SELECT data::text AS d FROM es_events WHERE stream_id = $1', [stream]);
    expect(raw.rows[0]!.d).not.toContain(email); // encrypted at rest
    expect(((await store.readStream(stream))[0]!.data as { email: string }).email).toBe(email);

    await store.forgetSubject(customerId); // what the customers context does on erasure
    const [after] = await store.readStream(stream);
    expect((after!.data as { email: string | null }).email).toBeNull();
    expect(after!.erasedFields).toContain('email');
  });
});
