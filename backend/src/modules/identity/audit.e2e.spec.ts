import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createStaff, settle, type StaffSession } from '../../test-support/auth.js';

let t: TestServer;
let admin: StaffSession;
let gerente: StaffSession;
let atendente: StaffSession;
let target: { id: string };
beforeAll(async () => {
  t = await startTestServer();
  admin = await adminSession(t);
  gerente = await createStaff(t, ['gerente']);
  atendente = await createStaff(t, ['atendente']);
  const created = await t.request('/api/v1/users', {
    method: 'POST', headers: bearer(admin.accessToken, { 'x-correlation-id': 'corr-audit-1', 'user-agent': 'AuditTest/1.0' }),
    json: { name: 'Auditado', email: 'auditado@provedor.test', roles: ['tecnico'], password: 'Campo-Seguro-2025' },
  });
  target = created.body;
  await t.request(`/api/v1/users/${target.id}`, { method: 'PATCH', headers: bearer(admin.accessToken), json: { name: 'Auditado Dois' } });
  await t.request(`/api/v1/users/${target.id}/disable`, { method: 'POST', headers: bearer(admin.accessToken) });
  await settle(t);
});
afterAll(async () => t?.close());

describe('audit', () => {
  it('records actor, company, correlation id, IP and user agent on every event', async () => {
    const r = await t.request(`/api/v1/audit/streams/user-${target.id}`, { headers: bearer(admin.accessToken) });
    expect(r.status).toBe(200);
    expect(r.body.items.map((e: { type: string }) => e.type)).toEqual(['UserCreated', 'UserPasswordSet', 'UserDetailsChanged', 'UserDisabled']);
    expect(r.body.items[0]).toMatchObject({ actorId: admin.id, actorKind: 'staff', companyId: expect.any(String), correlationId: 'corr-audit-1', ip: expect.any(String) });
    expect(r.body.items[0].data).toMatchObject({ email: 'auditado@provedor.test', name: 'Auditado' }); // decrypted for audit readers
    // personal fields are encrypted at rest in the log
    const raw = await t.server.app!.get<import('@netprovider/event-store').EventStore>((await import('../../platform/database/tokens.js')).EVENT_STORE)
      .db.query<{ data: unknown; metadata: { userAgent?: string } }>(`SELECT data, metadata FROM es_events WHERE stream_id = $1 AND type = 'UserCreated'`, [`user-${target.id}`]);
    expect(JSON.stringify(raw.rows[0]!.data)).not.toContain('auditado@provedor.test');
    expect(raw.rows[0]!.metadata.userAgent).toBe('AuditTest/1.0');
  });

  it('searches the log newest first, by actor, stream, type and time, paginated', async () => {
    const h = bearer(gerente.accessToken);
    const all = await t.request('/api/v1/audit?pageSize=5', { headers: h });
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(5);
    const positions = all.body.items.map((e: { globalPosition: number }) => e.globalPosition);
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
    const page2 = await t.request('/api/v1/audit?pageSize=5&page=2', { headers: h });
    expect(page2.body.items[0].globalPosition).toBeLessThan(positions[4]);
    expect(page2.body.total).toBe(all.body.total);

    const byActor = await t.request(`/api/v1/audit?actorId=${admin.id}&pageSize=200`, { headers: h });
    expect(byActor.body.items.length).toBeGreaterThan(3);
    expect(byActor.body.items.every((e: { actorId: string }) => e.actorId === admin.id)).toBe(true);
    const byType = await t.request('/api/v1/audit?type=UserDisabled', { headers: h });
    expect(byType.body.items.map((e: { streamId: string }) => e.streamId)).toEqual([`user-${target.id}`]);
    const byStream = await t.request(`/api/v1/audit?streamId=user-${target.id}&type=UserDetailsChanged`, { headers: h });
    expect(byStream.body.total).toBe(1);
    const future = await t.request(`/api/v1/audit?from=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`, { headers: h });
    expect(future.body.total).toBe(0);
    const past = await t.request(`/api/v1/audit?to=2000-01-01`, { headers: h });
    expect(past.body.total).toBe(0);
    expect((await t.request('/api/v1/audit?from=yesterday', { headers: h })).status).toBe(422);
  });

  it('needs audit:read (admin and gerente have it, atendente does not)', async () => {
    expect((await t.request('/api/v1/audit', { headers: bearer(admin.accessToken) })).status).toBe(200);
    expect((await t.request('/api/v1/audit', { headers: bearer(atendente.accessToken) })).status).toBe(403);
    expect((await t.request(`/api/v1/audit/streams/user-${target.id}`, { headers: bearer(atendente.accessToken) })).status).toBe(403);
    expect((await t.request('/api/v1/audit/streams/user-nope', { headers: bearer(admin.accessToken) })).status).toBe(404);
  });
});
