import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../platform/database/tokens.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, db, maskCpf, outboxToken, randomCpf } from '../../test-support/auth.js';
import { INSTALLATION_ADDRESS as address } from '../../test-support/http-helpers.js';

// Tier: e2e over HTTP. Contract PDF, acceptance links (public), customer-area acceptance, signed scan.

let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const post = (path: string, json?: unknown, headers: Record<string, string> = bearer(admin)) => t.request(path, { method: 'POST', headers, ...(json !== undefined ? { json } : {}) });
const get = (path: string) => t.request(path, { headers: bearer(admin) });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function bytes(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(t.url + path, { headers });
  return { status: res.status, type: res.headers.get('content-type'), sha: res.headers.get('x-document-sha256'), body: new Uint8Array(await res.arrayBuffer()) };
}

async function draft() {
  const cpf = randomCpf();
  const c = await post('/api/v1/customers', { kind: 'PF', name: 'Beatriz Nogueira', document: maskCpf(cpf), emails: [], phones: [], addresses: [address] });
  const plan = await post('/api/v1/plans', { name: 'Fibra 300', downloadMbps: 300, uploadMbps: 150, priceCents: 8990, loyaltyMonths: 12, penaltyRule: { kind: 'prorata', amountCents: 50000 } });
  expect(plan.status, plan.text).toBe(201);
  const k = await post('/api/v1/contracts', { customerId: c.body.id, planId: plan.body.id, dueDay: 15, installationAddressId: 'a1' });
  expect(k.status, k.text).toBe(201);
  return { id: k.body.id as string, customerId: c.body.id as string, cpf };
}

const acceptedEvent = async (id: string) => (await t.server.app!.get<EventStore>(EVENT_STORE).readStream(`contract-${id}`)).find((e) => e.type === 'ContractAccepted')!;

describe('contract document', () => {
  it('serves the same PDF bytes for the same contract version, with their SHA-256', async () => {
    const k = await draft();
    const a = await bytes(`/api/v1/contracts/${k.id}/document.pdf`, bearer(admin));
    expect(a.status).toBe(200);
    expect(a.type).toBe('application/pdf');
    expect(Buffer.from(a.body.subarray(0, 5)).toString()).toBe('%PDF-');
    const b = await bytes(`/api/v1/contracts/${k.id}/document.pdf`, bearer(admin));
    expect(sha256(b.body)).toBe(sha256(a.body));
    expect(a.sha).toBe(sha256(a.body));
    await post(`/api/v1/contracts/${k.id}/fixed-ip`, { ip: '200.1.2.3' });
    expect((await bytes(`/api/v1/contracts/${k.id}/document.pdf`, bearer(admin))).sha).not.toBe(a.sha);
    expect((await bytes('/api/v1/contracts/nope/document.pdf', bearer(admin))).status).toBe(404);
    expect((await bytes(`/api/v1/contracts/${k.id}/document.pdf`)).status).toBe(401);
  });
});

describe('electronic acceptance by link', () => {
  it('records IP (trust proxy), user agent, instant and the SHA-256 of the exact PDF served; the link works once', async () => {
    const k = await draft();
    const link = await post(`/api/v1/contracts/${k.id}/acceptance-link`, {});
    expect(link.status, link.text).toBe(201);
    expect(link.body.url).toBe(`/api/v1/public/contract-acceptance/${link.body.token}`);
    expect(link.body.pageUrl).toBe(`/aceite/${link.body.token}`);
    expect(t.logs.join('\n')).not.toContain(link.body.token);

    const summary = await t.request(link.body.url);
    expect(summary.status, summary.text).toBe(200);
    expect(summary.body).toMatchObject({ contractId: k.id, status: 'draft', customerName: 'Beatriz Nogueira', plan: { name: 'Fibra 300', priceCents: 8990, loyaltyMonths: 12 }, dueDay: 15 });
    const pdf = await bytes(summary.body.documentUrl);
    expect(pdf.status).toBe(200);
    expect(summary.body.documentSha256).toBe(sha256(pdf.body));

    const accepted = await post(`${link.body.url}/accept`, { documentSha256: sha256(pdf.body) }, { 'x-forwarded-for': '203.0.113.9', 'user-agent': 'Navegador Teste/1.0' });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'awaiting_installation', acceptance: { method: 'electronic', ip: '203.0.113.9', documentSha256: sha256(pdf.body) } });
    const e = await acceptedEvent(k.id);
    expect(e.data).toMatchObject({ method: 'electronic', electronic: { via: 'link', ip: '203.0.113.9', userAgent: 'Navegador Teste/1.0', documentSha256: sha256(pdf.body), documentVersion: 1 } });
    expect((e.data as { at: string }).at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    expect((await post(`${link.body.url}/accept`, {})).status).toBe(410);
    expect((await t.request(link.body.url)).status).toBe(410);
    expect((await t.request('/api/v1/public/contract-acceptance/nao-existe')).status).toBe(404);
    // only drafts get a link
    expect((await post(`/api/v1/contracts/${k.id}/acceptance-link`, {})).status).toBe(409);
    // the token is a credential: requests are logged without it
    expect(t.logs.some((l) => l.includes('/public/contract-acceptance/[redacted]'))).toBe(true);
    expect(t.logs.join('\n')).not.toContain(link.body.token);
  });

  it('refuses a stale document and gives the link back; an expired link is 410', async () => {
    const k = await draft();
    const link = (await post(`/api/v1/contracts/${k.id}/acceptance-link`, { expiresInHours: 1 })).body;
    const stale = await post(`${link.url}/accept`, { documentSha256: 'a'.repeat(64) });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toContain('contract-document-changed');
    expect((await post(`${link.url}/accept`, {})).status).toBe(200);

    const k2 = await draft();
    const expiring = (await post(`/api/v1/contracts/${k2.id}/acceptance-link`, {})).body;
    await db(t).query(`UPDATE contracts_acceptance_tokens SET expires_at = now() - interval '1 minute' WHERE contract_id = $1`, [k2.id]);
    const expired = await post(`${expiring.url}/accept`, {});
    expect(expired.status).toBe(410);
    expect(expired.body.type).toContain('acceptance-link-expired');
  });
});

describe('customer area and signed scan', () => {
  it('the subscriber accepts only their own contracts', async () => {
    const mine = await draft();
    const theirs = await draft();
    const invite = await post('/api/v1/subscriber-accounts', { customerId: mine.customerId, document: maskCpf(mine.cpf) });
    expect(invite.status, invite.text).toBe(201);
    const token = await outboxToken(t, { id: invite.body.inviteMessageId });
    const first = await t.request('/api/v1/portal/auth/first-access', { method: 'POST', json: { token, password: 'Assinante-Forte-123' } });
    expect(first.status, first.text).toBe(200);
    const sub = bearer(first.body.accessToken);

    expect((await post(`/api/v1/portal/contracts/${theirs.id}/accept`, {}, sub)).status).toBe(404);
    expect((await bytes(`/api/v1/portal/contracts/${theirs.id}/document.pdf`, sub)).status).toBe(404);
    const pdf = await bytes(`/api/v1/portal/contracts/${mine.id}/document.pdf`, sub);
    expect(pdf.status).toBe(200);
    const ok = await post(`/api/v1/portal/contracts/${mine.id}/accept`, { documentSha256: sha256(pdf.body) }, { ...sub, 'user-agent': 'App Assinante' });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.status).toBe('awaiting_installation');
    const e = await acceptedEvent(mine.id);
    expect(e.data).toMatchObject({ method: 'electronic', electronic: { via: 'portal', userAgent: 'App Assinante', documentSha256: sha256(pdf.body) } });
    expect(e.metadata).toMatchObject({ actorKind: 'subscriber' });
    // staff routes stay closed to subscribers
    expect((await post(`/api/v1/contracts/${mine.id}/accept`, { method: 'click', evidence: 'x' }, sub)).status).toBe(403);
  });

  it('staff records acceptance by a signed scan referencing the customer document id', async () => {
    const k = await draft();
    expect((await post(`/api/v1/contracts/${k.id}/accept`, { method: 'signed-scan' })).body.errors[0].field).toBe('documentId');
    const r = await post(`/api/v1/contracts/${k.id}/accept`, { method: 'signed-scan', documentId: 'doc-123' });
    expect(r.status, r.text).toBe(200);
    expect(r.body.status).toBe('awaiting_installation');
    expect((await acceptedEvent(k.id)).data).toMatchObject({ method: 'signed-scan', documentId: 'doc-123' });
  });
});
