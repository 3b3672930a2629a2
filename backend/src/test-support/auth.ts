import { randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import type { Database, ProcessorRunner } from '@netprovider/event-store';
import { DATABASE, PROCESSOR_RUNNER } from '../platform/database/tokens.js';
import type { TestServer } from './test-server.js';
import { TEST_ADMIN } from './test-admin.js';

export { TEST_ADMIN };

export interface StaffSession {
  id: string;
  email: string;
  password: string;
  roles: string[];
  accessToken: string;
  refreshToken: string;
  totpSecret?: string;
  recoveryCodes?: string[];
}

export const bearer = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });

/** A TOTP code for `secret`, `offsetSteps` time steps from now (the server accepts ±1 step; each step once). */
export function totp(secret: string, offsetSteps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}

export function db(t: TestServer): Database {
  return t.server.app!.get<Database>(DATABASE);
}

/** Waits until the async processors (audit log, outbox) have read everything committed so far. */
export async function settle(t: TestServer): Promise<void> {
  await t.server.app!.get<ProcessorRunner>(PROCESSOR_RUNNER).waitIdle();
}

/** The one-time token of a queued message (embedded mail outbox). */
export async function outboxToken(t: TestServer, where: { id?: string; recipient?: string; purpose?: string }): Promise<string> {
  const r = await db(t).query<{ token: string }>(
    `SELECT token FROM identity_outbox_messages WHERE ($1::text IS NULL OR id = $1) AND ($2::text IS NULL OR recipient = $2)
       AND ($3::text IS NULL OR purpose = $3) ORDER BY created_at DESC LIMIT 1`,
    [where.id ?? null, where.recipient ?? null, where.purpose ?? null],
  );
  if (!r.rows[0]) throw new Error(`no outbox message for ${JSON.stringify(where)}`);
  return r.rows[0].token;
}

/** Logs in, enrolling MFA when the role requires it (enrol → verify answers with unrestricted tokens). */
export async function loginStaff(t: TestServer, email: string, password: string, roles: string[] = []): Promise<StaffSession> {
  const login = await t.request('/api/v1/auth/login', { method: 'POST', json: { email, password } });
  if (login.status !== 200) throw new Error(`login ${email}: ${login.status} ${login.text}`);
  const me = await t.request('/api/v1/auth/me', { headers: bearer(login.body.accessToken) });
  const base = { id: me.body.id as string, email, password, roles: roles.length ? roles : (me.body.roles as string[]) };
  if (!login.body.mfaEnrollmentRequired) return { ...base, accessToken: login.body.accessToken, refreshToken: login.body.refreshToken };
  const enrolled = await enrolMfa(t, login.body.accessToken);
  return { ...base, ...enrolled };
}

export async function enrolMfa(t: TestServer, accessToken: string) {
  const enrol = await t.request('/api/v1/auth/mfa/enroll', { method: 'POST', headers: bearer(accessToken) });
  if (enrol.status !== 200) throw new Error(`enrol: ${enrol.status} ${enrol.text}`);
  const verify = await t.request('/api/v1/auth/mfa/verify', { method: 'POST', headers: bearer(accessToken), json: { code: await totp(enrol.body.secret) } });
  if (verify.status !== 200) throw new Error(`verify: ${verify.status} ${verify.text}`);
  return {
    accessToken: verify.body.accessToken as string,
    refreshToken: verify.body.refreshToken as string,
    totpSecret: enrol.body.secret as string,
    recoveryCodes: verify.body.recoveryCodes as string[],
  };
}

const admins = new WeakMap<TestServer, Promise<StaffSession>>();

/** The first admin, logged in with MFA enrolled (once per test server). */
export function adminSession(t: TestServer): Promise<StaffSession> {
  let s = admins.get(t);
  if (!s) {
    s = loginStaff(t, TEST_ADMIN.email, TEST_ADMIN.password, ['admin']);
    admins.set(t, s);
  }
  return s;
}

/** A new staff user with the given roles, logged in (MFA enrolled when a role requires it). */
export async function createStaff(t: TestServer, roles: string[], options: { email?: string; password?: string; companyIds?: string[] } = {}): Promise<StaffSession> {
  const admin = await adminSession(t);
  const email = options.email ?? `${roles.join('-') || 'user'}.${randomUUID().slice(0, 8)}@provedor.test`;
  const password = options.password ?? `Senha-Forte-${randomUUID().slice(0, 6)}`;
  const created = await t.request('/api/v1/users', {
    method: 'POST',
    headers: bearer(admin.accessToken),
    json: { name: `Teste ${roles.join(' ')}`, email, roles, password, ...(options.companyIds ? { companyIds: options.companyIds } : {}) },
  });
  if (created.status !== 201) throw new Error(`create user: ${created.status} ${created.text}`);
  return loginStaff(t, email, password, roles);
}

/** A valid CPF (random digits with correct check digits). */
export function randomCpf(): string {
  const d = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10));
  if (new Set(d).size === 1) d[0] = (d[0]! + 1) % 10;
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += d[i]! * (len + 1 - i);
    const r = (sum * 10) % 11;
    d.push(r === 10 ? 0 : r);
  }
  return d.join('');
}

export const maskCpf = (cpf: string) => `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;

export interface SubscriberSession {
  accountId: string;
  customerId: string;
  document: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

/** Invites a subscriber (as admin), completes first access from the outbox token, and returns its session. */
export async function createSubscriber(t: TestServer, options: { staffToken?: string; document?: string; customerId?: string } = {}): Promise<SubscriberSession> {
  const staffToken = options.staffToken ?? (await adminSession(t)).accessToken;
  const document = options.document ?? randomCpf();
  const customerId = options.customerId ?? randomUUID();
  const invite = await t.request('/api/v1/subscriber-accounts', { method: 'POST', headers: bearer(staffToken), json: { customerId, document: maskCpf(document) } });
  if (invite.status !== 201) throw new Error(`invite: ${invite.status} ${invite.text}`);
  const token = await outboxToken(t, { id: invite.body.inviteMessageId });
  const password = `Assinante-${randomUUID().slice(0, 8)}`;
  const first = await t.request('/api/v1/portal/auth/first-access', { method: 'POST', json: { token, password } });
  if (first.status !== 200) throw new Error(`first access: ${first.status} ${first.text}`);
  return { accountId: invite.body.id, customerId, document, password, accessToken: first.body.accessToken, refreshToken: first.body.refreshToken };
}
