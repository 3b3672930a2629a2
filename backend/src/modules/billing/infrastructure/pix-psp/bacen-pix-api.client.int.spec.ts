import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pix } from '@netprovider/cobranca';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BacenPixApiClient, PIX_PSP_SCOPES, type BacenPixApiClientConfig, type BacenPixApiClientDeps } from './bacen-pix-api.client.js';
import { newTxid, parseWebhookBody, PixPspError, type PixDueChargeInput } from './pix-psp.port.js';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_PIX_KEY, startFakePixPsp, type FakePixPsp, type FakePixPspOptions } from './test-support/fake-pix-psp.server.js';

const TODAY = '2026-01-05';
const opened: { close(): unknown }[] = [];

async function fake(options: FakePixPspOptions = {}): Promise<FakePixPsp> {
  const f = await startFakePixPsp({ today: () => TODAY, ...options });
  opened.push(f);
  return f;
}

interface Harness {
  client: BacenPixApiClient;
  sleeps: number[];
  warnings: { obj: Record<string, unknown>; msg: string }[];
  clock: { now: number };
}

function clientFor(f: FakePixPsp, config: Partial<BacenPixApiClientConfig> = {}, deps: BacenPixApiClientDeps = {}): Harness {
  const sleeps: number[] = [];
  const warnings: Harness['warnings'] = [];
  const clock = { now: Date.parse('2026-01-05T12:00:00Z') };
  const client = new BacenPixApiClient(
    { baseUrl: f.baseUrl, clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET, ...config },
    {
      now: () => clock.now,
      sleep: async (ms) => void sleeps.push(ms),
      logger: { warn: (obj, msg) => void warnings.push({ obj, msg }) },
      ...deps,
    },
  );
  opened.push(client);
  return { client, sleeps, warnings, clock };
}

function dueInput(over: Partial<PixDueChargeInput> = {}): PixDueChargeInput {
  return {
    txid: newTxid(),
    dueDate: '2026-02-10',
    validAfterDueDays: 30,
    amountCents: 12345,
    debtor: { name: 'Francisco da Silva', cpf: '12345678909' },
    key: FAKE_PIX_KEY,
    description: 'Internet 300 Mbps — fevereiro',
    fine: { percentBasisPoints: 200 },
    interest: { monthlyPercentBasisPoints: 100 },
    discount: { date: '2026-02-05', amountCents: 1000 },
    ...over,
  };
}

async function pspError(p: Promise<unknown>): Promise<PixPspError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PixPspError) return e;
    throw e;
  }
  throw new Error('expected a PixPspError');
}

const apiCalls = (f: FakePixPsp, method: string, part: string) => f.requests.filter((r) => r.method === method && r.url.includes(part));

afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

describe('OAuth2 client credentials', () => {
  it('asks for a token with Basic auth and the scopes the port needs, then reuses it', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const a = await client.createDueCharge(dueInput());
    await client.getCharge('cobv', a.txid);
    await client.getCharge('cobv', a.txid);

    expect(f.tokensIssued()).toBe(1);
    const tokenReq = f.requests.find((r) => r.url === '/oauth/token')!;
    expect(tokenReq.method).toBe('POST');
    expect(tokenReq.headers.authorization).toBe(`Basic ${Buffer.from(`${FAKE_CLIENT_ID}:${FAKE_CLIENT_SECRET}`).toString('base64')}`);
    expect(tokenReq.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(tokenReq.body as string);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('scope')!.split(' ').sort()).toEqual(['cob.read', 'cob.write', 'cobv.read', 'cobv.write', 'pix.read', 'webhook.read', 'webhook.write']);
    expect([...PIX_PSP_SCOPES].sort()).toEqual(form.get('scope')!.split(' ').sort());
    // every API call carried the same bearer token
    const bearers = new Set(f.requests.filter((r) => r.url.startsWith('/api/')).map((r) => r.headers.authorization));
    expect(bearers.size).toBe(1);
    expect([...bearers][0]).toMatch(/^Bearer \S+$/);
  });

  it('renews the token shortly before it expires, not after', async () => {
    const f = await fake({ tokenLifetimeSeconds: 3600 });
    const { client, clock } = clientFor(f);
    const c = await client.createImmediateCharge({ txid: newTxid(), amountCents: 500, expiresInSeconds: 600, key: FAKE_PIX_KEY });
    clock.now += 3600_000 - 61_000; // still more than a minute left
    await client.getCharge('cob', c.txid);
    expect(f.tokensIssued()).toBe(1);
    clock.now += 2_000; // inside the last minute
    await client.getCharge('cob', c.txid);
    expect(f.tokensIssued()).toBe(2);
  });

  it('on a 401 fetches a new token once and repeats the call', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const c = await client.createDueCharge(dueInput());
    f.revokeTokens();
    const again = await client.getCharge('cobv', c.txid);
    expect(again.txid).toBe(c.txid);
    expect(f.tokensIssued()).toBe(2);
    expect(apiCalls(f, 'GET', '/cobv/').map((r) => r.status)).toEqual([401, 200]);
  });

  it('concurrent first calls share one token request', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    await Promise.all([1, 2, 3].map(() => client.createImmediateCharge({ txid: newTxid(), amountCents: 100, expiresInSeconds: 60, key: FAKE_PIX_KEY })));
    expect(f.tokensIssued()).toBe(1);
  });

  it('a refused token request is a PixPspError that does not carry the secret', async () => {
    const f = await fake();
    const { client } = clientFor(f, { clientSecret: 'wrong-secret-value' });
    const e = await pspError(client.getCharge('cob', newTxid()));
    expect(e.status).toBe(401);
    expect(e.type).toBe('urn:netprovider:pix-psp:token');
    expect(e.detail).toContain('invalid_client');
    expect(`${e.message} ${e.detail} ${JSON.stringify(e)}`).not.toContain('wrong-secret-value');
    expect(f.requests.filter((r) => r.url.startsWith('/api/'))).toEqual([]);
  });
});

describe('cobv: charge with due date', () => {
  it('sends the spec body (calendario, devedor, valor with multa/juros/desconto domains, chave)', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const input = dueInput();
    await client.createDueCharge(input);
    const put = apiCalls(f, 'PUT', '/cobv/')[0]!;
    expect(put.url).toBe(`/api/v2/cobv/${input.txid}`);
    expect(put.headers['content-type']).toBe('application/json');
    expect(put.body).toEqual({
      calendario: { dataDeVencimento: '2026-02-10', validadeAposVencimento: 30 },
      devedor: { cpf: '12345678909', nome: 'Francisco da Silva' },
      valor: {
        original: '123.45',
        multa: { modalidade: 2, valorPerc: '2.00' }, // 2 = percentual
        juros: { modalidade: 3, valorPerc: '1.00' }, // 3 = % ao mês, dias corridos
        desconto: { modalidade: 1, descontoDataFixa: [{ data: '2026-02-05', valorPerc: '10.00' }] }, // 1 = valor fixo até a data
      },
      chave: FAKE_PIX_KEY,
      solicitacaoPagador: 'Internet 300 Mbps — fevereiro',
    });
  });

  it('returns the charge with a dynamic BR Code that points at its location', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const input = dueInput({ fine: undefined, interest: undefined, discount: undefined, debtor: { name: 'Empresa SA', cnpj: '12345678000195' } });
    const c = await client.createDueCharge(input);
    expect(c).toMatchObject({ txid: input.txid, kind: 'cobv', status: 'ATIVA', amountCents: 12345, revision: 0 });
    expect(c.location).toMatch(/^pix\.fake-psp\.example\/qr\/v2\/cobv\/[0-9a-f]{32}$/);
    const parsed = pix.parse(c.brCode);
    expect(parsed.url).toBe(c.location);
    expect(parsed.singleUse).toBe(true);
    expect(parsed.merchantName).toBe('NETPROVIDER FAKE PSP');
    expect(await client.getCharge('cobv', c.txid)).toEqual(c);
  });

  it('repeating the same PUT returns the same charge; the same txid with another body is refused', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const input = dueInput();
    const first = await client.createDueCharge(input);
    expect(await client.createDueCharge({ ...input })).toEqual(first);
    const e = await pspError(client.createDueCharge({ ...input, amountCents: 99999 }));
    expect(e.status).toBe(400);
    expect(e.errorName).toBe('CobVOperacaoInvalida');
    expect(e.violations.map((v) => v.property)).toEqual(['cobv.txid']);
    expect((await client.getCharge('cobv', input.txid)).amountCents).toBe(12345);
  });

  it('maps problem+json with violacoes to PixPspError', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const e = await pspError(client.createDueCharge(dueInput({ amountCents: 0, discount: { date: '2026-03-01', amountCents: 100 } })));
    expect(e).toBeInstanceOf(PixPspError);
    expect(e.status).toBe(400);
    expect(e.type).toBe('https://pix.bcb.gov.br/api/v2/error/CobVOperacaoInvalida');
    expect(e.title).toBe('Cobrança inválida.');
    expect(e.detail).toContain('com vencimento');
    expect(e.violations).toEqual([
      { property: 'cobv.valor.original', reason: 'O campo cobv.valor.original apresenta o valor zero.' },
      {
        property: 'cobv.valor.desconto',
        reason: 'O objeto cobv.valor.desconto apresenta algum elemento cuja data seja posterior à data de vencimento representada por calendario.dataDeVencimento.',
      },
    ]);
    expect(e.message).toContain('cobv.valor.original');
  });

  it('refuses a due date before today and a debtor with both cpf and cnpj', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const e = await pspError(client.createDueCharge(dueInput({ dueDate: '2026-01-04', debtor: { name: 'X', cpf: '12345678909', cnpj: '12345678000195' }, discount: undefined })));
    expect(e.violations.map((v) => v.property)).toEqual(['cobv.calendario.dataDeVencimento', 'cobv.devedor']);
  });

  it('revises the due date and valor with PATCH /cobv/{txid}: same txid and BR Code, one more revisão', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const input = dueInput({ discount: undefined });
    const created = await client.createDueCharge(input);
    expect(created.dueDate).toBe('2026-02-10');
    const revision = { dueDate: '2026-02-20', amountCents: 12345, fine: { percentBasisPoints: 200 }, interest: { monthlyPercentBasisPoints: 100 } };
    const moved = await client.reviseDueCharge(input.txid, revision);
    expect(apiCalls(f, 'PATCH', '/cobv/').map((r) => [r.url, r.body])).toEqual([[`/api/v2/cobv/${input.txid}`, {
      calendario: { dataDeVencimento: '2026-02-20' },
      valor: { original: '123.45', multa: { modalidade: 2, valorPerc: '2.00' }, juros: { modalidade: 3, valorPerc: '1.00' } },
    }]]);
    expect(moved).toMatchObject({ txid: input.txid, brCode: created.brCode, status: 'ATIVA', dueDate: '2026-02-20', revision: 1 });
    expect(await client.getCharge('cobv', input.txid)).toEqual(moved);
    const past = await pspError(client.reviseDueCharge(input.txid, { ...revision, dueDate: '2026-01-04' }));
    expect([past.status, past.violations.map((v) => v.property)]).toEqual([400, ['cobv.calendario.dataDeVencimento']]);
    await client.cancelCharge('cobv', input.txid);
    expect((await pspError(client.reviseDueCharge(input.txid, { ...revision, dueDate: '2026-02-25' }))).errorName).toBe('CobVOperacaoInvalida');
    await expect(client.reviseDueCharge('short', { ...revision, dueDate: '2026-02-25' })).rejects.toThrow(RangeError);
  });

  it('a revision moves the discount date with the due date; a discount dated after the new due date is refused', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const input = dueInput(); // due 2026-02-10, R$ 10,00 off up to 2026-02-05
    await client.createDueCharge(input);
    const base = { amountCents: 12345, fine: { percentBasisPoints: 200 } };
    const stale = await pspError(client.reviseDueCharge(input.txid, { ...base, dueDate: '2026-02-03', discount: { date: '2026-02-05', amountCents: 1000 } }));
    expect([stale.status, stale.violations.map((v) => v.property)]).toEqual([400, ['cobv.valor.desconto']]);
    await client.reviseDueCharge(input.txid, { ...base, dueDate: '2026-02-03', discount: { date: '2026-01-29', amountCents: 1000 } });
    const doc = f.requests.filter((r) => r.method === 'PATCH').at(-1)!.body as { valor: Record<string, unknown> };
    expect(doc.valor).toEqual({ original: '123.45', multa: { modalidade: 2, valorPerc: '2.00' }, desconto: { modalidade: 1, descontoDataFixa: [{ data: '2026-01-29', valorPerc: '10.00' }] } });
    const now = await client.getCharge('cobv', input.txid);
    expect(now).toMatchObject({ dueDate: '2026-02-03', revision: 1 });
  });

  it('a charge that does not exist is CobVNaoEncontrada (404)', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const e = await pspError(client.getCharge('cobv', newTxid()));
    expect(e.status).toBe(404);
    expect(e.errorName).toBe('CobVNaoEncontrada');
  });

  it('checks the txid before any request (it is part of the URL)', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    await expect(client.createDueCharge(dueInput({ txid: '../webhook/x' }))).rejects.toThrow(RangeError);
    await expect(client.getCharge('cobv', 'short')).rejects.toThrow(RangeError);
    expect(f.requests).toEqual([]);
  });
});

describe('cob: immediate charge, and cancelling', () => {
  it('creates, reads and cancels a cob', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const txid = newTxid();
    const c = await client.createImmediateCharge({ txid, amountCents: 3700, expiresInSeconds: 3600, key: FAKE_PIX_KEY, debtor: { name: 'Empresa de Serviços SA', cnpj: '12345678000195' }, description: 'Serviço realizado.' });
    expect(apiCalls(f, 'PUT', '/cob/')[0]!.body).toEqual({
      calendario: { expiracao: 3600 },
      devedor: { cnpj: '12345678000195', nome: 'Empresa de Serviços SA' },
      valor: { original: '37.00' },
      chave: FAKE_PIX_KEY,
      solicitacaoPagador: 'Serviço realizado.',
    });
    expect(c).toMatchObject({ txid, kind: 'cob', status: 'ATIVA', amountCents: 3700, revision: 0 });
    expect(pix.parse(c.brCode).url).toBe(c.location);

    const cancelled = await client.cancelCharge('cob', txid);
    expect(apiCalls(f, 'PATCH', '/cob/')[0]!.body).toEqual({ status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR' });
    expect(cancelled).toMatchObject({ status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR', revision: 1 });
    expect((await client.getCharge('cob', txid)).status).toBe('REMOVIDA_PELO_USUARIO_RECEBEDOR');

    const again = await pspError(client.cancelCharge('cob', txid));
    expect(again.status).toBe(400);
    expect(again.errorName).toBe('CobOperacaoInvalida');
  });

  it('cancels a cobv; a paid charge can no longer be cancelled', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const a = await client.createDueCharge(dueInput());
    expect((await client.cancelCharge('cobv', a.txid)).status).toBe('REMOVIDA_PELO_USUARIO_RECEBEDOR');
    const b = await client.createDueCharge(dueInput());
    await f.pay(b.txid);
    expect((await client.getCharge('cobv', b.txid)).status).toBe('CONCLUIDA');
    expect((await pspError(client.cancelCharge('cobv', b.txid))).errorName).toBe('CobVOperacaoInvalida');
  });

  it('a cob looked up as cobv is not found (they are separate resources)', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const c = await client.createImmediateCharge({ txid: newTxid(), amountCents: 100, expiresInSeconds: 60, key: FAKE_PIX_KEY });
    expect((await pspError(client.getCharge('cobv', c.txid))).status).toBe(404);
  });
});

describe('retries', () => {
  it('retries an idempotent PUT after a 503 and succeeds, with backoff and a log line free of secrets', async () => {
    const f = await fake();
    const { client, sleeps, warnings } = clientFor(f);
    f.failNext({ status: 503, method: 'PUT' });
    const input = dueInput();
    const c = await client.createDueCharge(input);
    expect(c.status).toBe('ATIVA');
    expect(apiCalls(f, 'PUT', '/cobv/').map((r) => r.status)).toEqual([503, 201]);
    expect(sleeps).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.obj).toMatchObject({ route: 'PUT /cobv/{txid}', attempt: 1, status: 503 });
    const logged = JSON.stringify(warnings);
    for (const secret of [FAKE_CLIENT_SECRET, FAKE_PIX_KEY, input.debtor.cpf!, input.debtor.name]) expect(logged).not.toContain(secret);
  });

  it('gives up after the configured retries with the last problem', async () => {
    const f = await fake();
    const { client, sleeps } = clientFor(f, { retries: 2 });
    f.failNext({ status: 503, times: 5, method: 'GET' });
    const e = await pspError(client.getCharge('cob', newTxid()));
    expect(e.status).toBe(503);
    expect(e.errorName).toBe('ServicoIndisponivel');
    expect(apiCalls(f, 'GET', '/cob/')).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]! - 100); // exponential, give or take the jitter
  });

  it('does not retry the cancelling PATCH', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const c = await client.createImmediateCharge({ txid: newTxid(), amountCents: 100, expiresInSeconds: 60, key: FAKE_PIX_KEY });
    f.failNext({ status: 503, method: 'PATCH' });
    expect((await pspError(client.cancelCharge('cob', c.txid))).status).toBe(503);
    expect(apiCalls(f, 'PATCH', '/cob/')).toHaveLength(1);
  });

  it('a PSP that does not answer is status 0 after the retries', async () => {
    const f = await startFakePixPsp();
    const baseUrl = f.baseUrl;
    await f.close(); // nothing listens on that port any more
    const { client, sleeps } = clientFor({ ...f, baseUrl }, { retries: 1 });
    const e = await pspError(client.getCharge('cob', newTxid()));
    expect(e.status).toBe(0);
    expect(e.type).toBe('urn:netprovider:pix-psp:network');
    expect(sleeps).toHaveLength(1);
  });
});

describe('webhook', () => {
  let receiver: Server;
  let receiverUrl: string;
  const got: { url: string; headers: IncomingHttpHeaders; body: unknown }[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        got.push({ url: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/billing/pix-webhook`;
  });
  afterAll(async () => {
    await new Promise((r) => receiver.close(r));
  });
  afterEach(() => void got.splice(0));

  it('configures the webhook with PUT /webhook/{chave} {webhookUrl}', async () => {
    const f = await fake({ keys: [FAKE_PIX_KEY, '+5511999990000'] });
    const { client } = clientFor(f);
    await client.configureWebhook('+5511999990000', receiverUrl);
    const put = apiCalls(f, 'PUT', '/webhook/')[0]!;
    expect(put.url).toBe('/api/v2/webhook/%2B5511999990000');
    expect(put.body).toEqual({ webhookUrl: receiverUrl });
    expect(put.status).toBe(200);
  });

  it('reads the webhook with GET /webhook/{chave} and removes it with DELETE; none is null / false (404)', async () => {
    const f = await fake({ keys: [FAKE_PIX_KEY, '+5511999990000'] });
    const { client } = clientFor(f);
    expect(await client.getWebhook('+5511999990000')).toBeNull();
    await client.configureWebhook('+5511999990000', receiverUrl);
    const w = await client.getWebhook('+5511999990000');
    expect(w).toEqual({ key: '+5511999990000', webhookUrl: receiverUrl, createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/) });
    expect(apiCalls(f, 'GET', '/webhook/').map((r) => [r.url, r.status])).toEqual([['/api/v2/webhook/%2B5511999990000', 404], ['/api/v2/webhook/%2B5511999990000', 200]]);
    expect(await client.deleteWebhook('+5511999990000')).toBe(true);
    expect(apiCalls(f, 'DELETE', '/webhook/')[0]).toMatchObject({ url: '/api/v2/webhook/%2B5511999990000', status: 204 });
    expect(await client.deleteWebhook('+5511999990000')).toBe(false);
    expect(await client.getWebhook('+5511999990000')).toBeNull();
  });

  it('a key that is not the recipient\'s is WebhookOperacaoInvalida', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const e = await pspError(client.configureWebhook('someone-else@example.com', receiverUrl));
    expect(e.status).toBe(400);
    expect(e.errorName).toBe('WebhookOperacaoInvalida');
  });

  it('a payment reaches {webhookUrl}/pix with the shared secret, and parses into ReceivedPix', async () => {
    const f = await fake({ webhookSecret: { header: 'x-webhook-secret', value: 'shh-123' } });
    const { client } = clientFor(f);
    await client.configureWebhook(FAKE_PIX_KEY, receiverUrl);
    const c = await client.createDueCharge(dueInput());
    const { pix: paid } = await f.pay(c.txid, { fineCents: 247, interestCents: 41, payerInfo: 'fatura fevereiro', at: '2026-02-12T13:14:15.000Z' });

    expect(got).toHaveLength(1);
    expect(got[0]!.url).toBe('/api/billing/pix-webhook/pix');
    expect(got[0]!.headers['x-webhook-secret']).toBe('shh-123');
    const [r] = parseWebhookBody(got[0]!.body);
    expect(r).toEqual({
      endToEndId: paid.endToEndId,
      txid: c.txid,
      amountCents: 12345 + 247 + 41,
      paidAt: '2026-02-12T13:14:15.000Z',
      payerInfo: 'fatura fevereiro',
      components: { originalCents: 12345, fineCents: 247, interestCents: 41 },
    });
    expect(r!.endToEndId).toMatch(/^E99999999202602121314[a-zA-Z0-9]{11}$/);
  });

  it('a redelivery carries the same endToEndId (the idempotency key for billing)', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    await client.configureWebhook(FAKE_PIX_KEY, receiverUrl);
    const c = await client.createImmediateCharge({ txid: newTxid(), amountCents: 9990, expiresInSeconds: 600, key: FAKE_PIX_KEY });
    const { deliveries } = await f.payTwice(c.txid);
    expect(deliveries.map((d) => d.status)).toEqual([200, 200]);
    const ids = got.map((g) => parseWebhookBody(g.body)[0]!.endToEndId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    await f.redeliver(ids[0]!);
    expect(got).toHaveLength(3);
  });
});

describe('listReceived', () => {
  it('walks every page of GET /pix and maps each Pix', async () => {
    const f = await fake({ maxPageSize: 2 });
    const { client } = clientFor(f);
    const txids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const c = await client.createImmediateCharge({ txid: newTxid(), amountCents: 1000 + i, expiresInSeconds: 600, key: FAKE_PIX_KEY });
      await f.pay(c.txid, { at: `2026-01-05T10:0${i}:00.000Z` });
      txids.push(c.txid);
    }
    f.receiveWithoutTxid({ amountCents: 777, at: '2026-01-05T10:30:00.000Z' });
    f.receiveWithoutTxid({ amountCents: 888, at: '2026-01-06T10:30:00.000Z' }); // outside the range

    const list = await client.listReceived({ from: '2026-01-05T00:00:00-03:00', to: '2026-01-05T23:59:59-03:00' });
    expect(list.map((p) => p.amountCents)).toEqual([1000, 1001, 1002, 1003, 777]);
    expect(list.slice(0, 4).map((p) => p.txid)).toEqual(txids);
    expect(list[4]!.txid).toBeUndefined();
    expect(list[0]).toMatchObject({ paidAt: '2026-01-05T10:00:00.000Z', components: { originalCents: 1000 } });

    const pages = apiCalls(f, 'GET', '/api/v2/pix').map((r) => new URL(r.url, 'http://x').searchParams);
    expect(pages.map((q) => q.get('paginacao.paginaAtual'))).toEqual(['0', '1', '2']);
    expect(pages[0]!.get('inicio')).toBe('2026-01-05T03:00:00.000Z');
    expect(pages[0]!.get('fim')).toBe('2026-01-06T02:59:59.000Z');
  });

  it('an empty range is one request and no Pix', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    expect(await client.listReceived({ from: '2020-01-01T00:00:00Z', to: '2020-01-02T00:00:00Z' })).toEqual([]);
    expect(apiCalls(f, 'GET', '/api/v2/pix')).toHaveLength(1);
  });

  it('fim before inicio is PixConsultaInvalida', async () => {
    const f = await fake();
    const { client } = clientFor(f);
    const e = await pspError(client.listReceived({ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }));
    expect(e.errorName).toBe('PixConsultaInvalida');
    expect(e.violations[0]!.property).toBe('fim');
  });
});
