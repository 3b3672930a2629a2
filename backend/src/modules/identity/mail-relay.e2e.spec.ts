import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { createStaff, db, TEST_ADMIN } from '../../test-support/auth.js';
import { FakeSmtp, mailSubject, mailText } from '../../test-support/fake-smtp.js';
import { IdentityMailRelay } from './processors/mail-relay.js';

/*
 * With SMTP configured (SMTP_URL, MAIL_FROM), identity's links leave by e-mail through a real SMTP server
 * (smtp-server in process, standing in for the relay): the reset link that arrives works; a 4xx is retried
 * with backoff, a 5xx fails; a link already superseded is not sent; once sent or failed the database keeps
 * no copy of the token. The relay's timer is off here (NETPROVIDER_ROLE=api) so the test drives each pass.
 */
let t: TestServer;
let smtp: FakeSmtp;
let relay: IdentityMailRelay;
beforeAll(async () => {
  smtp = new FakeSmtp();
  const url = await smtp.start();
  t = await startTestServer({ env: { SMTP_URL: url, MAIL_FROM: 'NetProvider <nao-responda@provedor.test>', NETPROVIDER_ROLE: 'api' } });
  relay = t.server.app!.get(IdentityMailRelay);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const requestReset = async (email: string = TEST_ADMIN.email) => expect((await t.request('/api/v1/auth/password-reset/request', { method: 'POST', json: { email } })).status).toBeLessThan(300);
const lastRow = async (email: string = TEST_ADMIN.email) => (await db(t).query<{ id: string; status: string; attempts: number; token: string | null; body: string; last_error: string | null; sent_at: Date | null }>(
  `SELECT id, status, attempts, token, body, last_error, sent_at FROM identity_outbox_messages WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`, [email],
)).rows[0]!;

describe('identity mail relay (SMTP)', () => {
  it('sends the reset link, which works; the outbox keeps no token; the password really changes', async () => {
    expect(relay.enabled).toBe(true);
    await requestReset();
    expect(await relay.drainOnce()).toMatchObject({ sent: 1, failed: 0 });
    const mail = smtp.mails.at(-1)!;
    expect(mail.to).toEqual([TEST_ADMIN.email]);
    expect(mail.from).toBe('nao-responda@provedor.test');
    expect(mailSubject(mail.raw)).toBe('NetProvider: redefinição de senha');
    const text = mailText(mail.raw);
    expect(text).toContain('Para criar uma nova senha, abra o link abaixo (válido por 1 hora):');
    const token = /redefinir-senha#token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
    expect(token, text).toBeTruthy();

    const row = await lastRow();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, token: null, body: '', last_error: null });
    expect(row.sent_at).not.toBeNull();
    expect(await relay.drainOnce()).toMatchObject({ sent: 0 });

    const confirmed = await t.request('/api/v1/auth/password-reset/confirm', { method: 'POST', json: { token, newPassword: 'Nova-senha-forte-2026!' } });
    expect(confirmed.status, confirmed.text).toBe(204);
    const oldLogin = await t.request('/api/v1/auth/login', { method: 'POST', json: { email: TEST_ADMIN.email, password: TEST_ADMIN.password } });
    expect(oldLogin.status).toBe(401);
    // put the known password back for the other tests
    await requestReset();
    await relay.drainOnce();
    const again = /redefinir-senha#token=([A-Za-z0-9_-]+)/.exec(mailText(smtp.mails.at(-1)!.raw))![1];
    expect((await t.request('/api/v1/auth/password-reset/confirm', { method: 'POST', json: { token: again, newPassword: TEST_ADMIN.password } })).status).toBe(204);
  });

  it('a 451 is retried after the backoff, a 550 fails for good; neither keeps the link; no link in the logs', async () => {
    const before = smtp.mails.length;
    smtp.failNext.push(451);
    await requestReset();
    expect(await relay.drainOnce()).toMatchObject({ sent: 0, retried: 1 });
    expect(await lastRow()).toMatchObject({ status: 'queued', attempts: 1, last_error: 'smtp-451' });
    expect(await relay.drainOnce()).toMatchObject({ sent: 0, retried: 0 }); // not before the backoff
    expect(await relay.drainOnce(new Date(Date.now() + 31_000))).toMatchObject({ sent: 1 });
    expect(await lastRow()).toMatchObject({ status: 'sent', attempts: 2, token: null, body: '' });
    expect(smtp.mails.length).toBe(before + 1);

    smtp.failNext.push(550);
    await requestReset();
    expect(await relay.drainOnce()).toMatchObject({ failed: 1 });
    expect(await lastRow()).toMatchObject({ status: 'failed', last_error: 'smtp-550', token: null, body: '' });
    expect(smtp.mails.length).toBe(before + 1);

    const logs = t.logs.join('\n');
    expect(logs).toContain('identity: mail delivery');
    expect(logs).not.toContain('redefinir-senha#token=');
    expect(logs).not.toContain(TEST_ADMIN.email);
  });

  it('a link superseded by a newer one before it could be sent is not sent (expired); the newer one is', async () => {
    // another user: resets are limited to 5 an hour per account
    const { email } = await createStaff(t, ['atendente']);
    await relay.drainOnce();
    const before = smtp.mails.length;
    await requestReset(email);
    const first = (await lastRow(email)).id;
    await requestReset(email); // retires the first token
    expect(await relay.drainOnce()).toMatchObject({ sent: 1, expired: 1 });
    const r = await db(t).query<{ status: string; token: string | null; last_error: string | null }>('SELECT status, token, last_error FROM identity_outbox_messages WHERE id = $1', [first]);
    expect(r.rows[0]).toEqual({ status: 'expired', token: null, last_error: 'token-used-or-expired' });
    expect(smtp.mails.length).toBe(before + 1);
  });
});
