import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createStaff, db } from '../../test-support/auth.js';
import { createPortalCustomer, type PortalCustomer } from '../../test-support/portal.js';

let t: TestServer;
let a: PortalCustomer;
let b: PortalCustomer;
beforeAll(async () => {
  t = await startTestServer();
  a = await createPortalCustomer(t, 'Ana Beatriz Costa');
  b = await createPortalCustomer(t, 'Bruno Carvalho Dias');
});
afterAll(async () => t?.close());

const open = (token: string, json: unknown) => t.request('/api/v1/portal/tickets', { method: 'POST', headers: bearer(token), json });
const request = { category: 'suporte-tecnico', subject: 'Internet lenta', message: 'A velocidade caiu muito desde ontem à noite.' };

describe('support requests from the customer area', () => {
  it('opens a ticket with a protocol, lists it, shows it, and puts it in the customer timeline', async () => {
    const r = await open(a.accessToken, { ...request, contractId: a.contractId });
    expect(r.status, r.text).toBe(201);
    expect(r.body).toMatchObject({ id: expect.any(String), status: 'open', protocol: expect.stringMatching(/^\d{8}-\d{6}$/), customerId: a.customerId, contractId: a.contractId, channel: 'portal', category: 'suporte-tecnico' });
    const list = await t.request('/api/v1/portal/tickets', { headers: bearer(a.accessToken) });
    expect(list.body.items).toEqual([expect.objectContaining({ id: r.body.id, protocol: r.body.protocol, subject: 'Internet lenta' })]);
    const one = await t.request(`/api/v1/portal/tickets/${r.body.id}`, { headers: bearer(a.accessToken) });
    expect(one.body).toMatchObject({ protocol: r.body.protocol, message: request.message });

    const admin = (await adminSession(t)).accessToken;
    const timeline = await t.request(`/api/v1/customers/${a.customerId}/timeline`, { headers: bearer(admin) });
    expect(timeline.body.items[0]).toMatchObject({ streamId: `ticket-${r.body.id}`, type: 'TicketOpened', actorKind: 'subscriber', actorId: a.accountId, data: { protocol: r.body.protocol } });

    // subject and message are personal data: never in clear in the read model or the event store
    const rows = await db(t).query<{ row: string }>("SELECT row_to_json(x)::text AS row FROM helpdesk_tickets x WHERE id = $1", [r.body.id]);
    expect(rows.rows[0]!.row).not.toContain('Internet lenta');
    const raw = await db(t).query<{ data: string }>('SELECT data::text AS data FROM es_events WHERE stream_id = $1', [`ticket-${r.body.id}`]);
    expect(raw.rows[0]!.data).not.toContain('velocidade');
  });

  it('422 names the field: unknown category, short subject, short message, a contract that is not mine', async () => {
    for (const [body, field] of [
      [{ ...request, category: 'outro' }, 'category'],
      [{ ...request, subject: 'a' }, 'subject'],
      [{ ...request, message: 'curta' }, 'message'],
      [{ ...request, contractId: b.contractId }, 'contractId'],
    ] as const) {
      const r = await open(a.accessToken, body);
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it("A never sees B's tickets: B's id is the same 404 as a random one, and does not echo the id", async () => {
    const theirs = await open(b.accessToken, { ...request, category: 'financeiro', subject: 'Fatura em dobro' });
    const other = await t.request(`/api/v1/portal/tickets/${theirs.body.id}`, { headers: bearer(a.accessToken) });
    const random = await t.request(`/api/v1/portal/tickets/${randomUUID()}`, { headers: bearer(a.accessToken) });
    expect(other.status).toBe(404);
    expect({ ...other.body, instance: undefined }).toEqual({ ...random.body, instance: undefined });
    expect(JSON.stringify({ ...other.body, instance: undefined })).not.toContain(theirs.body.id);
    const mine = await t.request('/api/v1/portal/tickets', { headers: bearer(a.accessToken) });
    expect(mine.body.items.map((x: { id: string }) => x.id)).not.toContain(theirs.body.id);
  });

  it('concurrent openings never share a protocol number', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => open(i % 2 ? a.accessToken : b.accessToken, { ...request, subject: `Pedido ${i}` })));
    for (const r of results) expect(r.status, r.text).toBe(201);
    const protocols = results.map((r) => r.body.protocol as string);
    expect(new Set(protocols).size).toBe(protocols.length);
  });

  it('staff list with filters (tickets:read: atendente yes, estoquista no) and detail', async () => {
    const atendente = await createStaff(t, ['atendente']);
    const all = await t.request('/api/v1/tickets', { headers: bearer(atendente.accessToken) });
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(22);
    const ofB = await t.request(`/api/v1/tickets?customerId=${b.customerId}&status=open`, { headers: bearer(atendente.accessToken) });
    expect(ofB.body.items.length).toBeGreaterThan(0);
    for (const x of ofB.body.items) expect(x).toMatchObject({ customerId: b.customerId, customerName: 'Bruno Carvalho Dias' });
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Sao_Paulo' });
    expect((await t.request(`/api/v1/tickets?from=${today}&to=${today}`, { headers: bearer(atendente.accessToken) })).body.items.length).toBe(all.body.items.length);
    expect((await t.request('/api/v1/tickets?from=2020-01-01&to=2020-01-31', { headers: bearer(atendente.accessToken) })).body.items).toEqual([]);
    const bad = await t.request('/api/v1/tickets?from=2026-02-30', { headers: bearer(atendente.accessToken) });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('from');
    const one = await t.request(`/api/v1/tickets/${all.body.items[0].id}`, { headers: bearer(atendente.accessToken) });
    expect(one.body).toMatchObject({ protocol: all.body.items[0].protocol, message: expect.any(String) });
    const estoquista = await createStaff(t, ['estoquista']);
    expect((await t.request('/api/v1/tickets', { headers: bearer(estoquista.accessToken) })).status).toBe(403);
  });

  it('staff open a ticket for a customer (tickets:write), reply and close it; the subscriber reads the conversation', async () => {
    const atendente = await createStaff(t, ['atendente']);
    const tecnico = await createStaff(t, ['tecnico']);
    const staffOpen = (token: string, json: unknown) => t.request('/api/v1/tickets', { method: 'POST', headers: bearer(token), json });
    const body = { customerId: a.customerId, category: 'financeiro', subject: 'Segunda via pelo telefone', message: 'Cliente ligou pedindo a segunda via da fatura de novembro.' };

    // tickets:read is not enough to write; unknown customer and short subject are 422s naming the field
    expect((await staffOpen(tecnico.accessToken, body)).status).toBe(403);
    for (const [json, field] of [[{ ...body, customerId: randomUUID() }, 'customerId'], [{ ...body, subject: 'x' }, 'subject'], [{ ...body, category: 'outro' }, 'category']] as const) {
      const r = await staffOpen(atendente.accessToken, json);
      expect(r.status, JSON.stringify(json)).toBe(422);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }

    const opened = await staffOpen(atendente.accessToken, body);
    expect(opened.status, opened.text).toBe(201);
    expect(opened.body).toMatchObject({ status: 'open', channel: 'staff', customerId: a.customerId, protocol: expect.stringMatching(/^\d{8}-\d{6}$/), replies: [], closedAt: null });
    const id = opened.body.id as string;
    const byProtocol = await t.request(`/api/v1/tickets?protocol=${opened.body.protocol}`, { headers: bearer(atendente.accessToken) });
    expect(byProtocol.body.items).toEqual([expect.objectContaining({ id, channel: 'staff', customerName: 'Ana Beatriz Costa' })]);
    expect((await t.request('/api/v1/tickets?protocol=abc', { headers: bearer(atendente.accessToken) })).body.errors[0].field).toBe('protocol');

    const reply = (json: unknown, token = atendente.accessToken) => t.request(`/api/v1/tickets/${id}/replies`, { method: 'POST', headers: bearer(token), json });
    expect((await reply({ message: 'Enviamos a segunda via para o seu e-mail.' }, tecnico.accessToken)).status).toBe(403);
    expect((await reply({ message: ' ' })).body.errors[0].field).toBe('message');
    const replied = await reply({ message: 'Enviamos a segunda via para o seu e-mail.' });
    expect(replied.status, replied.text).toBe(200);
    expect(replied.body.replies).toEqual([{ author: 'staff', message: 'Enviamos a segunda via para o seu e-mail.', at: expect.any(String) }]);
    expect((await t.request(`/api/v1/tickets/${randomUUID()}/replies`, { method: 'POST', headers: bearer(atendente.accessToken), json: { message: 'Olá!' } })).status).toBe(404);

    // the subscriber sees the staff reply in the customer area
    const mine = await t.request(`/api/v1/portal/tickets/${id}`, { headers: bearer(a.accessToken) });
    expect(mine.body).toMatchObject({ channel: 'staff', replies: [{ author: 'staff', message: 'Enviamos a segunda via para o seu e-mail.' }] });
    // the subscriber answers from the customer area; staff see both sides in order. B cannot answer A's ticket.
    const portalReply = (json: unknown, token = a.accessToken, ticket = id) => t.request(`/api/v1/portal/tickets/${ticket}/replies`, { method: 'POST', headers: bearer(token), json });
    expect((await portalReply({ message: 'x' })).body.errors[0].field).toBe('message');
    const notMine = await portalReply({ message: 'Posso responder?' }, b.accessToken);
    const random = await portalReply({ message: 'Olá!' }, a.accessToken, randomUUID());
    expect([notMine.status, random.status]).toEqual([404, 404]);
    expect({ ...notMine.body, instance: undefined }).toEqual({ ...random.body, instance: undefined });
    expect(JSON.stringify({ ...notMine.body, instance: undefined })).not.toContain(id);
    expect((await portalReply({ message: 'Recebi, obrigada!' }, atendente.accessToken)).status).toBe(403);
    const answered = await portalReply({ message: 'Recebi, obrigada!' });
    expect(answered.status, answered.text).toBe(200);
    expect(answered.body.replies.map((r: { author: string; message: string }) => [r.author, r.message])).toEqual([['staff', 'Enviamos a segunda via para o seu e-mail.'], ['subscriber', 'Recebi, obrigada!']]);
    const staffView = await t.request(`/api/v1/tickets/${id}`, { headers: bearer(atendente.accessToken) });
    expect(staffView.body.replies.at(-1)).toMatchObject({ author: 'subscriber', message: 'Recebi, obrigada!' });
    // the reply is personal data: not in clear in the event store
    const raw = await db(t).query<{ data: string }>("SELECT data::text AS data FROM es_events WHERE stream_id = $1 AND type = 'TicketReplied'", [`ticket-${id}`]);
    expect(raw.rows[0]!.data).not.toContain('segunda via');

    const close = () => t.request(`/api/v1/tickets/${id}/close`, { method: 'POST', headers: bearer(atendente.accessToken), json: { note: 'Resolvido por telefone.' } });
    const closed = await close();
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String), closingNote: 'Resolvido por telefone.' });
    expect((await close()).status).toBe(200);
    const late = await reply({ message: 'Mais uma coisa.' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ticket.closed');
    expect((await portalReply({ message: 'Mais uma coisa.' })).status).toBe(409);
    expect((await t.request(`/api/v1/tickets?status=closed&customerId=${a.customerId}`, { headers: bearer(atendente.accessToken) })).body.items.map((x: { id: string }) => x.id)).toEqual([id]);
    expect((await t.request(`/api/v1/portal/tickets`, { headers: bearer(a.accessToken) })).body.items.find((x: { id: string }) => x.id === id)).toMatchObject({ status: 'closed' });
  });
});
