#!/usr/bin/env node
// Issue 5 acceptance, by hand, against a running server (e.g. a fresh `npm start`):
//   NETPROVIDER_ADMIN_EMAIL=… NETPROVIDER_ADMIN_PASSWORD=… npm start      (in another terminal)
//   BASE=http://localhost:3000 ADMIN_EMAIL=… ADMIN_PASSWORD=… node scripts/acceptance/billing.mjs
// collection account + plan + customer + contract → billing run preview → approve → invoice with a valid
// linha digitável and BR Code → boleto PDF and carnê PDF → a CNAB retorno that pays it settles it once, even twice uploaded.
import { writeFileSync } from 'node:fs';
import { generate } from 'otplib';
import { boleto, pix } from '@netprovider/cobranca';

const BASE = process.env.BASE ?? 'http://localhost:3000';
const email = process.env.ADMIN_EMAIL;
const password = process.env.ADMIN_PASSWORD;
let token = '';
const call = async (path, init = {}) => {
  const headers = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.json ? { 'content-type': 'application/json' } : {}) };
  const r = await fetch(BASE + path, { method: init.method ?? (init.json || init.body ? 'POST' : 'GET'), headers, body: init.json ? JSON.stringify(init.json) : init.body });
  const buf = Buffer.from(await r.arrayBuffer());
  let body = null;
  try { body = JSON.parse(buf.toString()); } catch { body = buf; }
  return { status: r.status, body, headers: r.headers };
};
const must = (r, status, what) => { if (r.status !== status) { console.error(what, r.status, r.body); process.exit(1); } return r.body; };
const step = (m) => console.log(`✔ ${m}`);

let login = await call('/api/v1/auth/login', { json: { email, password } });
if (login.status === 401 && process.env.TOTP_SECRET) login = await call('/api/v1/auth/login', { json: { email, password, totp: await generate({ secret: process.env.TOTP_SECRET }) } });
must(login, 200, 'login');
token = login.body.accessToken;
if (login.body.mfaEnrollmentRequired) {
  const enrol = must(await call('/api/v1/auth/mfa/enroll', { method: 'POST' }), 200, 'enrol');
  const v = must(await call('/api/v1/auth/mfa/verify', { json: { code: await generate({ secret: enrol.secret }) } }), 200, 'verify');
  token = v.accessToken;
  console.log(`  (MFA enrolled; TOTP_SECRET=${enrol.secret} for later runs)`);
}
step('admin logged in');
const acc = must(await call('/api/v1/billing/collection-accounts', { json: { bankCode: '001', agency: '1234', account: '12345678', agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test' } }), 201, 'account');
step(`collection account ${acc.bankName} ag ${acc.agency} convênio ${acc.agreement} carteira ${acc.wallet}`);
const plan = must(await call('/api/v1/plans', { json: { name: 'Fibra 500', downloadMbps: 500, uploadMbps: 250, priceCents: 9990 } }), 201, 'plan');
const d = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10));
const dv = (ds, w) => { const s = ds.reduce((a, x, i) => a + x * (w - i), 0) % 11; return s < 2 ? 0 : 11 - s; };
d.push(dv(d, 10)); d.push(dv(d, 11));
const customer = must(await call('/api/v1/customers', { json: { kind: 'PF', name: 'Maria Aceitação', document: d.join(''), emails: ['maria@example.com'], phones: [], addresses: [{ type: 'installation', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', district: 'Centro', city: 'Belo Horizonte', state: 'MG' }] } }), 201, 'customer');
const contract = must(await call('/api/v1/contracts', { json: { customerId: customer.id, planId: plan.id, dueDay: 10, installationAddressId: 'a1' } }), 201, 'contract');
must(await call(`/api/v1/contracts/${contract.id}/activate`, { json: { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' } }), 200, 'activate');
step('plan, customer, contract (active)');
const competence = process.env.COMPETENCE ?? '2026-12';
const run = must(await call('/api/v1/billing/runs', { json: { competence } }), 202, 'run');
let st;
do { await new Promise((r) => setTimeout(r, 300)); st = must(await call(`/api/v1/billing/runs/${run.id}`), 200, 'run status'); } while (st.status === 'previewing');
const line = st.preview.lines.find((l) => l.contractId === contract.id);
step(`preview: ${st.total} invoice(s), R$ ${(st.totalCents / 100).toFixed(2)}; this contract: ${line.totalCents} centavos due ${line.dueDate}, warnings ${JSON.stringify(st.warnings)}`);
must(await call(`/api/v1/billing/runs/${run.id}/approve`, { method: 'POST' }), 202, 'approve');
do { await new Promise((r) => setTimeout(r, 300)); st = must(await call(`/api/v1/billing/runs/${run.id}`), 200, 'run status'); } while (st.status !== 'completed');
step(`approved and issued: done ${st.done}/${st.total}, failed ${st.failed}`);
const list = must(await call(`/api/v1/invoices?contractId=${contract.id}&competence=${competence}`), 200, 'invoices');
const inv = must(await call(`/api/v1/invoices/${list.items[0].id}`), 200, 'invoice');
const parsed = boleto.parse(inv.boleto.digitableLine);
const code = pix.parse(inv.pix.brCode);
step(`invoice nº ${inv.number}: linha ${inv.boleto.digitableLine} → bank ${parsed.bankCode}, ${parsed.amountCents} centavos, due ${parsed.dueDate}; PIX txid ${code.txid} ${code.amountCents} centavos`);
const pdf = await call(`/api/v1/invoices/${inv.id}/pdf`);
writeFileSync('/tmp/np-boleto.pdf', pdf.body);
const carne = await call(`/api/v1/contracts/${contract.id}/carne.pdf?from=${competence}&months=3`);
writeFileSync('/tmp/np-carne.pdf', carne.body);
if (pdf.status !== 200 || carne.status !== 200 || !String(pdf.body.slice(0, 5)).startsWith('%PDF') || !String(carne.body.slice(0, 5)).startsWith('%PDF')) { console.error('pdf', pdf.status, carne.status); process.exit(1); }
step(`boleto PDF ${pdf.body.length} bytes → /tmp/np-boleto.pdf; carnê PDF ${carne.body.length} bytes → /tmp/np-carne.pdf`);
const { cnab240Return } = await import('../../backend/dist/modules/billing/test-support/cnab240-return.js').catch(() => ({}));
const rec = (n, v) => { const a = Array(240).fill(' '); for (const [p, s] of v) for (let i = 0; i < s.length; i++) a[p - 1 + i] = s[i]; return a.join(''); };
const num = (v, l) => String(v).padStart(l, '0');
const dm = (x) => `${x.slice(8, 10)}${x.slice(5, 7)}${x.slice(0, 4)}`;
const file = cnab240Return ? cnab240Return('001', [{ nossoNumero: inv.boleto.nossoNumero, dueDate: inv.dueDate, nominalCents: inv.totalCents, paidCents: inv.totalCents, paidOn: inv.dueDate, feeCents: 150 }]) : [
  rec(0, [[1, '001'], [4, '0000'], [8, '0'], [143, '2'], [144, dm(inv.dueDate)]]), rec(0, [[1, '001'], [4, '0001'], [8, '1'], [9, 'T'], [10, '01']]),
  rec(0, [[1, '001'], [4, '0001'], [8, '3'], [9, '00001'], [14, 'T'], [16, '06'], [38, inv.boleto.nossoNumero.padEnd(20)], [74, dm(inv.dueDate)], [82, num(inv.totalCents, 15)], [199, num(150, 15)]]),
  rec(0, [[1, '001'], [4, '0001'], [8, '3'], [9, '00002'], [14, 'U'], [16, '06'], [18, num(0, 15)], [33, num(0, 15)], [78, num(inv.totalCents, 15)], [138, dm(inv.dueDate)], [146, dm(inv.dueDate)]]),
  rec(0, [[1, '001'], [4, '0001'], [8, '5'], [18, num(4, 6)]]), rec(0, [[1, '001'], [4, '9999'], [8, '9'], [18, num(1, 6)], [24, num(6, 6)]]),
].join('\r\n') + '\r\n';
for (const attempt of [1, 2]) {
  const form = new FormData();
  form.append('file', new Blob([file]), 'retorno.ret');
  const r = must(await call('/api/v1/billing/bank-returns', { body: form }), 200, 'bank return');
  step(`CNAB retorno upload #${attempt}: settled ${r.settled}, duplicates ${r.duplicates}, unknown ${r.unknown.length}, rejected ${r.rejected.length}`);
}
const after = must(await call(`/api/v1/invoices/${inv.id}`), 200, 'invoice');
step(`invoice status ${after.status}, payments ${after.payments.length}`);
if (after.status !== 'paid' || after.payments.length !== 1) process.exit(1);
