import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pix } from '@netprovider/cobranca';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, maskCpf, randomCpf } from '../../test-support/auth.js';
import { BacenPixApiClient } from './infrastructure/pix-psp/bacen-pix-api.client.js';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_PIX_KEY, fakeEndToEndId, startFakePixPsp, type FakePixPsp } from './infrastructure/pix-psp/test-support/fake-pix-psp.server.js';
import { INSTALLATION_ADDRESS as address } from '../../test-support/http-helpers.js';
import { saoPauloDate } from '../../shared-kernel/business-date.js';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * PIX end to end over real HTTP: the backend talks to a fake PSP (a model of the BACEN API Pix, see
 * infrastructure/pix-psp/test-support) configured through the PIX_PSP_* environment, and the fake calls
 * the backend's webhook back when a charge is paid.
 */
const SECRET = 'webhook-secret-for-tests-0123456789';
const PAYER = 'Joana Pagadora Pix';

let psp: FakePixPsp;
let client: BacenPixApiClient;
let t: TestServer;
let admin: string;

beforeAll(async () => {
  psp = await startFakePixPsp({ webhookSecret: { header: 'x-webhook-secret', value: SECRET } });
  t = await startTestServer({
    env: {
      PIX_PSP_BASE_URL: psp.baseUrl, PIX_PSP_TOKEN_URL: psp.tokenUrl, PIX_PSP_CLIENT_ID: FAKE_CLIENT_ID, PIX_PSP_CLIENT_SECRET: FAKE_CLIENT_SECRET,
      PIX_WEBHOOK_SECRET: SECRET,
    },
  });
  admin = (await adminSession(t)).accessToken;
  // what the ISP does once at the PSP: point the key's webhook at us (the PSP appends /pix)
  client = new BacenPixApiClient({ baseUrl: psp.baseUrl, tokenUrl: psp.tokenUrl, clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
  await client.configureWebhook(FAKE_PIX_KEY, `${t.url}/api/v1/billing/pix/webhook`);
});
afterAll(async () => {
  client?.close();
  await t?.close();
  await psp?.close();
});

const post = (path: string, json?: unknown, token = admin) => t.request(path, { method: 'POST', headers: bearer(token), ...(json !== undefined ? { json } : {}) });
const get = (path: string, token = admin) => t.request(path, { headers: bearer(token) });
const webhook = (body: unknown, secret: string | null = SECRET) =>
  t.request('/api/v1/billing/pix/webhook/pix', { method: 'POST', headers: secret === null ? {} : { 'x-webhook-secret': secret }, json: body });

async function until<T>(what: string, fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await fn();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}: ${JSON.stringify(await fn()).slice(0, 300)}\n${t.logs.filter((l) => l.includes('"level":50') || l.includes('"level":40')).slice(-5).join('\n')}`);
}

async function customer() {
  const cpf = randomCpf();
  const c = await post('/api/v1/customers', { kind: 'PF', name: PAYER, document: maskCpf(cpf), emails: ['joana@example.com'], phones: [], addresses: [address] });
  expect(c.status, c.text).toBe(201);
  return { customerId: c.body.id as string, cpf };
}

async function account(pixMode: 'psp' | 'static', pixKey = FAKE_PIX_KEY) {
  const a = await post('/api/v1/billing/collection-accounts', { bankCode: '341', agency: '1234', account: '12345', accountDigit: '6', wallet: '109', pixKey, pixMode, isDefault: true, beneficiaryName: 'Provedor Teste' });
  expect(a.status, a.text).toBe(201);
  expect(a.body).toMatchObject({ pixMode, isDefault: true });
  return a.body.id as string;
}

async function oneOff(customerId: string, amountCents: number, dueDate = '2026-12-20') {
  const r = await post('/api/v1/invoices', { customerId, dueDate, items: [{ description: 'Visita técnica', amountCents }] });
  expect(r.status, r.text).toBe(201);
  return r.body.id as string;
}

const invoice = async (id: string) => (await get(`/api/v1/invoices/${id}`)).body;
const withCobv = (id: string) => until(`cobv of ${id}`, () => invoice(id), (v) => v.pix?.kind === 'cobv');

describe('PIX through the PSP (cobv)', () => {
  beforeAll(() => account('psp'));

  it('billing run → cobv with payer, fine and interest → paid by webhook once, redeliveries settle nothing', async () => {
    const { customerId, cpf } = await customer();
    const p = await post('/api/v1/plans', { name: 'Fibra Pix', downloadMbps: 500, uploadMbps: 250, priceCents: 9990 });
    const k = await post('/api/v1/contracts', { customerId, planId: p.body.id, dueDay: 10, installationAddressId: 'a1' });
    expect((await post(`/api/v1/contracts/${k.body.id}/activate`, { installedOn: '2026-11-01', billingStartsOn: '2026-11-01' })).status).toBe(200);
    const run = await post('/api/v1/billing/runs', { competence: '2026-12' });
    await until('preview', () => get(`/api/v1/billing/runs/${run.body.id}`), (r) => r.body.status === 'awaiting_approval');
    expect((await post(`/api/v1/billing/runs/${run.body.id}/approve`)).status).toBe(202);
    await until('issuance', () => get(`/api/v1/billing/runs/${run.body.id}`), (r) => r.body.status === 'completed');
    const invoiceId = (await get(`/api/v1/invoices?contractId=${k.body.id}`)).body.items[0].id as string;

    const inv = await withCobv(invoiceId);
    expect(inv.pix.txid).toMatch(/^[a-zA-Z0-9]{26,35}$/);
    const code = pix.parse(inv.pix.brCode);
    expect(code.url).toBe(inv.pix.location);
    expect(code.url).toContain('pix.fake-psp.example/qr/v2/cobv/');
    expect(inv.history.map((h: { type: string }) => h.type)).toContain('InvoicePixChargeRegistered');
    const put = psp.requests.find((r) => r.method === 'PUT' && r.url === `/api/v2/cobv/${inv.pix.txid}`);
    expect(put?.body).toMatchObject({
      calendario: { dataDeVencimento: '2026-12-10', validadeAposVencimento: 60 },
      devedor: { cpf, nome: PAYER },
      valor: { original: '99.90', multa: { modalidade: 2, valorPerc: '2.00' }, juros: { modalidade: 3, valorPerc: '1.00' } },
      chave: FAKE_PIX_KEY,
    });
    // the payer's data went to the PSP only
    expect(t.logs.filter((l) => l.includes(cpf) || l.includes(PAYER))).toEqual([]);
    const pdf = await t.request(`/api/v1/invoices/${invoiceId}/pdf`, { headers: bearer(admin) });
    expect(pdf.status).toBe(200);

    const paid = await psp.pay(inv.pix.txid);
    expect(paid.delivery?.status).toBe(200);
    const after = await invoice(invoiceId);
    expect(after.status).toBe('paid');
    expect(after.payments).toEqual([expect.objectContaining({ method: 'pix', amountCents: 9990, source: { kind: 'pix', reference: paid.pix.endToEndId } })]);

    expect((await psp.redeliver(paid.pix.endToEndId)).status).toBe(200);
    const again = await webhook({ pix: [paid.pix] });
    expect(again.status, again.text).toBe(200);
    expect(again.body).toMatchObject({ received: 1, settled: 0, duplicates: 1, unknown: [] });
    expect((await invoice(invoiceId)).payments).toHaveLength(1);
  });

  it('cobv body from the billing settings: validadeAposVencimento covers the grace days, multa/juros/desconto as BACEN defines them', async () => {
    const put = (body: unknown) => t.request('/api/v1/billing/settings', { method: 'PUT', headers: bearer(admin), json: body });
    const set = await put({ finePercentBp: 150, interestMonthlyBp: 80, graceDays: 10, pixValidAfterDueDays: 5, earlyDiscount: { amountCents: 500, daysBefore: 5 } });
    expect(set.status, set.text).toBe(200);
    try {
      const { customerId, cpf } = await customer();
      const inv = await withCobv(await oneOff(customerId, 12000, '2026-12-21'));
      const body = psp.requests.find((r) => r.method === 'PUT' && r.url === `/api/v2/cobv/${inv.pix.txid}`)?.body;
      expect(body).toEqual({
        calendario: { dataDeVencimento: '2026-12-21', validadeAposVencimento: 10 },
        devedor: { cpf, nome: PAYER },
        valor: {
          original: '120.00', multa: { modalidade: 2, valorPerc: '1.50' }, juros: { modalidade: 3, valorPerc: '0.80' },
          desconto: { modalidade: 1, descontoDataFixa: [{ data: '2026-12-16', valorPerc: '5.00' }] },
        },
        chave: FAKE_PIX_KEY,
        solicitacaoPagador: expect.stringMatching(/^Fatura \d+$/),
      });
      // a validity longer than the grace days is kept as set
      expect((await put({ finePercentBp: 200, interestMonthlyBp: 100, graceDays: 3, pixValidAfterDueDays: 45, earlyDiscount: null })).status).toBe(200);
      const { customerId: other } = await customer();
      const second = await withCobv(await oneOff(other, 5000, '2026-12-21'));
      expect(psp.requests.find((r) => r.method === 'PUT' && r.url === `/api/v2/cobv/${second.pix.txid}`)?.body).toMatchObject({
        calendario: { dataDeVencimento: '2026-12-21', validadeAposVencimento: 45 }, valor: { original: '50.00', multa: { modalidade: 2, valorPerc: '2.00' }, juros: { modalidade: 3, valorPerc: '1.00' } },
      });
    } finally {
      expect((await put({ finePercentBp: 200, interestMonthlyBp: 100, graceDays: 0, pixValidAfterDueDays: 60, earlyDiscount: null })).status).toBe(200);
    }
  });

  it('verifies the caller, names a bad field, reports an unknown txid', async () => {
    const body = { pix: [{ endToEndId: fakeEndToEndId(), txid: 'naoexisteestetxid0000000000', valor: '10.00', horario: new Date().toISOString() }] };
    expect((await webhook(body, null)).status).toBe(401);
    expect((await webhook(body, 'wrong-secret-wrong-secret-0000')).status).toBe(401);
    const bad = await webhook({ pix: [{ ...body.pix[0], valor: '10,00' }] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('pix[0].valor');
    const unknown = await webhook(body);
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({ received: 1, settled: 0, unknown: [body.pix[0]!.endToEndId] });
  });

  it('cancelling an invoice removes its cobv at the PSP', async () => {
    const { customerId } = await customer();
    const id = await oneOff(customerId, 15000);
    const { pix: charge } = await withCobv(id);
    expect((await post(`/api/v1/invoices/${id}/cancel`, { reason: 'cobrada por engano' })).status).toBe(200);
    await until('cobv removed', () => client.getCharge('cobv', charge.txid), (c) => c.status === 'REMOVIDA_PELO_USUARIO_RECEBEDOR');
  });

  it('an alteração de vencimento moves the cobv at the PSP (PATCH calendario.dataDeVencimento): same txid and BR Code', async () => {
    const { customerId } = await customer();
    const id = await oneOff(customerId, 16000);
    const { pix: charge } = await withCobv(id);
    expect((await client.getCharge('cobv', charge.txid)).dueDate).toBe('2026-12-20');
    const changed = await post(`/api/v1/invoices/${id}/due-date`, { dueDate: '2026-12-28', reason: 'cliente recebe no dia 25' });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({ dueDate: '2026-12-28', pix: { kind: 'cobv', txid: charge.txid, brCode: charge.brCode } });
    const moved = await until('cobv moved', () => client.getCharge('cobv', charge.txid), (c) => c.dueDate === '2026-12-28');
    expect(moved).toMatchObject({ status: 'ATIVA', brCode: charge.brCode, revision: 1 });
    expect(psp.requests.filter((r) => r.method === 'PATCH' && r.url === `/api/v2/cobv/${charge.txid}`).map((r) => r.body)).toEqual([{
      calendario: { dataDeVencimento: '2026-12-28' },
      valor: { original: '160.00', multa: { modalidade: 2, valorPerc: '2.00' }, juros: { modalidade: 3, valorPerc: '1.00' } },
    }]);
  });

  it('the early-payment discount date follows an alteração de vencimento, and is dropped once it has passed', async () => {
    const put = (body: unknown) => t.request('/api/v1/billing/settings', { method: 'PUT', headers: bearer(admin), json: body });
    expect((await put({ finePercentBp: 200, interestMonthlyBp: 100, graceDays: 0, pixValidAfterDueDays: 60, earlyDiscount: { amountCents: 500, daysBefore: 5 } })).status).toBe(200);
    try {
      const day = (n: number) => addDays(saoPauloDate(new Date()), n);
      const { customerId } = await customer();
      const id = await oneOff(customerId, 9000, day(30));
      const { pix: charge } = await withCobv(id);
      const discountOf = async () => {
        const doc = psp.requests.filter((r) => r.url === `/api/v2/cobv/${charge.txid}` && (r.method === 'PUT' || r.method === 'PATCH')).at(-1)!.body as { valor: { desconto?: unknown } };
        return doc.valor.desconto;
      };
      expect(await discountOf()).toEqual({ modalidade: 1, descontoDataFixa: [{ data: day(25), valorPerc: '5.00' }] });
      // earlier: the discount now ends 5 days before the new date (it would otherwise end after the due date)
      expect((await post(`/api/v1/invoices/${id}/due-date`, { dueDate: day(10), reason: 'antecipado a pedido do cliente' })).status).toBe(200);
      await until('cobv moved', () => client.getCharge('cobv', charge.txid), (c) => c.dueDate === day(10));
      expect(await discountOf()).toEqual({ modalidade: 1, descontoDataFixa: [{ data: day(5), valorPerc: '5.00' }] });
      // so early that the discount date has passed: no discount any more
      expect((await post(`/api/v1/invoices/${id}/due-date`, { dueDate: day(3), reason: 'antecipado de novo' })).status).toBe(200);
      await until('cobv moved again', () => client.getCharge('cobv', charge.txid), (c) => c.dueDate === day(3));
      expect(await discountOf()).toBeUndefined();
    } finally {
      expect((await put({ finePercentBp: 200, interestMonthlyBp: 100, graceDays: 0, pixValidAfterDueDays: 60, earlyDiscount: null })).status).toBe(200);
    }
  });

  const failedIds = (status = 'failed') => get(`/api/v1/billing/pix/charges?status=${status}`).then((r) => r.body.items.map((f: { invoiceId: string }) => f.invoiceId) as string[]);
  let refused: string;

  it('a charge the PSP refuses is recorded and listed, and the queue moves on', async () => {
    const { customerId } = await customer();
    psp.failNext({ status: 400, method: 'PUT', pathIncludes: '/cobv/' });
    refused = await oneOff(customerId, 4321);
    const failed = await until('failure listed', () => get('/api/v1/billing/pix/charges?status=failed'), (r) => r.body.items?.some((f: { invoiceId: string }) => f.invoiceId === refused));
    expect(failed.body.items.find((f: { invoiceId: string }) => f.invoiceId === refused)).toMatchObject({ operation: 'create', pspStatus: 400, totalCents: 4321, attempts: 1, resolvedAt: null });
    expect((await invoice(refused)).pix?.kind).not.toBe('cobv');
    // the next invoice gets its charge: the refusal did not hold the queue
    await withCobv(await oneOff(customerId, 1111));
  });

  it('transient PSP failures are retried until the charge passes', async () => {
    const { customerId } = await customer();
    // four 503s: the client retries twice, then the runner retries the batch
    const unavailable = () => psp.requests.filter((r) => r.status === 503).length;
    const before = unavailable();
    psp.failNext({ status: 503, times: 4, method: 'PUT', pathIncludes: '/cobv/' });
    await withCobv(await oneOff(customerId, 1234));
    expect(unavailable() - before).toBe(4);
  });

  it('a recorded failure can be retried by hand', async () => {
    const retried = await post(`/api/v1/billing/pix/charges/${refused}/retry`);
    expect(retried.status, retried.text).toBe(200);
    expect(retried.body).toMatchObject({ outcome: 'created', pix: { kind: 'cobv' } });
    expect((await invoice(refused)).pix.kind).toBe('cobv');
    expect(await failedIds()).not.toContain(refused);
    expect(await failedIds('resolved')).toContain(refused);
    expect((await post(`/api/v1/billing/pix/charges/${refused}/retry`)).body).toEqual({ outcome: 'nothing-to-do' });
    expect((await post('/api/v1/billing/pix/charges/00000000-0000-4000-8000-000000000000/retry')).status).toBe(404);
  });

  it('a failed invoice cancelled before its charge ever existed leaves the failed list', async () => {
    const { customerId } = await customer();
    psp.failNext({ status: 400, method: 'PUT', pathIncludes: '/cobv/' });
    const dropped = await oneOff(customerId, 2222);
    await until('failure listed', () => failedIds(), (ids) => ids.includes(dropped));
    expect((await post(`/api/v1/invoices/${dropped}/cancel`, { reason: 'desistência' })).status).toBe(200);
    await until('failure resolved by the cancellation', () => failedIds(), (ids) => !ids.includes(dropped));
  });

  it('reconcile: a Pix whose notification never arrived settles from GET /pix, once', async () => {
    const { customerId } = await customer();
    const id = await oneOff(customerId, 7777);
    const { pix: charge } = await withCobv(id);
    const from = new Date(Date.now() - 60_000).toISOString();
    // the notification is lost: the webhook points nowhere while the payer pays
    await client.configureWebhook(FAKE_PIX_KEY, `${t.url}/api/v1/nowhere`);
    const lost = await psp.pay(charge.txid);
    expect(lost.delivery?.status).toBe(404);
    await client.configureWebhook(FAKE_PIX_KEY, `${t.url}/api/v1/billing/pix/webhook`);
    expect((await invoice(id)).status).toBe('open');
    psp.receiveWithoutTxid({ amountCents: 500 });

    const range = { from, to: new Date(Date.now() + 60_000).toISOString() };
    const first = await post('/api/v1/billing/pix/reconcile', range);
    expect(first.status, first.text).toBe(200);
    expect(first.body.settled).toBe(1);
    expect(first.body.unknown.length).toBeGreaterThanOrEqual(1); // the Pix without txid
    const settled = await invoice(id);
    expect(settled.status).toBe('paid');
    expect(settled.payments).toEqual([expect.objectContaining({ method: 'pix', source: { kind: 'pix', reference: lost.pix.endToEndId } })]);
    const second = await post('/api/v1/billing/pix/reconcile', range);
    expect(second.body).toMatchObject({ settled: 0 });
    expect(second.body.duplicates).toBeGreaterThanOrEqual(1);
    // and the notification arriving late settles nothing either
    expect((await psp.redeliver(lost.pix.endToEndId)).status).toBe(200);
    expect((await invoice(id)).payments).toHaveLength(1);

    const badRange = await post('/api/v1/billing/pix/reconcile', { from: range.to, to: range.from });
    expect(badRange.status).toBe(422);
    expect(badRange.body.errors[0].field).toBe('to');
  });
});

describe('PIX static BR Code', () => {
  it('the webhook settles an invoice by its static txid', async () => {
    await account('static', 'financeiro@provedor.test');
    const { customerId } = await customer();
    const id = await oneOff(customerId, 5990);
    const inv = await invoice(id);
    expect(inv.pix).toMatchObject({ kind: 'static' });
    expect(pix.parse(inv.pix.brCode)).toMatchObject({ key: 'financeiro@provedor.test', amountCents: 5990, txid: inv.pix.txid });
    const e2e = fakeEndToEndId();
    const body = { pix: [{ endToEndId: e2e, txid: inv.pix.txid, valor: '59.90', horario: new Date().toISOString(), infoPagador: 'fatura' }] };
    const r = await webhook(body);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ received: 1, settled: 1, duplicates: 0, unknown: [] });
    expect(await invoice(id)).toMatchObject({ status: 'paid', payments: [expect.objectContaining({ method: 'pix', amountCents: 5990, source: { kind: 'pix', reference: e2e } })] });
    expect((await webhook(body)).body).toMatchObject({ settled: 0, duplicates: 1 });
  });
});

describe('without a PSP configured', () => {
  let bare: TestServer;
  let token: string;
  beforeAll(async () => {
    bare = await startTestServer();
    token = (await adminSession(bare)).accessToken;
  });
  afterAll(async () => bare?.close());

  it('refuses pixMode psp on a collection account, naming the field, and cannot reconcile', async () => {
    const body = { bankCode: '341', agency: '1234', account: '12345', accountDigit: '6', wallet: '109', pixKey: FAKE_PIX_KEY };
    const refused = await bare.request('/api/v1/billing/collection-accounts', { method: 'POST', headers: bearer(token), json: { ...body, pixMode: 'psp' } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: 'pixMode', reason: expect.stringContaining('no PSP configured') });
    const created = await bare.request('/api/v1/billing/collection-accounts', { method: 'POST', headers: bearer(token), json: body });
    expect(created.status, created.text).toBe(201);
    const patched = await bare.request(`/api/v1/billing/collection-accounts/${created.body.id}`, { method: 'PATCH', headers: bearer(token), json: { pixMode: 'psp' } });
    expect(patched.status).toBe(422);
    expect(patched.body.errors[0].field).toBe('pixMode');
    const reconcile = await bare.request('/api/v1/billing/pix/reconcile', {
      method: 'POST', headers: bearer(token), json: { from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' },
    });
    expect(reconcile.status).toBe(409);
  });
});
