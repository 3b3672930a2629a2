import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * Local fakes of the message providers, written from their published APIs, for the delivery tests:
 * an in-process SMTP server (smtp-server), Zenvia API v2 SMS (`POST /v2/channels/sms/messages`, X-API-TOKEN)
 * and the WhatsApp Cloud API (`POST /{version}/{phone-number-id}/messages`, Bearer token, template messages).
 * Each records what arrived; `failNext` programs the answers of the next calls (status + provider error body).
 */

export { FakeSmtp, type ReceivedMail } from '../../../test-support/fake-smtp.js';

export interface ReceivedRequest { method: string; path: string; headers: Record<string, string | string[] | undefined>; body: unknown }

abstract class FakeHttp {
  readonly requests: ReceivedRequest[] = [];
  /** Answers for the next calls: `{status, body}` (then the normal success answer). */
  readonly failNext: Array<{ status: number; body: unknown }> = [];
  /** Answers for the next calls to one recipient (`to` of the request body). */
  readonly failFor = new Map<string, Array<{ status: number; body: unknown }>>();
  private server: Server | null = null;

  protected abstract handle(req: ReceivedRequest): { status: number; body: unknown };

  async start(): Promise<string> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let body: unknown = null;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          body = null;
        }
        const received = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
        this.requests.push(received);
        const to = (body as { to?: unknown } | null)?.to;
        const answer = (typeof to === 'string' ? this.failFor.get(to)?.shift() : undefined) ?? this.failNext.shift() ?? this.handle(received);
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Zenvia API v2: 200 `{id, from, to, direction: 'OUT', channel: 'sms', contents, timestamp}`; 401 without the token; 400 on a bad body. */
export class FakeZenvia extends FakeHttp {
  private seq = 0;
  constructor(private readonly token: string) {
    super();
  }

  protected handle(req: ReceivedRequest): { status: number; body: unknown } {
    if (req.method !== 'POST' || req.path !== '/v2/channels/sms/messages') return { status: 404, body: { code: 'NOT_FOUND', message: 'Not found' } };
    if (req.headers['x-api-token'] !== this.token) return { status: 401, body: { code: 'AUTHENTICATION_ERROR', message: 'No authorization token was found' } };
    const b = req.body as { from?: string; to?: string; contents?: Array<{ type?: string; text?: string }> } | null;
    if (!b?.from || !b.to || !/^\d{10,15}$/.test(b.to) || b.contents?.[0]?.type !== 'text' || !b.contents[0].text) {
      return { status: 400, body: { code: 'VALIDATION_ERROR', message: 'Validation error', details: [{ code: 'INVALID_FORMAT', path: 'to', message: 'invalid' }] } };
    }
    return { status: 200, body: { id: `zenvia-${++this.seq}`, from: b.from, to: b.to, direction: 'OUT', channel: 'sms', contents: b.contents, timestamp: new Date().toISOString() } };
  }
}

/** WhatsApp Cloud API: 200 `{messaging_product, contacts: [{input, wa_id}], messages: [{id: 'wamid…'}]}`; errors `{error: {message, type, code, fbtrace_id}}`. */
export class FakeWhatsApp extends FakeHttp {
  private seq = 0;
  constructor(private readonly token: string, private readonly phoneNumberId: string, private readonly version: string) {
    super();
  }

  protected handle(req: ReceivedRequest): { status: number; body: unknown } {
    if (req.method !== 'POST' || req.path !== `/${this.version}/${this.phoneNumberId}/messages`) return { status: 404, body: { error: { message: 'Unknown path', type: 'GraphMethodException', code: 100 } } };
    if (req.headers.authorization !== `Bearer ${this.token}`) return { status: 401, body: { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190, fbtrace_id: 'x' } } };
    const b = req.body as { messaging_product?: string; to?: string; type?: string; template?: { name?: string; language?: { code?: string } } } | null;
    if (b?.messaging_product !== 'whatsapp' || b.type !== 'template' || !b.template?.name || !b.template.language?.code || !b.to) {
      return { status: 400, body: { error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100, fbtrace_id: 'x' } } };
    }
    return { status: 200, body: { messaging_product: 'whatsapp', contacts: [{ input: b.to, wa_id: b.to }], messages: [{ id: `wamid.FAKE${++this.seq}` }] } };
  }
}
