import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { adminSession, bearer, db } from '../test-support/auth.js';
import { financeCaughtUp } from '../modules/finance/test-support/finance-fixtures.js';
import { DEMO_USERS, seedDemo } from './seed.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => t?.close());

describe('demo seed', () => {
  it('creates one user per built-in role with the printed passwords, plans, customers and contracts, idempotently', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await seedDemo(t.server, pino({ level: 'silent' }));
      await seedDemo(t.server, pino({ level: 'silent' }));
      expect(write.mock.calls.map((c) => String(c[0])).join('')).toContain(DEMO_USERS[0]!.password);
    } finally {
      write.mockRestore();
    }
    // the demo ISP: plans, ~200 customers with valid documents, their contracts (most active), seeded once
    const customers = await db(t).query<{ n: string }>('SELECT count(*) AS n FROM customers_directory');
    expect(Number(customers.rows[0]!.n)).toBe(200);
    const contracts = await db(t).query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM contracts_directory GROUP BY status');
    const byStatus = Object.fromEntries(contracts.rows.map((r) => [r.status, Number(r.n)]));
    expect((byStatus.active ?? 0) + (byStatus.draft ?? 0)).toBe(200);
    expect(byStatus.active).toBeGreaterThan(150);
    const plans = await db(t).query<{ n: string }>('SELECT count(*) AS n FROM plans_catalogue');
    expect(Number(plans.rows[0]!.n)).toBe(4);
    // billing: one carteira, and next month's run approved; the reactor issues an invoice per billed active contract
    const accounts = await db(t).query<{ n: string }>('SELECT count(*) AS n FROM billing_collection_accounts');
    expect(Number(accounts.rows[0]!.n)).toBe(1);
    let run = { status: '', done: 0, total: 0 };
    for (let i = 0; i < 400 && run.status !== 'completed'; i++) {
      run = (await db(t).query<{ status: string; done: number; total: number }>('SELECT status, done, total FROM billing_runs')).rows[0]!;
      if (run.status !== 'completed') await new Promise((r) => setTimeout(r, 50));
    }
    expect(run.status).toBe('completed');
    expect(run.done).toBe(run.total);
    expect(run.total).toBeGreaterThan(150);
    const invoices = await db(t).query<{ n: string }>('SELECT count(*) AS n FROM billing_invoices');
    expect(Number(invoices.rows[0]!.n)).toBe(run.total);
    // finance: next month's DRE has the invoiced revenue and the demo bills
    const month = (await db(t).query<{ competence: string }>('SELECT competence FROM billing_runs')).rows[0]!.competence;
    await financeCaughtUp(t);
    const admin = await adminSession(t);
    const dre = await t.request(`/api/v1/finance/reports/dre?month=${month}`, { headers: bearer(admin.accessToken) });
    expect(dre.status, dre.text).toBe(200);
    const billed = await db(t).query<{ n: string }>('SELECT sum(total_cents) AS n FROM billing_invoices');
    expect(dre.body.receitaBruta.totalCents - dre.body.deducoes.lines.find((l: { code: string }) => l.code === '3.2.02').amountCents).toBe(Number(billed.rows[0]!.n));
    expect(dre.body.custos.totalCents).toBe(1_250_000 + 240_000 + 180_000);
    expect(dre.body.despesas.totalCents).toBe(1_450_000 + 86_000 + 350_000);
    expect(dre.body.resultadoCents).toBe(dre.body.receitaBruta.totalCents - dre.body.deducoes.totalCents - dre.body.custos.totalCents - dre.body.despesas.totalCents);
    const r = await db(t).query<{ n: string }>("SELECT count(*) AS n FROM identity_users WHERE email LIKE 'demo.%'");
    expect(Number(r.rows[0]!.n)).toBe(DEMO_USERS.length);
    for (const u of DEMO_USERS) {
      const login = await t.request('/api/v1/auth/login', { method: 'POST', json: { email: u.email, password: u.password } });
      expect(login.status, u.role).toBe(200);
      expect(login.body.mfaEnrollmentRequired, u.role).toBe(u.role === 'admin' || u.role === 'financeiro');
    }
  });
});
