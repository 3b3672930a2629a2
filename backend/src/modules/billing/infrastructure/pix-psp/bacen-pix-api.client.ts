import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { z } from 'zod';
import { LOCAL_ERROR_TYPES, PixPspError, type PixPspViolation } from './pix-psp.errors.js';
import type {
  PixCharge,
  PixChargeKind,
  PixDebtor,
  PixDueChargeInput,
  PixDueChargeRevision,
  PixImmediateChargeInput,
  PixPsp,
  PixWebhook,
  ReceivedPix,
} from './pix-psp.port.js';
import { issuePath, receivedPixSchema, toReceivedPix } from './pix-received.js';
import { CHARGE_TXID, PIX_AMOUNT, centsToPixAmount, pixAmountToCents } from './pix-values.js';

export interface BacenPixApiClientConfig {
  /** the PSP's API Pix root, e.g. `https://pix.example.com/api/v2` (paths `/cob`, `/cobv`, … go below it) */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** OAuth2 token endpoint; default `{origin of baseUrl}/oauth/token` as in the spec's securitySchemes */
  tokenUrl?: string;
  /** mTLS client certificate (every PSP requires it on the API and the token endpoint), PEM */
  tls?: { cert: string | Buffer; key: string | Buffer; ca?: string | Buffer; passphrase?: string };
  /** per HTTP attempt; default 10 000 */
  timeoutMs?: number;
  /** extra attempts for idempotent calls on 5xx or network errors; default 2 */
  retries?: number;
}

/** pino-compatible; receives route templates and status codes only, never bodies, keys or secrets. */
export interface PixPspLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
}

export interface BacenPixApiClientDeps {
  logger?: PixPspLogger;
  /** clock for the token cache (ms since epoch) */
  now?: () => number;
  /** backoff wait; tests pass one that resolves at once */
  sleep?: (ms: number) => Promise<void>;
}

/** Every scope the PixPsp port needs (schema securitySchemes.OAuth2). */
export const PIX_PSP_SCOPES = ['cob.write', 'cob.read', 'cobv.write', 'cobv.read', 'pix.read', 'webhook.write', 'webhook.read'] as const;

/*
 * Domains of CobVValor. The openapi *schema* types `modalidade` as integer (int32, minimum/maximum); only
 * its example cobBody1 writes it as a string ("2"). We follow the schema: a PSP validating against it
 * rejects "2", while one that is lenient accepts 2 as well.
 */
const MULTA_PERCENTUAL = 2;
const JUROS_PERCENTUAL_AO_MES_DIAS_CORRIDOS = 3;
const DESCONTO_VALOR_FIXO_ATE_DATA = 1;

const PAGE_SIZE = 100;
const MAX_PAGES = 10_000;
const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

const amount = z.string().regex(PIX_AMOUNT);
const chargeResponseSchema = z.object({
  txid: z.string(),
  revisao: z.number().int().min(0),
  status: z.enum(['ATIVA', 'CONCLUIDA', 'REMOVIDA_PELO_USUARIO_RECEBEDOR', 'REMOVIDA_PELO_PSP']),
  pixCopiaECola: z.string().min(1),
  location: z.string().optional(),
  loc: z.object({ location: z.string().optional() }).optional(),
  valor: z.object({ original: amount }),
  calendario: z.object({ dataDeVencimento: z.string().optional() }).optional(),
});
const pixListSchema = z.object({
  parametros: z.object({ paginacao: z.object({ paginaAtual: z.number().int().min(0), quantidadeDePaginas: z.number().int().min(0) }) }),
  pix: z.array(receivedPixSchema).default([]),
});
const webhookSchema = z.object({ webhookUrl: z.string().min(1), chave: z.string().min(1), criacao: z.iso.datetime({ offset: true }) });
const tokenResponseSchema = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive().optional() });
const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  correlationId: z.string().optional(),
  violacoes: z.array(z.object({ razao: z.string().optional(), propriedade: z.string().optional(), valor: z.unknown().optional() })).optional(),
});

interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

interface CallOptions {
  method: 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE';
  /** the route as a template, the only thing that reaches logs (paths carry keys) */
  route: string;
  path: string;
  body?: unknown;
  idempotent: boolean;
}

class NetworkError extends Error {}

/** `valor` of a cobv (creation or revision): original, multa (modalidade 2), juros (3), desconto (1, fixed amount up to a date). */
function dueChargeValor(input: Pick<PixDueChargeInput, 'amountCents' | 'fine' | 'interest' | 'discount'>): Record<string, unknown> {
  const valor: Record<string, unknown> = { original: centsToPixAmount(input.amountCents) };
  if (input.fine) valor.multa = { modalidade: MULTA_PERCENTUAL, valorPerc: basisPointsToPercent(input.fine.percentBasisPoints) };
  if (input.interest) {
    valor.juros = { modalidade: JUROS_PERCENTUAL_AO_MES_DIAS_CORRIDOS, valorPerc: basisPointsToPercent(input.interest.monthlyPercentBasisPoints) };
  }
  if (input.discount) {
    valor.desconto = {
      modalidade: DESCONTO_VALOR_FIXO_ATE_DATA,
      descontoDataFixa: [{ data: input.discount.date, valorPerc: centsToPixAmount(input.discount.amountCents) }],
    };
  }
  return valor;
}

/**
 * The BACEN API Pix v2 over HTTPS with mTLS and OAuth2 client credentials. Framework-free: the billing
 * module builds it from config. Uses node:https directly so the client certificate goes through an
 * https.Agent (Node 20's global fetch would need the undici package for that).
 */
export class BacenPixApiClient implements PixPsp {
  private readonly base: URL;
  private readonly tokenUrl: URL;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly agent: HttpAgent | HttpsAgent;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly logger: PixPspLogger | undefined;
  private token: { value: string; refreshAt: number } | undefined;
  private tokenInFlight: Promise<string> | undefined;

  constructor(
    private readonly config: BacenPixApiClientConfig,
    deps: BacenPixApiClientDeps = {},
  ) {
    this.base = new URL(config.baseUrl.replace(/\/+$/, '') + '/');
    this.tokenUrl = new URL(config.tokenUrl ?? '/oauth/token', this.base.origin);
    this.timeoutMs = config.timeoutMs ?? 10_000;
    this.retries = config.retries ?? 2;
    if (this.base.protocol === 'https:') {
      const tls = config.tls;
      this.agent = new HttpsAgent({ keepAlive: true, ...(tls ? { cert: tls.cert, key: tls.key, ca: tls.ca, passphrase: tls.passphrase } : {}) });
    } else {
      // plain HTTP only makes sense against a local fake; a client certificate cannot travel over it
      if (config.tls) throw new TypeError('tls is set but baseUrl is not https');
      this.agent = new HttpAgent({ keepAlive: true });
    }
    this.now = deps.now ?? Date.now;
    this.sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.logger = deps.logger;
  }

  /** Closes pooled connections. */
  close(): void {
    this.agent.destroy();
  }

  async createDueCharge(input: PixDueChargeInput): Promise<PixCharge> {
    const txid = checkTxid(input.txid);
    const valor = dueChargeValor(input);
    const body = {
      calendario: { dataDeVencimento: input.dueDate, validadeAposVencimento: input.validAfterDueDays },
      devedor: debtorBody(input.debtor),
      valor,
      chave: input.key,
      ...(input.description !== undefined ? { solicitacaoPagador: input.description } : {}),
    };
    const json = await this.call({ method: 'PUT', route: 'PUT /cobv/{txid}', path: `cobv/${txid}`, body, idempotent: true });
    return toCharge('cobv', txid, json);
  }

  async createImmediateCharge(input: PixImmediateChargeInput): Promise<PixCharge> {
    const txid = checkTxid(input.txid);
    const body = {
      calendario: { expiracao: input.expiresInSeconds },
      ...(input.debtor ? { devedor: debtorBody(input.debtor) } : {}),
      valor: { original: centsToPixAmount(input.amountCents) },
      chave: input.key,
      ...(input.description !== undefined ? { solicitacaoPagador: input.description } : {}),
    };
    const json = await this.call({ method: 'PUT', route: 'PUT /cob/{txid}', path: `cob/${txid}`, body, idempotent: true });
    return toCharge('cob', txid, json);
  }

  async getCharge(kind: PixChargeKind, txid: string): Promise<PixCharge> {
    checkTxid(txid);
    const json = await this.call({ method: 'GET', route: `GET /${checkKind(kind)}/{txid}`, path: `${kind}/${txid}`, idempotent: true });
    return toCharge(kind, txid, json);
  }

  async reviseDueCharge(txid: string, revision: PixDueChargeRevision): Promise<PixCharge> {
    checkTxid(txid);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(revision.dueDate)) throw new RangeError('dueDate must be YYYY-MM-DD');
    // CobVRevisada: the whole valor is sent again, so a PSP that replaces the object and one that merges it end
    // with the same charge (a discount dropped because its date passed is sent as no desconto at all). A
    // repeated PATCH with the same body is harmless (the PSP answers the charge with one more revisão).
    const body = { calendario: { dataDeVencimento: revision.dueDate }, valor: dueChargeValor(revision) };
    const json = await this.call({ method: 'PATCH', route: 'PATCH /cobv/{txid}', path: `cobv/${txid}`, body, idempotent: true });
    return toCharge('cobv', txid, json);
  }

  async cancelCharge(kind: PixChargeKind, txid: string): Promise<PixCharge> {
    checkTxid(txid);
    // Not retried: a repeated PATCH after a lost 200 answers 400 (charge no longer ATIVA); callers re-read instead.
    const json = await this.call({
      method: 'PATCH',
      route: `PATCH /${checkKind(kind)}/{txid}`,
      path: `${kind}/${txid}`,
      body: { status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR' },
      idempotent: false,
    });
    return toCharge(kind, txid, json);
  }

  async listReceived(range: { from: string; to: string }): Promise<ReceivedPix[]> {
    const inicio = toInstant(range.from, 'from');
    const fim = toInstant(range.to, 'to');
    const out: ReceivedPix[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const query = new URLSearchParams({ inicio, fim, 'paginacao.paginaAtual': String(page), 'paginacao.itensPorPagina': String(PAGE_SIZE) });
      const json = await this.call({ method: 'GET', route: 'GET /pix', path: `pix?${query}`, idempotent: true });
      const r = pixListSchema.safeParse(json);
      if (!r.success) throw invalidResponse(200, 'GET /pix', r.error.issues[0]!.path);
      const { paginaAtual, quantidadeDePaginas } = r.data.parametros.paginacao;
      // a PSP that ignores the page parameter would otherwise make us loop over page 0 forever
      if (paginaAtual !== page) throw invalidResponse(200, 'GET /pix', ['parametros', 'paginacao', 'paginaAtual']);
      out.push(...r.data.pix.map(toReceivedPix));
      if (page + 1 >= quantidadeDePaginas) return out;
    }
    throw invalidResponse(200, 'GET /pix', ['parametros', 'paginacao', 'quantidadeDePaginas']);
  }

  async configureWebhook(key: string, webhookUrl: string): Promise<void> {
    if (key.length === 0 || key.length > 77) throw new RangeError('key (chave DICT) must have 1 to 77 characters');
    await this.call({
      method: 'PUT',
      route: 'PUT /webhook/{chave}',
      path: `webhook/${encodeURIComponent(key)}`,
      body: { webhookUrl },
      idempotent: true,
    });
  }

  async getWebhook(key: string): Promise<PixWebhook | null> {
    if (key.length === 0 || key.length > 77) throw new RangeError('key (chave DICT) must have 1 to 77 characters');
    let json: unknown;
    try {
      json = await this.call({ method: 'GET', route: 'GET /webhook/{chave}', path: `webhook/${encodeURIComponent(key)}`, idempotent: true });
    } catch (e) {
      if (e instanceof PixPspError && e.status === 404) return null;
      throw e;
    }
    const r = webhookSchema.safeParse(json);
    if (!r.success) throw invalidResponse(200, 'GET /webhook/{chave}', r.error.issues[0]!.path);
    return { key: r.data.chave, webhookUrl: r.data.webhookUrl, createdAt: new Date(r.data.criacao).toISOString() };
  }

  async deleteWebhook(key: string): Promise<boolean> {
    if (key.length === 0 || key.length > 77) throw new RangeError('key (chave DICT) must have 1 to 77 characters');
    try {
      // DELETE is idempotent in effect: a repeat after a lost 204 answers 404, which means the same
      await this.call({ method: 'DELETE', route: 'DELETE /webhook/{chave}', path: `webhook/${encodeURIComponent(key)}`, idempotent: true });
      return true;
    } catch (e) {
      if (e instanceof PixPspError && e.status === 404) return false;
      throw e;
    }
  }

  // ---- transport -------------------------------------------------------------------------------------------

  /** One API call: bearer token (refreshed once on 401), retries with backoff when idempotent, problem mapping. */
  private async call(o: CallOptions): Promise<unknown> {
    const url = new URL(o.path, this.base);
    const payload = o.body === undefined ? undefined : JSON.stringify(o.body);
    let refreshed = false;
    for (let attempt = 0; ; ) {
      const token = await this.accessToken();
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
      if (payload !== undefined) headers['content-type'] = 'application/json';
      let res: HttpResponse;
      try {
        res = await this.send(o.method, url, headers, payload);
      } catch (e) {
        if (o.idempotent && attempt < this.retries) {
          await this.backoff(o.route, ++attempt, { error: (e as Error).message });
          continue;
        }
        throw new PixPspError({ status: 0, type: LOCAL_ERROR_TYPES.network, title: `${o.route}: no answer from the PSP`, detail: (e as Error).message, cause: e });
      }
      if (res.status === 401 && !refreshed) {
        // the PSP may revoke a token before its expires_in: fetch a new one, once
        refreshed = true;
        this.token = undefined;
        continue;
      }
      if (res.status >= 500 && o.idempotent && attempt < this.retries) {
        await this.backoff(o.route, ++attempt, { status: res.status }, retryAfterMs(res.headers));
        continue;
      }
      if (res.status < 200 || res.status >= 300) throw problemError(res, o.route);
      if (res.text.trim() === '') return undefined;
      try {
        return JSON.parse(res.text);
      } catch {
        throw invalidResponse(res.status, o.route, []);
      }
    }
  }

  private async backoff(route: string, attempt: number, why: Record<string, unknown>, hintMs?: number): Promise<void> {
    const ms = hintMs ?? Math.min(5_000, 200 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 100);
    this.logger?.warn({ route, attempt, delayMs: ms, ...why }, 'PSP call failed; retrying');
    await this.sleep(ms);
  }

  private accessToken(): Promise<string> {
    if (this.token && this.now() < this.token.refreshAt) return Promise.resolve(this.token.value);
    // concurrent calls share one token request
    this.tokenInFlight ??= this.fetchToken().finally(() => (this.tokenInFlight = undefined));
    return this.tokenInFlight;
  }

  private async fetchToken(): Promise<string> {
    const basic = Buffer.from(`${this.config.clientId}:${this.config.clientSecret}`).toString('base64');
    const form = new URLSearchParams({ grant_type: 'client_credentials', scope: PIX_PSP_SCOPES.join(' ') }).toString();
    const headers = { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    let res: HttpResponse | undefined;
    for (let attempt = 0; ; ) {
      try {
        res = await this.send('POST', this.tokenUrl, headers, form);
      } catch (e) {
        if (attempt < this.retries) {
          await this.backoff('POST /oauth/token', ++attempt, { error: (e as Error).message });
          continue;
        }
        throw new PixPspError({ status: 0, type: LOCAL_ERROR_TYPES.network, title: 'token endpoint: no answer', detail: (e as Error).message, cause: e });
      }
      if (res.status >= 500 && attempt < this.retries) {
        await this.backoff('POST /oauth/token', ++attempt, { status: res.status }, retryAfterMs(res.headers));
        continue;
      }
      break;
    }
    if (res.status !== 200) {
      // OAuth2 errors are {error, error_description}, not problem+json; the body never holds our secret
      let detail: string | undefined;
      try {
        const j = JSON.parse(res.text) as { error?: unknown; error_description?: unknown };
        detail = [j.error, j.error_description].filter((x) => typeof x === 'string').join(': ') || undefined;
      } catch {
        detail = undefined;
      }
      throw new PixPspError({ status: res.status, type: LOCAL_ERROR_TYPES.token, title: 'token request refused', ...(detail ? { detail } : {}) });
    }
    let parsed: z.infer<typeof tokenResponseSchema>;
    try {
      parsed = tokenResponseSchema.parse(JSON.parse(res.text));
    } catch {
      throw invalidResponse(res.status, 'POST /oauth/token', ['access_token']);
    }
    const lifetimeMs = (parsed.expires_in ?? 300) * 1000;
    // renew a minute early (or at half-life for short tokens) so a call never leaves with a token about to die
    this.token = { value: parsed.access_token, refreshAt: this.now() + lifetimeMs - Math.min(60_000, lifetimeMs / 2) };
    return parsed.access_token;
  }

  private send(method: string, url: URL, headers: Record<string, string>, body: string | undefined): Promise<HttpResponse> {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h['content-length'] = String(Buffer.byteLength(body));
    return new Promise<HttpResponse>((resolve, reject) => {
      const req = request(url, { method, headers: h, agent: this.agent, signal: AbortSignal.timeout(this.timeoutMs) }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_RESPONSE_BYTES) req.destroy(new NetworkError('response too large'));
          else chunks.push(c);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  }
}

// ---- mapping ---------------------------------------------------------------------------------------------------

function checkTxid(txid: string): string {
  // also keeps the path safe: the txid goes into the URL as is
  if (typeof txid !== 'string' || !CHARGE_TXID.test(txid)) throw new RangeError('txid must match [a-zA-Z0-9]{26,35}');
  return txid;
}

function checkKind(kind: PixChargeKind): PixChargeKind {
  if (kind !== 'cob' && kind !== 'cobv') throw new RangeError(`kind must be cob or cobv, got ${String(kind)}`);
  return kind;
}

/** 200 → "2.00" (percent with two decimals, the `valorPerc` format). */
function basisPointsToPercent(bp: number): string {
  return centsToPixAmount(bp);
}

function debtorBody(d: PixDebtor): Record<string, string> {
  return { ...(d.cpf !== undefined ? { cpf: d.cpf } : {}), ...(d.cnpj !== undefined ? { cnpj: d.cnpj } : {}), nome: d.name };
}

function toInstant(s: string, name: string): string {
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new RangeError(`${name} must be an ISO date-time`);
  return new Date(t).toISOString();
}

function toCharge(kind: PixChargeKind, txid: string, json: unknown): PixCharge {
  const route = `${kind}/{txid}`;
  const r = chargeResponseSchema.safeParse(json);
  if (!r.success) throw invalidResponse(200, route, r.error.issues[0]!.path);
  const c = r.data;
  if (c.txid !== txid) throw invalidResponse(200, route, ['txid']);
  const location = c.location ?? c.loc?.location;
  return {
    txid: c.txid,
    kind,
    status: c.status,
    brCode: c.pixCopiaECola,
    ...(location !== undefined ? { location } : {}),
    amountCents: pixAmountToCents(c.valor.original),
    revision: c.revisao,
    ...(c.calendario?.dataDeVencimento !== undefined ? { dueDate: c.calendario.dataDeVencimento } : {}),
  };
}

function invalidResponse(status: number, route: string, path: ReadonlyArray<PropertyKey>): PixPspError {
  const property = issuePath(path);
  return new PixPspError({
    status,
    type: LOCAL_ERROR_TYPES.invalidResponse,
    title: `${route}: the PSP answered outside the API Pix schema`,
    violations: [{ reason: 'missing or malformed', property }],
  });
}

function problemError(res: HttpResponse, route: string): PixPspError {
  let json: unknown;
  try {
    json = JSON.parse(res.text);
  } catch {
    json = undefined;
  }
  const p = problemSchema.safeParse(json);
  if (!p.success) return new PixPspError({ status: res.status, type: LOCAL_ERROR_TYPES.http, title: `${route}: HTTP ${res.status}` });
  const violations: PixPspViolation[] = (p.data.violacoes ?? []).map((v) => ({
    reason: v.razao ?? '',
    ...(v.propriedade !== undefined ? { property: v.propriedade } : {}),
    ...(v.valor !== undefined ? { value: String(v.valor) } : {}),
  }));
  return new PixPspError({
    // the HTTP status wins over the body's: it is what proxies and retries acted on
    status: res.status,
    type: p.data.type,
    title: p.data.title,
    ...(p.data.detail !== undefined ? { detail: p.data.detail } : {}),
    violations,
    ...(p.data.correlationId !== undefined ? { correlationId: p.data.correlationId } : {}),
  });
}

function retryAfterMs(headers: IncomingHttpHeaders): number | undefined {
  const v = headers['retry-after'];
  if (typeof v !== 'string' || !/^\d+$/.test(v)) return undefined;
  return Math.min(Number(v) * 1000, 30_000);
}
