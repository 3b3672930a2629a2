/**
 * A fake PSP for tests: the parts of the BACEN API Pix v2 (bacen/pix-api openapi) that the PixPsp port
 * uses, over real HTTP on a random port, validating like a PSP would. Test code only (excluded from the
 * build); it is a model of an outside system, built from its published spec, not a mock of our client.
 *
 *   POST /oauth/token              client credentials (Basic), scopes, bearer tokens
 *   PUT|GET|PATCH /api/v2/cob/{txid}, /api/v2/cobv/{txid}
 *   GET  /api/v2/pix?inicio=&fim=&paginacao.paginaAtual=&paginacao.itensPorPagina=
 *   PUT  /api/v2/webhook/{chave}   then POSTs {"pix":[…]} to {webhookUrl}/pix on each payment
 *   GET|DELETE /api/v2/webhook/{chave}   {webhookUrl, chave, criacao} / 204; 404 WebhookNaoEncontrado when none
 *
 * Errors are problem+json `{type, title, status, detail, violacoes:[{razao, propriedade}]}` with the spec's
 * error types (CobVOperacaoInvalida, CobNaoEncontrado, …).
 */
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { pix } from '@netprovider/cobranca';

const ERROR = 'https://pix.bcb.gov.br/api/v2/error/';
const AMOUNT = /^\d{1,10}\.\d{2}$/;
const TXID = /^[a-zA-Z0-9]{26,35}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ALL_SCOPES = ['cob.write', 'cob.read', 'cobv.write', 'cobv.read', 'pix.read', 'webhook.write', 'webhook.read'];

export const FAKE_PIX_KEY = '5f84a4c5-c5cb-4599-9f13-7eb4d419dacc';
export const FAKE_CLIENT_ID = 'fake-client-id';
export const FAKE_CLIENT_SECRET = 'fake-client-secret-s3cr3t';
export const FAKE_ISPB = '99999999';

export interface FakePixPspOptions {
  clientId?: string;
  clientSecret?: string;
  /** the recipient's Pix keys; charges and webhooks on other keys are refused */
  keys?: string[];
  tokenLifetimeSeconds?: number;
  /** PSPs may serve smaller pages than asked for */
  maxPageSize?: number;
  /** header and value sent with every webhook POST (the billing receiver checks it) */
  webhookSecret?: { header: string; value: string };
  /** serve HTTPS and require a client certificate signed by `ca` (mTLS) */
  tls?: { key: string | Buffer; cert: string | Buffer; ca: string | Buffer };
  /** "today" for due-date checks, YYYY-MM-DD */
  today?: () => string;
}

export interface RecordedRequest {
  method: string;
  /** path and query, e.g. `/api/v2/cobv/abc…` */
  url: string;
  headers: IncomingMessage['headers'];
  /** parsed JSON (or the raw text for non-JSON bodies) */
  body: unknown;
  /** status the fake answered */
  status?: number;
}

export interface WebhookDelivery {
  url: string;
  status: number;
  body: { pix: ApiPix[] };
}

export interface ApiPix {
  endToEndId: string;
  txid?: string;
  valor: string;
  chave: string;
  horario: string;
  infoPagador?: string;
  componentesValor: Record<string, { valor: string }>;
}

interface StoredCharge {
  kind: 'cob' | 'cobv';
  /** the canonical request body, to tell an idempotent replay from a conflicting one */
  requestKey: string;
  doc: Record<string, unknown> & { txid: string; status: string; revisao: number; chave: string; valor: { original: string } };
}

interface Failure {
  status: number;
  times: number;
  method?: string;
  pathIncludes?: string;
}

export interface FakePixPsp {
  /** API root to give the client as baseUrl */
  baseUrl: string;
  tokenUrl: string;
  requests: RecordedRequest[];
  deliveries: WebhookDelivery[];
  /** tokens issued so far */
  tokensIssued(): number;
  /** the webhook URL registered for a key, as the PSP holds it */
  webhookOf(key: string): string | undefined;
  /** invalidate every token issued so far (the next API call gets 401) */
  revokeTokens(): void;
  /** answer the next `times` matching API calls with `status` (problem+json) */
  failNext(f: { status?: number; times?: number; method?: string; pathIncludes?: string }): void;
  /** a Pix without txid (e.g. to a plain key), which the webhook does not notify */
  receiveWithoutTxid(p: { amountCents: number; at?: string }): ApiPix;
  /** pay an ATIVA charge: it becomes CONCLUIDA, the Pix is recorded and notified to the webhook */
  pay(txid: string, p?: PayOptions): Promise<{ pix: ApiPix; delivery?: WebhookDelivery }>;
  /** deliver a recorded Pix again (PSPs redeliver until they get a 2xx, and sometimes after) */
  redeliver(endToEndId: string): Promise<WebhookDelivery>;
  /** pay, then deliver the very same notification a second time */
  payTwice(txid: string, p?: PayOptions): Promise<{ pix: ApiPix; deliveries: WebhookDelivery[] }>;
  close(): Promise<void>;
}

export interface PayOptions {
  /** total paid; default original + fine + interest − discount */
  amountCents?: number;
  fineCents?: number;
  interestCents?: number;
  discountCents?: number;
  endToEndId?: string;
  payerInfo?: string;
  /** ISO instant; default now */
  at?: string;
}

const cents = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
const toCents = (s: string) => Number(s.slice(0, -3)) * 100 + Number(s.slice(-2));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const validDate = (s: unknown): s is string => typeof s === 'string' && DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const alnum = (n: number) => {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(n), (b) => chars[b % chars.length]).join('');
};

/** E + ISPB(8) + yyyyMMddHHmm(12) + 11 alphanumerics = 32 characters (BCB format). */
export function fakeEndToEndId(at: Date = new Date()): string {
  const stamp = at.toISOString().replace(/[-:T]/g, '').slice(0, 12);
  return `E${FAKE_ISPB}${stamp}${alnum(11)}`;
}

class Problem {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string,
    readonly violacoes?: { razao: string; propriedade: string }[],
  ) {}
}

export async function startFakePixPsp(options: FakePixPspOptions = {}): Promise<FakePixPsp> {
  const clientId = options.clientId ?? FAKE_CLIENT_ID;
  const clientSecret = options.clientSecret ?? FAKE_CLIENT_SECRET;
  const keys = new Set(options.keys ?? [FAKE_PIX_KEY]);
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const tokens = new Map<string, Set<string>>();
  let issued = 0;
  const charges = new Map<string, StoredCharge>();
  const received: ApiPix[] = [];
  const webhooks = new Map<string, { url: string; createdAt: string }>();
  const failures: Failure[] = [];
  const requests: RecordedRequest[] = [];
  const deliveries: WebhookDelivery[] = [];
  let locId = 1000;

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      if (text !== '' && (req.headers['content-type'] ?? '').includes('json')) {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      const rec: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(rec);
      const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
        rec.status = status;
        const out = payload === undefined ? '' : JSON.stringify(payload);
        res.writeHead(status, { ...(out ? { 'content-type': status >= 400 && !headers['content-type'] ? 'application/problem+json' : 'application/json' } : {}), ...headers });
        res.end(out);
      };
      try {
        route(req, rec, text, send);
      } catch (e) {
        if (e instanceof Problem) send(e.status, { type: e.type, title: e.title, status: e.status, detail: e.detail, ...(e.violacoes ? { violacoes: e.violacoes } : {}) });
        else send(500, { type: `${ERROR}ErroInternoDoServidor`, title: 'Erro interno do servidor', status: 500, detail: String(e) });
      }
    });
  };

  function route(req: IncomingMessage, rec: RecordedRequest, text: string, send: (s: number, p?: unknown, h?: Record<string, string>) => void) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    if (url.pathname === '/oauth/token' && method === 'POST') return token(req, text, send);

    const m = /^\/api\/v2\/(cob|cobv|pix|webhook)(?:\/([^/]+))?$/.exec(url.pathname);
    if (!m) throw new Problem(404, `${ERROR}NaoEncontrado`, 'Não Encontrado', 'Entidade não encontrada.');
    const [, resource, rawId] = m as unknown as [string, 'cob' | 'cobv' | 'pix' | 'webhook', string | undefined];

    const auth = req.headers.authorization ?? '';
    const scopes = auth.startsWith('Bearer ') ? tokens.get(auth.slice(7)) : undefined;
    if (!scopes) return send(401, { error: 'invalid_token' }, { 'www-authenticate': 'Bearer error="invalid_token"', 'content-type': 'application/json' });

    const failure = failures.find((f) => (!f.method || f.method === method) && (!f.pathIncludes || url.pathname.includes(f.pathIncludes)));
    if (failure) {
      if (--failure.times <= 0) failures.splice(failures.indexOf(failure), 1);
      throw new Problem(failure.status, `${ERROR}${failure.status === 503 ? 'ServicoIndisponivel' : 'ErroInternoDoServidor'}`, 'Serviço Indisponível', 'falha injetada pelo teste');
    }

    const need = (scope: string) => {
      if (!scopes.has(scope)) throw new Problem(403, `${ERROR}AcessoNegado`, 'Acesso Negado', `o token não tem o escopo ${scope}`);
    };
    const id = rawId === undefined ? undefined : decodeURIComponent(rawId);

    if ((resource === 'cob' || resource === 'cobv') && id !== undefined) {
      if (method === 'PUT') {
        need(`${resource}.write`);
        return putCharge(resource, id, rec.body, send);
      }
      if (method === 'GET') {
        need(`${resource}.read`);
        return send(200, getCharge(resource, id).doc);
      }
      if (method === 'PATCH') {
        need(`${resource}.write`);
        return send(200, patchCharge(resource, id, rec.body));
      }
    }
    if (resource === 'pix' && id === undefined && method === 'GET') {
      need('pix.read');
      return send(200, listPix(url.searchParams));
    }
    if (resource === 'webhook' && id !== undefined && method === 'PUT') {
      need('webhook.write');
      putWebhook(id, rec.body);
      return send(200);
    }
    if (resource === 'webhook' && id !== undefined && method === 'GET') {
      need('webhook.read');
      const w = webhooks.get(id);
      if (!w) throw new Problem(404, `${ERROR}WebhookNaoEncontrado`, 'Webhook não encontrado.', 'Webhook associado à chave em questão não encontrado.');
      return send(200, { webhookUrl: w.url, chave: id, criacao: w.createdAt });
    }
    if (resource === 'webhook' && id !== undefined && method === 'DELETE') {
      need('webhook.write');
      if (!webhooks.delete(id)) throw new Problem(404, `${ERROR}WebhookNaoEncontrado`, 'Webhook não encontrado.', 'Webhook associado à chave em questão não encontrado.');
      return send(204);
    }
    throw new Problem(405, `${ERROR}RequisicaoInvalida`, 'Requisição inválida', `${method} não suportado pelo fake em ${url.pathname}`);
  }

  function token(req: IncomingMessage, text: string, send: (s: number, p?: unknown, h?: Record<string, string>) => void) {
    const auth = req.headers.authorization ?? '';
    const [id, secret] = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':') : [];
    if (id !== clientId || secret !== clientSecret) {
      return send(401, { error: 'invalid_client', error_description: 'client authentication failed' }, { 'content-type': 'application/json' });
    }
    const form = new URLSearchParams(text);
    if (form.get('grant_type') !== 'client_credentials') return send(400, { error: 'unsupported_grant_type' }, { 'content-type': 'application/json' });
    const asked = (form.get('scope') ?? ALL_SCOPES.join(' ')).split(' ').filter(Boolean);
    const granted = asked.filter((s) => ALL_SCOPES.includes(s));
    const value = randomBytes(24).toString('base64url');
    tokens.set(value, new Set(granted));
    issued++;
    send(200, { access_token: value, token_type: 'Bearer', expires_in: options.tokenLifetimeSeconds ?? 3600, scope: granted.join(' ') });
  }

  // ---- cob / cobv ------------------------------------------------------------------------------------------

  function invalid(kind: 'cob' | 'cobv', violacoes: { razao: string; propriedade: string }[]): Problem {
    return new Problem(
      400,
      `${ERROR}${kind === 'cob' ? 'CobOperacaoInvalida' : 'CobVOperacaoInvalida'}`,
      'Cobrança inválida.',
      `A requisição que busca alterar ou criar uma cobrança ${kind === 'cob' ? 'para pagamento imediato' : 'com vencimento'} não respeita o _schema_ ou está semanticamente errada.`,
      violacoes,
    );
  }

  function validateCharge(kind: 'cob' | 'cobv', b: unknown): { razao: string; propriedade: string }[] {
    const v: { razao: string; propriedade: string }[] = [];
    const bad = (propriedade: string, razao = `O campo ${propriedade} não respeita o _schema_.`) => v.push({ razao, propriedade });
    if (!isObject(b)) return [{ razao: 'O corpo não é um objeto JSON.', propriedade: kind }];
    const cal = b.calendario;
    let due: string | undefined;
    if (kind === 'cob') {
      if (cal !== undefined && !isObject(cal)) bad('cob.calendario');
      const exp = isObject(cal) ? cal.expiracao : undefined;
      if (exp !== undefined && (!Number.isInteger(exp) || (exp as number) <= 0)) bad('cob.calendario.expiracao', 'O campo cob.calendario.expiracao é igual ou menor que zero.');
    } else {
      if (!isObject(cal) || !validDate(cal.dataDeVencimento)) bad('cobv.calendario.dataDeVencimento');
      else {
        due = cal.dataDeVencimento;
        if (due < today()) bad('cobv.calendario.dataDeVencimento', 'O campo cobv.calendario.dataDeVencimento é anterior à data de criação da cobrança.');
        const after = cal.validadeAposVencimento;
        if (after !== undefined && (!Number.isInteger(after) || (after as number) < 0)) {
          bad('cobv.calendario.validadeAposVencimento', 'O campo cobv.calendario.validadeAposVencimento é menor do que zero.');
        }
      }
    }
    const dev = b.devedor;
    if (dev !== undefined || kind === 'cobv') {
      const ok =
        isObject(dev) &&
        typeof dev.nome === 'string' &&
        dev.nome.length > 0 &&
        dev.nome.length <= 200 &&
        (dev.cpf === undefined) !== (dev.cnpj === undefined) &&
        (dev.cpf === undefined || (typeof dev.cpf === 'string' && /^\d{11}$/.test(dev.cpf))) &&
        (dev.cnpj === undefined || (typeof dev.cnpj === 'string' && /^\d{14}$/.test(dev.cnpj)));
      if (!ok) bad(`${kind}.devedor`, `O objeto ${kind}.devedor não respeita o _schema_.`);
    }
    if (typeof b.chave !== 'string' || b.chave.length === 0 || b.chave.length > 77) bad(`${kind}.chave`);
    else if (!keys.has(b.chave)) bad(`${kind}.chave`, `O campo ${kind}.chave corresponde a uma conta que não pertence a este usuário recebedor.`);
    if (b.solicitacaoPagador !== undefined && (typeof b.solicitacaoPagador !== 'string' || b.solicitacaoPagador.length > 140)) bad('solicitacaoPagador');
    const valor = b.valor;
    const original = isObject(valor) && typeof valor.original === 'string' && AMOUNT.test(valor.original) ? toCents(valor.original) : undefined;
    if (original === undefined) bad(`${kind}.valor.original`);
    else if (original === 0) bad(`${kind}.valor.original`, `O campo ${kind}.valor.original apresenta o valor zero.`);
    if (kind === 'cobv' && isObject(valor)) {
      const modal = (name: string, max: number) => {
        const o = valor[name];
        if (o === undefined) return undefined;
        // the schema types modalidade as integer (int32, minimum/maximum)
        if (!isObject(o) || !Number.isInteger(o.modalidade) || (o.modalidade as number) < 1 || (o.modalidade as number) > max) {
          bad(`cobv.valor.${name}`, `O objeto cobv.valor.${name} não respeita o _schema_.`);
          return undefined;
        }
        return o as Record<string, unknown> & { modalidade: number };
      };
      for (const [name, max] of [['multa', 2], ['juros', 8], ['abatimento', 2]] as const) {
        const o = modal(name, max);
        if (o && (typeof o.valorPerc !== 'string' || !AMOUNT.test(o.valorPerc))) bad(`cobv.valor.${name}`, `O objeto cobv.valor.${name} não respeita o _schema_.`);
      }
      const d = modal('desconto', 6);
      if (d && (d.modalidade === 1 || d.modalidade === 2)) {
        const list = d.descontoDataFixa;
        if (d.valorPerc !== undefined) bad('cobv.valor.desconto', 'O objeto cobv.valor.desconto apresenta modalidade no valor 1 ou 2, porém cobv.valor.desconto.valorPerc encontra-se preenchido');
        if (!Array.isArray(list) || list.length === 0 || list.length > 3) {
          bad('cobv.valor.desconto', 'O objeto cobv.valor.desconto apresenta modalidade no valor 1 ou 2, porém o array cobv.valor.desconto.descontoDataFixa está vazio ou nulo.');
        } else {
          for (const item of list) {
            if (!isObject(item) || !validDate(item.data) || typeof item.valorPerc !== 'string' || !AMOUNT.test(item.valorPerc)) {
              bad('cobv.valor.desconto', 'O objeto cobv.valor.desconto não respeita o _schema_.');
            } else if (due !== undefined && item.data > due) {
              bad('cobv.valor.desconto', 'O objeto cobv.valor.desconto apresenta algum elemento cuja data seja posterior à data de vencimento representada por calendario.dataDeVencimento.');
            } else if (original !== undefined && (d.modalidade === 1 ? toCents(item.valorPerc) >= original : toCents(item.valorPerc) >= 10000)) {
              bad('cobv.valor.desconto', 'O objeto cobv.valor.desconto apresenta algum elemento de desconto que representa um valor maior ou igual ao valor da cobrança original ou maior ou igual a 100%.');
            }
          }
        }
      }
    }
    return v;
  }

  function putCharge(kind: 'cob' | 'cobv', txid: string, b: unknown, send: (s: number, p?: unknown) => void) {
    if (!TXID.test(txid)) throw invalid(kind, [{ razao: 'O txid deve respeitar o padrão [a-zA-Z0-9]{26,35}.', propriedade: `${kind}.txid` }]);
    const violacoes = validateCharge(kind, b);
    if (violacoes.length) throw invalid(kind, violacoes);
    const body = b as Record<string, unknown>;
    const requestKey = JSON.stringify(canonical(body));
    const existing = charges.get(txid);
    if (existing) {
      // the same request again is a replay (201, same charge); a txid is unique per recipient otherwise
      if (existing.kind === kind && existing.requestKey === requestKey) return send(201, existing.doc);
      throw invalid(kind, [{ razao: 'O txid informado já está em uso por outra cobrança deste usuário recebedor.', propriedade: `${kind}.txid` }]);
    }
    const criacao = new Date().toISOString();
    const location = `pix.fake-psp.example/qr/v2/${kind === 'cobv' ? 'cobv/' : ''}${randomBytes(16).toString('hex')}`;
    const cal = (body.calendario ?? {}) as Record<string, unknown>;
    const calendario =
      kind === 'cob'
        ? { criacao, expiracao: cal.expiracao ?? 86400 }
        : { criacao, dataDeVencimento: cal.dataDeVencimento, validadeAposVencimento: cal.validadeAposVencimento ?? 30 };
    const loc = { id: locId++, location, tipoCob: kind, criacao };
    const doc = {
      ...body,
      calendario,
      txid,
      revisao: 0,
      loc,
      ...(kind === 'cob' ? { location } : {}),
      status: 'ATIVA',
      pixCopiaECola: pix.build({ url: location, merchantName: 'NETPROVIDER FAKE PSP', merchantCity: 'SAO PAULO' }),
    } as unknown as StoredCharge['doc']; // validateCharge has checked chave and valor.original
    charges.set(txid, { kind, requestKey, doc });
    send(201, doc);
  }

  function getCharge(kind: 'cob' | 'cobv', txid: string): StoredCharge {
    const c = charges.get(txid);
    if (!c || c.kind !== kind) {
      throw kind === 'cob'
        ? new Problem(404, `${ERROR}CobNaoEncontrado`, 'Cobrança não encontrada.', 'Cobrança não encontrada para o txid informado.')
        : new Problem(404, `${ERROR}CobVNaoEncontrada`, 'Cobrança não encontrada.', 'Cobrança com vencimento não encontrada para o txid informado.');
    }
    return c;
  }

  function patchCharge(kind: 'cob' | 'cobv', txid: string, b: unknown) {
    const c = getCharge(kind, txid);
    if (!isObject(b)) throw invalid(kind, [{ razao: 'O corpo não é um objeto JSON.', propriedade: kind }]);
    if (c.doc.status !== 'ATIVA') {
      throw new Problem(400, `${ERROR}${kind === 'cob' ? 'CobOperacaoInvalida' : 'CobVOperacaoInvalida'}`, 'Operação inválida.', 'Cobrança não encontra-se mais com o status ATIVA, somente cobranças ativas podem ser revisadas.');
    }
    if (b.status !== undefined) {
      if (b.status !== 'REMOVIDA_PELO_USUARIO_RECEBEDOR') throw invalid(kind, [{ razao: 'O campo cob.status não respeita o _schema_.', propriedade: 'cob.status' }]);
      if (Object.keys(b).length > 1) throw invalid(kind, [{ razao: 'Não é possível remover a cobrança e alterá-la na mesma requisição.', propriedade: 'cob.status' }]);
      c.doc.status = 'REMOVIDA_PELO_USUARIO_RECEBEDOR';
      c.doc.revisao += 1;
      return c.doc;
    }
    // CobVRevisada: a revision of calendario.dataDeVencimento and/or valor (the revisions the fake implements).
    // The revised charge must be valid as a whole (a discount dated after the new due date is refused); the
    // fake replaces valor as sent.
    const revisable = (k: string) => k === 'calendario' || k === 'valor';
    const calOk = (c: unknown) => isObject(c) && Object.keys(c).length === 1 && 'dataDeVencimento' in c;
    if (kind === 'cobv' && Object.keys(b).length > 0 && Object.keys(b).every(revisable) && (b.calendario === undefined || calOk(b.calendario))) {
      const current = c.doc as unknown as Record<string, unknown>;
      const calendario = { ...(current.calendario as Record<string, unknown>), ...(isObject(b.calendario) ? b.calendario : {}) };
      const revised = { ...current, calendario, valor: b.valor ?? current.valor };
      const violacoes = validateCharge('cobv', revised).map((v) =>
        v.propriedade === 'cobv.calendario.dataDeVencimento' && isObject(b.calendario) && validDate(b.calendario.dataDeVencimento)
          ? { ...v, razao: 'O campo cobv.calendario.dataDeVencimento é anterior à data atual.' }
          : v,
      );
      if (violacoes.length) throw invalid(kind, violacoes);
      Object.assign(c.doc, { calendario, valor: revised.valor });
      c.doc.revisao += 1;
      return c.doc;
    }
    throw new Problem(501, `${ERROR}RequisicaoInvalida`, 'Não implementado', 'o fake só implementa PATCH {status: REMOVIDA_PELO_USUARIO_RECEBEDOR} e PATCH {calendario: {dataDeVencimento}, valor} de cobv');
  }

  // ---- pix / webhook -----------------------------------------------------------------------------------------

  function listPix(q: URLSearchParams) {
    const bad: { razao: string; propriedade: string }[] = [];
    const instant = (name: string) => {
      const s = q.get(name);
      const t = s === null ? Number.NaN : Date.parse(s);
      if (s === null || !/^\d{4}-\d{2}-\d{2}T/.test(s) || Number.isNaN(t)) bad.push({ razao: `O parâmetro ${name} não respeita o _schema_.`, propriedade: name });
      return t;
    };
    const inicio = instant('inicio');
    const fim = instant('fim');
    const page = Number(q.get('paginacao.paginaAtual') ?? '0');
    const asked = Number(q.get('paginacao.itensPorPagina') ?? '100');
    if (!Number.isInteger(page) || page < 0) bad.push({ razao: 'o parâmetro paginacao.paginaAtual é negativo.', propriedade: 'paginacao.paginaAtual' });
    if (!Number.isInteger(asked) || asked < 1 || asked > 1000) bad.push({ razao: 'o parâmetro paginacao.itensPorPagina não respeita o _schema_.', propriedade: 'paginacao.itensPorPagina' });
    if (!bad.length && fim < inicio) bad.push({ razao: 'o timestamp representado pelo parâmetro fim é anterior ao timestamp representado pelo parâmetro inicio.', propriedade: 'fim' });
    if (bad.length) throw new Problem(400, `${ERROR}PixConsultaInvalida`, 'Consulta inválida', 'Os parâmetros de consulta à lista de pix recebidos não respeitam o schema ou não fazem sentido semanticamente.', bad);
    const size = Math.min(asked, options.maxPageSize ?? 1000);
    const all = received.filter((p) => Date.parse(p.horario) >= inicio && Date.parse(p.horario) <= fim).sort((a, b) => a.horario.localeCompare(b.horario));
    return {
      parametros: {
        inicio: q.get('inicio'),
        fim: q.get('fim'),
        paginacao: { paginaAtual: page, itensPorPagina: size, quantidadeDePaginas: Math.max(1, Math.ceil(all.length / size)), quantidadeTotalDeItens: all.length },
      },
      pix: all.slice(page * size, page * size + size),
    };
  }

  function putWebhook(chave: string, b: unknown) {
    const fail = (razao: string) => new Problem(400, `${ERROR}WebhookOperacaoInvalida`, 'Webhook inválido.', 'A presente requisição busca criar um webhook sem respeitar o _schema_ ou, ainda, com sentido semanticamente inválido.', [{ razao, propriedade: razao.includes('webhookUrl') ? 'webhook.webhookUrl' : 'chave' }]);
    if (!keys.has(chave)) throw fail('o parâmetro {chave} não corresponde a uma chave DICT pertencente a este usuário recebedor.');
    const u = isObject(b) ? b.webhookUrl : undefined;
    let parsed: URL | undefined;
    try {
      parsed = typeof u === 'string' ? new URL(u) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) throw fail('Campo webhook.webhookUrl não respeita o _schema_.');
    webhooks.set(chave, { url: u as string, createdAt: webhooks.get(chave)?.createdAt ?? new Date().toISOString() });
  }

  async function deliver(p: ApiPix): Promise<WebhookDelivery | undefined> {
    const base = webhooks.get(p.chave)?.url;
    if (!base || p.txid === undefined) return undefined; // only Pix with a txid are notified
    const url = `${base.replace(/\/+$/, '')}/pix`;
    const body = { pix: [p] };
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.webhookSecret) headers[options.webhookSecret.header] = options.webhookSecret.value;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    await res.arrayBuffer();
    const d = { url, status: res.status, body };
    deliveries.push(d);
    return d;
  }

  async function pay(txid: string, o: PayOptions = {}) {
    const c = charges.get(txid);
    if (!c) throw new Error(`fake PSP: no charge ${txid}`);
    if (c.doc.status !== 'ATIVA') throw new Error(`fake PSP: charge ${txid} is ${c.doc.status}`);
    const original = toCents(c.doc.valor.original);
    const comp: Record<string, { valor: string }> = { original: { valor: cents(original) } };
    if (o.fineCents) comp.multa = { valor: cents(o.fineCents) };
    if (o.interestCents) comp.juros = { valor: cents(o.interestCents) };
    if (o.discountCents) comp.desconto = { valor: cents(o.discountCents) };
    const total = o.amountCents ?? original + (o.fineCents ?? 0) + (o.interestCents ?? 0) - (o.discountCents ?? 0);
    const at = o.at ? new Date(o.at) : new Date();
    const p: ApiPix = {
      endToEndId: o.endToEndId ?? fakeEndToEndId(at),
      txid,
      valor: cents(total),
      chave: c.doc.chave,
      horario: at.toISOString(),
      ...(o.payerInfo !== undefined ? { infoPagador: o.payerInfo } : {}),
      componentesValor: comp,
    };
    received.push(p);
    c.doc.status = 'CONCLUIDA';
    c.doc.pix = [...((c.doc.pix as ApiPix[] | undefined) ?? []), p];
    const delivery = await deliver(p);
    return { pix: p, ...(delivery ? { delivery } : {}) };
  }

  const server: Server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert, ca: options.tls.ca, requestCert: true, rejectUnauthorized: true }, handler)
    : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl: `${origin}/api/v2`,
    tokenUrl: `${origin}/oauth/token`,
    requests,
    deliveries,
    tokensIssued: () => issued,
    webhookOf: (key: string) => webhooks.get(key)?.url,
    revokeTokens: () => tokens.clear(),
    failNext: (f) => void failures.push({ status: f.status ?? 503, times: f.times ?? 1, ...(f.method ? { method: f.method } : {}), ...(f.pathIncludes ? { pathIncludes: f.pathIncludes } : {}) }),
    receiveWithoutTxid: ({ amountCents, at }) => {
      const when = at ? new Date(at) : new Date();
      const p: ApiPix = { endToEndId: fakeEndToEndId(when), valor: cents(amountCents), chave: [...keys][0]!, horario: when.toISOString(), componentesValor: { original: { valor: cents(amountCents) } } };
      received.push(p);
      return p;
    },
    pay,
    redeliver: async (e2e) => {
      const p = received.find((x) => x.endToEndId === e2e);
      if (!p) throw new Error(`fake PSP: no Pix ${e2e}`);
      const d = await deliver(p);
      if (!d) throw new Error('fake PSP: no webhook configured for this key');
      return d;
    },
    payTwice: async (txid, o) => {
      const first = await pay(txid, o);
      const again = await deliver(first.pix);
      return { pix: first.pix, deliveries: [first.delivery, again].filter((d): d is WebhookDelivery => d !== undefined) };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Key order does not make two requests different. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (isObject(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])]));
  return v;
}
