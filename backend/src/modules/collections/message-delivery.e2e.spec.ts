import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Database } from '@netprovider/event-store';
import { CONFIG, DATABASE, LOGGER } from '../../platform/database/tokens.js';
import type { Config } from '../../platform/config/config.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';
import { CustomersPublicApi } from '../customers/public-api.js';
import { MessageSender } from './processors/message-sender.js';
import { MessageChannels } from './infrastructure/channels/message-channels.js';
import { FakeSmtp, FakeWhatsApp, FakeZenvia } from './test-support/fake-providers.js';
import { until, INSTALLATION_ADDRESS as address, staffCalls } from '../../test-support/http-helpers.js';

/*
 * The ladder's messages leave through the configured providers (local fakes written from their published
 * APIs): e-mail over SMTP, SMS through Zenvia API v2, WhatsApp Cloud API template messages and its signed
 * delivery-status webhook. 5xx is retried with backoff, 4xx fails, an erased customer gets nothing, two
 * senders never send one message twice, and a notice whose delivery failed does not let the ladder suspend.
 */
const ZENVIA_TOKEN = 'zenvia-test-token';
const WA = { token: 'wa-test-token', phoneNumberId: '1234567890', version: 'v21.0', appSecret: 'wa-app-secret-123', verifyToken: 'wa-verify-token-123' };
const smtp = new FakeSmtp();
const zenvia = new FakeZenvia(ZENVIA_TOKEN);
const whatsapp = new FakeWhatsApp(WA.token, WA.phoneNumberId, WA.version);

let t: TestServer;
let admin: string;
let db: Database;
let sender: MessageSender;
beforeAll(async () => {
  const [smtpUrl, zenviaUrl, waUrl] = await Promise.all([smtp.start(), zenvia.start(), whatsapp.start()]);
  t = await startTestServer({
    env: {
      NETPROVIDER_TODAY: '2026-11-28',
      COLLECTIONS_SMTP_URL: smtpUrl, COLLECTIONS_MAIL_FROM: 'Provedor <cobranca@provedor.test>',
      ZENVIA_API_URL: zenviaUrl, ZENVIA_API_TOKEN: ZENVIA_TOKEN, ZENVIA_SMS_FROM: 'provedor',
      WHATSAPP_API_URL: waUrl, WHATSAPP_API_VERSION: WA.version, WHATSAPP_PHONE_NUMBER_ID: WA.phoneNumberId, WHATSAPP_ACCESS_TOKEN: WA.token,
      WHATSAPP_APP_SECRET: WA.appSecret, WHATSAPP_VERIFY_TOKEN: WA.verifyToken,
    },
  });
  admin = (await adminSession(t)).accessToken;
  db = t.server.app!.get<Database>(DATABASE);
  sender = t.server.app!.get(MessageSender);
});
afterAll(async () => {
  await t?.close();
  await Promise.all([smtp.close(), zenvia.close(), whatsapp.close()]);
});

const { post, get } = staffCalls(() => t, () => admin);

interface Msg { id: string; stepId: string; channel: string; body: string; status: string; attempts: number; provider: string | null; lastError: string | null }
const messagesOf = async (contractId: string): Promise<Msg[]> => (await get(`/api/v1/collections/messages?contractId=${contractId}`)).body.items;
const messageOf = async (contractId: string, stepId: string) => (await messagesOf(contractId)).find((m) => m.stepId === stepId);
/** Waits until no message of the contract is queued or being sent (the timer may have sent it first). */
const settled = (contractId: string, stepId: string, ok: (m: Msg) => boolean) =>
  until(`${stepId} settled`, async () => { await sender.drainOnce(); return messageOf(contractId, stepId); }, (m) => !!m && ok(m));

/** `=?UTF-8?Q?…?=` / `=?UTF-8?B?…?=` header words and a base64 or quoted-printable text part, as a mail reader shows them. */
function decodeMail(raw: string): { subject: string; text: string; messageId: string } {
  const unfolded = raw.replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(unfolded)?.[1] ?? '';
  const words = (v: string) => v.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'));
  const [head, ...rest] = raw.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  const text = /content-transfer-encoding: base64/i.test(head!)
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  return { subject: words(header('Subject')), text: text.trim(), messageId: header('Message-ID') };
}

describe('message delivery through the configured providers', () => {
  const ids: { ana?: string; bruno?: string; contractA?: string; contractB?: string } = {};

  it('setup: two customers, a contract each, a ladder with e-mail, SMS (the notice) and WhatsApp steps, an overdue invoice each', async () => {
    expect((await post('/api/v1/billing/collection-accounts', {
      bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test',
    })).status).toBe(201);
    const ana = await post('/api/v1/customers', { kind: 'PF', name: 'Ana Lima', document: maskCpf(randomCpf()), emails: ['ana@example.com'], phones: [{ number: '(31) 99876-5432', whatsapp: true }], addresses: [address] });
    const bruno = await post('/api/v1/customers', { kind: 'PF', name: 'Bruno Reis', document: maskCpf(randomCpf()), emails: ['bruno@example.com'], phones: [{ number: '(31) 98888-7777' }], addresses: [address] });
    expect(ana.status, ana.text).toBe(201);
    expect(bruno.status, bruno.text).toBe(201);
    ids.ana = ana.body.id;
    ids.bruno = bruno.body.id;
    const plan = await post('/api/v1/plans', { name: 'Fibra 300', downloadMbps: 300, uploadMbps: 150, priceCents: 9990 });
    const ladder = await post('/api/v1/collections/ladders', {
      name: 'Canais', planIds: [plan.body.id], suspensionNotice: { stepId: 'aviso-sms', minDays: 15 },
      steps: [
        { id: 'aviso-email', daysOffset: 1, action: 'notify', channel: 'email', template: 'Não identificamos o pagamento da fatura de {{valor}} vencida em {{vencimento}}.' },
        { id: 'aviso-sms', daysOffset: 2, action: 'notify', channel: 'sms', template: 'Aviso de suspensão: fatura de {{valor}} em aberto; suspensão a partir de {{dataSuspensao}}.' },
        { id: 'aviso-whatsapp', daysOffset: 3, action: 'notify', channel: 'whatsapp', template: 'Fatura de {{valor}} em aberto há {{diasAtraso}} dias.' },
        { id: 'bloqueio', daysOffset: 20, action: 'block' },
      ],
    });
    expect(ladder.status, ladder.text).toBe(201);
    for (const [who, customerId] of [['A', ids.ana], ['B', ids.bruno]] as const) {
      const k = await post('/api/v1/contracts', { customerId, planId: plan.body.id, dueDay: 10, installationAddressId: 'a1' });
      expect(k.status, k.text).toBe(201);
      expect((await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
      const inv = await post('/api/v1/invoices', { customerId, contractId: k.body.id, dueDate: '2026-12-10', items: [{ description: 'Mensalidade', amountCents: 9990 }] });
      expect(inv.status, inv.text).toBe(201);
      ids[who === 'A' ? 'contractA' : 'contractB'] = k.body.id;
    }
  });

  it('e-mail over SMTP: queued → sent; what arrived is the pt-BR message to the customer, with the outbox id in the Message-ID', async () => {
    expect((await post('/api/v1/collections/evaluate', { date: '2026-12-11' })).status).toBe(200);
    const sent = await settled(ids.contractA!, 'aviso-email', (m) => m.status === 'sent');
    expect(sent).toMatchObject({ channel: 'email', provider: 'smtp', attempts: 1, lastError: null });
    const mail = smtp.mails.find((m) => m.to.includes('ana@example.com'))!;
    expect(mail).toBeDefined();
    expect(mail.from).toBe('cobranca@provedor.test');
    const decoded = decodeMail(mail.raw);
    expect(decoded.subject).toBe('Aviso de cobrança: fatura em aberto');
    expect(decoded.text).toBe('Não identificamos o pagamento da fatura de R$ 99,90 vencida em 10/12/2026.');
    expect(decoded.messageId).toContain(sent!.id);
  });

  it('SMS through Zenvia: a 503 is retried with backoff and then sent; a 400 fails for good (no retry)', async () => {
    zenvia.failFor.set('5531998765432', [{ status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: 'Service unavailable' } }]);
    // Bruno's number is refused every time (the notice re-sends below fail too)
    zenvia.failFor.set('5531988887777', Array.from({ length: 5 }, () => ({ status: 400, body: { code: 'VALIDATION_ERROR', message: 'Validation error' } })));
    expect((await post('/api/v1/collections/evaluate', { date: '2026-12-12' })).status).toBe(200);
    const retried = await settled(ids.contractA!, 'aviso-sms', (m) => m.status === 'queued' && m.attempts === 1);
    expect(retried).toMatchObject({ status: 'queued', attempts: 1, provider: 'zenvia', lastError: 'zenvia-503:SERVICE_UNAVAILABLE' });
    const failed = await settled(ids.contractB!, 'aviso-sms', (m) => m.status === 'failed');
    expect(failed).toMatchObject({ attempts: 1, lastError: 'zenvia-400:VALIDATION_ERROR' });

    // not before its next attempt; then sent
    await sender.drainOnce();
    expect(await messageOf(ids.contractA!, 'aviso-sms')).toMatchObject({ status: 'queued', attempts: 1 });
    await sender.drainOnce(new Date(Date.now() + 60 * 60_000));
    expect(await messageOf(ids.contractA!, 'aviso-sms')).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    const toAna = zenvia.requests.filter((r) => (r.body as { to: string }).to === '5531998765432');
    expect(toAna).toHaveLength(2);
    expect(toAna[1]!.headers['x-api-token']).toBe(ZENVIA_TOKEN);
    expect(toAna[1]!.body).toEqual({ from: 'provedor', to: '5531998765432', contents: [{ type: 'text', text: 'Aviso de suspensão: fatura de R$ 99,90 em aberto; suspensão a partir de 30/12/2026.' }] });
    // the 400 is not tried again
    await sender.drainOnce(new Date(Date.now() + 2 * 60 * 60_000));
    expect(zenvia.requests.filter((r) => (r.body as { to: string }).to === '5531988887777')).toHaveLength(1);
  });

  it('WhatsApp Cloud API: template message (pt_BR, body parameter) sent with its wamid; no WhatsApp number → failed without a call', async () => {
    expect((await post('/api/v1/collections/evaluate', { date: '2026-12-13' })).status).toBe(200);
    const sent = await settled(ids.contractA!, 'aviso-whatsapp', (m) => m.status === 'sent');
    expect(sent).toMatchObject({ provider: 'whatsapp-cloud', attempts: 1 });
    expect(whatsapp.requests).toHaveLength(1);
    expect(whatsapp.requests[0]!.headers.authorization).toBe(`Bearer ${WA.token}`);
    expect(whatsapp.requests[0]!.body).toEqual({
      messaging_product: 'whatsapp', recipient_type: 'individual', to: '5531998765432', type: 'template',
      template: { name: 'aviso_cobranca', language: { code: 'pt_BR' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Fatura de R$ 99,90 em aberto há 3 dias.' }] }] },
    });
    const noNumber = await settled(ids.contractB!, 'aviso-whatsapp', (m) => m.status === 'failed');
    expect(noNumber).toMatchObject({ lastError: 'no-recipient-for-whatsapp' });
    expect(whatsapp.requests).toHaveLength(1);
  });

  it('WhatsApp webhook: the GET handshake answers the challenge; a signed receipt moves sent → delivered → read; a bad signature is refused', async () => {
    const ok = await t.request(`/api/v1/collections/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=${WA.verifyToken}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(ok.text).toBe('1158201444');
    expect((await t.request(`/api/v1/collections/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=wrong-token-x&hub.challenge=1`)).status).toBe(403);

    const receipt = (status: string) => JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: '0', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: WA.phoneNumberId }, statuses: [{ id: 'wamid.FAKE1', status, timestamp: '1765600000', recipient_id: '5531998765432' }] } }] }],
    });
    const sign = (raw: string, secret = WA.appSecret) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
    const send = (raw: string, signature?: string) => t.request('/api/v1/collections/whatsapp/webhook', {
      method: 'POST', headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) }, body: raw,
    });

    const forged = receipt('read');
    expect((await send(forged, sign(forged, 'another-secret'))).status).toBe(401);
    expect((await send(forged)).status).toBe(401);
    expect((await messageOf(ids.contractA!, 'aviso-whatsapp'))!.status).toBe('sent');

    const delivered = receipt('delivered');
    const r = await send(delivered, sign(delivered));
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({ updated: 1 });
    expect((await messageOf(ids.contractA!, 'aviso-whatsapp'))!.status).toBe('delivered');
    const read = receipt('read');
    expect((await send(read, sign(read))).status).toBe(200);
    expect((await messageOf(ids.contractA!, 'aviso-whatsapp'))!.status).toBe('read');
    // a late "delivered" never moves it back
    expect((await send(delivered, sign(delivered))).body).toEqual({ updated: 0 });
    expect((await messageOf(ids.contractA!, 'aviso-whatsapp'))!.status).toBe('read');
  });

  it('the ladder does not suspend on a notice whose delivery failed: the notice is sent again (3 sends in all), then the step waits (prior-notice-failed); the delivered one suspends', async () => {
    const smsNotices = async (contractId: string) => (await messagesOf(contractId)).filter((m) => m.stepId === 'aviso-sms');
    // the evaluation of 12-13 (WhatsApp step) already re-sent Bruno's failed notice once; 12-14 a third time
    expect((await post('/api/v1/collections/evaluate', { date: '2026-12-14' })).status).toBe(200);
    const notices = await until('notices failed', async () => { await sender.drainOnce(); return smsNotices(ids.contractB!); }, (l) => l.length === 3 && l.every((m) => m.status === 'failed'));
    expect(notices.map((m) => m.lastError)).toEqual(['zenvia-400:VALIDATION_ERROR', 'zenvia-400:VALIDATION_ERROR', 'zenvia-400:VALIDATION_ERROR']);

    expect((await post('/api/v1/collections/evaluate', { date: '2026-12-30' })).status).toBe(200);
    expect((await get(`/api/v1/collections/contracts/${ids.contractA}/status`)).body).toMatchObject({ level: 'block' });
    const statusB = await get(`/api/v1/collections/contracts/${ids.contractB}/status`);
    expect(statusB.body).toMatchObject({ level: 'none' });
    const history = statusB.body.history as Array<{ type: string; data: { stepId: string; reason: string; earliestOn: string | null } }>;
    expect(history.filter((h) => h.type === 'DunningStepWaiting').map((h) => h.data)).toEqual([expect.objectContaining({ stepId: 'bloqueio', reason: 'prior-notice-failed', earliestOn: null })]);
    // evaluating again records nothing more and sends no fourth notice
    expect((await post('/api/v1/collections/evaluate', { date: '2026-12-30' })).status).toBe(200);
    expect(await smsNotices(ids.contractB!)).toHaveLength(3);
    expect(zenvia.requests.filter((r) => (r.body as { to: string }).to === '5531988887777')).toHaveLength(3);
  });

  it('an erased customer (LGPD) gets nothing: the message fails with the reason, no provider call', async () => {
    const carla = await post('/api/v1/customers', { kind: 'PF', name: 'Carla Dias', document: maskCpf(randomCpf()), emails: ['carla@example.com'], phones: [], addresses: [address] });
    expect(carla.status, carla.text).toBe(201);
    expect((await post(`/api/v1/customers/${carla.body.id}/lgpd/erase`, { channel: 'e-mail' })).status).toBe(200);
    const id = randomUUID();
    const companyId = (await db.query<{ company_id: string }>(`SELECT company_id FROM collections_messages LIMIT 1`)).rows[0]!.company_id;
    await db.query(
      `INSERT INTO collections_messages (id, company_id, contract_id, customer_id, step_id, action, channel, body, invoice_ids, created_at) VALUES ($1, $2, $3, $4, 'aviso-email', 'notify', 'email', 'Texto', '[]', now())`,
      [id, companyId, randomUUID(), carla.body.id],
    );
    const mailsBefore = smtp.mails.length;
    await until('erased message failed', async () => { await sender.drainOnce(); return (await db.query<{ status: string; last_error: string }>(`SELECT status, last_error FROM collections_messages WHERE id = $1`, [id])).rows[0]!; }, (m) => m.status === 'failed');
    expect((await db.query(`SELECT last_error FROM collections_messages WHERE id = $1`, [id])).rows[0]).toEqual({ last_error: 'customer-erased' });
    expect(smtp.mails.slice(mailsBefore).some((m) => m.to.includes('carla@example.com'))).toBe(false);
  });

  it('every adapter: a temporary error is retried then sent, a permanent one fails (SMTP 451 / 550, WhatsApp 500 / 400)', async () => {
    const companyId = (await db.query<{ company_id: string }>(`SELECT company_id FROM collections_messages LIMIT 1`)).rows[0]!.company_id;
    const queue = async (channel: string) => {
      const id = randomUUID();
      await db.query(
        `INSERT INTO collections_messages (id, company_id, contract_id, customer_id, step_id, action, channel, body, invoice_ids, created_at) VALUES ($1, $2, $3, $4, 'aviso', 'notify', $5, 'Fatura em aberto.', '[]', now())`,
        [id, companyId, ids.contractA, ids.ana, channel],
      );
      return id;
    };
    const row = async (id: string) => (await db.query<{ status: string; attempts: number; last_error: string | null }>(`SELECT status, attempts, last_error FROM collections_messages WHERE id = $1`, [id])).rows[0]!;
    const afterFirstAttempt = (id: string) => until(`${id} attempted`, async () => { await sender.drainOnce(); return row(id); }, (r) => r.attempts === 1 && r.status !== 'sending');

    smtp.failNext.push(451);
    const mailRetry = await queue('email');
    expect(await afterFirstAttempt(mailRetry)).toMatchObject({ status: 'queued', last_error: 'smtp-451' });
    await sender.drainOnce(new Date(Date.now() + 60 * 60_000));
    expect(await row(mailRetry)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    smtp.failNext.push(550);
    const mailRefused = await queue('email');
    expect(await afterFirstAttempt(mailRefused)).toMatchObject({ status: 'failed', last_error: 'smtp-550' });

    whatsapp.failFor.set('5531998765432', [{ status: 500, body: { error: { message: 'An unknown error occurred', type: 'OAuthException', code: 1, fbtrace_id: 'x' } } }]);
    const waRetry = await queue('whatsapp');
    expect(await afterFirstAttempt(waRetry)).toMatchObject({ status: 'queued', last_error: 'whatsapp-500:1' });
    await sender.drainOnce(new Date(Date.now() + 60 * 60_000));
    expect(await row(waRetry)).toMatchObject({ status: 'sent', attempts: 2 });
    whatsapp.failFor.set('5531998765432', [{ status: 400, body: { error: { message: '(#132001) Template name does not exist in the translation', type: 'OAuthException', code: 132001, fbtrace_id: 'x' } } }]);
    const waRefused = await queue('whatsapp');
    expect(await afterFirstAttempt(waRefused)).toMatchObject({ status: 'failed', last_error: 'whatsapp-400:132001' });
  });

  it('a message left `sending` by a process that died (lease expired) becomes uncertain and is never sent again', async () => {
    const companyId = (await db.query<{ company_id: string }>(`SELECT company_id FROM collections_messages LIMIT 1`)).rows[0]!.company_id;
    const id = randomUUID();
    await db.query(
      `INSERT INTO collections_messages (id, company_id, contract_id, customer_id, step_id, action, channel, body, invoice_ids, created_at, status, attempts, claim_id, lease_until)
       VALUES ($1, $2, $3, $4, 'aviso', 'notify', 'email', 'Interrompida.', '[]', now(), 'sending', 1, 'dead-process', now() - interval '1 minute')`,
      [id, companyId, ids.contractA, ids.ana],
    );
    const mailsBefore = smtp.mails.length;
    await sender.drainOnce();
    await sender.drainOnce(new Date(Date.now() + 24 * 60 * 60_000));
    expect((await db.query(`SELECT status, attempts, last_error FROM collections_messages WHERE id = $1`, [id])).rows[0]).toEqual({ status: 'uncertain', attempts: 1, last_error: 'interrupted-while-sending' });
    expect(smtp.mails.slice(mailsBefore).filter((m) => decodeMail(m.raw).messageId.includes(id))).toEqual([]);
  });

  it('three senders draining at once never send a message twice', async () => {
    const app = t.server.app!;
    const others = [1, 2].map(() => new MessageSender(app.get<Config>(CONFIG), app.get<Database>(DATABASE), app.get<Logger>(LOGGER), app.get(MessageChannels), app.get(CustomersPublicApi)));
    const companyId = (await db.query<{ company_id: string }>(`SELECT company_id FROM collections_messages LIMIT 1`)).rows[0]!.company_id;
    const ids12 = Array.from({ length: 12 }, () => randomUUID());
    for (const id of ids12) {
      await db.query(
        `INSERT INTO collections_messages (id, company_id, contract_id, customer_id, step_id, action, channel, body, invoice_ids, created_at) VALUES ($1, $2, $3, $4, 'aviso-email', 'notify', 'email', 'Lote', '[]', now())`,
        [id, companyId, ids.contractA, ids.ana],
      );
    }
    await Promise.all([sender.drainOnce(), ...others.map((s) => s.drainOnce())]);
    const rows = await until('all sent', async () => {
      await sender.drainOnce();
      return (await db.query<{ status: string; attempts: number }>(`SELECT status, attempts FROM collections_messages WHERE id = ANY($1::text[])`, [ids12])).rows;
    }, (r) => r.every((m) => m.status === 'sent'));
    expect(rows.map((r) => r.attempts)).toEqual(ids12.map(() => 1));
    for (const id of ids12) expect(smtp.mails.filter((m) => decodeMail(m.raw).messageId.includes(id))).toHaveLength(1);
  });
});
