import { createHmac, timingSafeEqual } from 'node:crypto';
import { classifyHttpStatus, type SendOutcome } from '../../domain/message-delivery.js';
import { digitsOnly, postJson, type ChannelAdapter, type Contacts, type OutgoingMessage } from './channel.js';

/**
 * WhatsApp Cloud API (Meta): `POST {base}/{version}/{phone-number-id}/messages` with a Bearer token, a
 * template message (approved template name, language pt_BR, one body parameter = the step's text). 200
 * answers `{messages: [{id: 'wamid…'}]}`; errors `{error: {message, type, code, error_subcode, fbtrace_id}}`.
 * Delivery receipts arrive on the webhook (`verifyWebhookSignature`). No idempotency key: a crash between the
 * call and recording it leaves the row `uncertain` (never sent again).
 */
export class WhatsAppCloudChannel implements ChannelAdapter {
  readonly channel = 'whatsapp' as const;
  readonly provider = 'whatsapp-cloud';

  constructor(
    private readonly cfg: { baseUrl: string; version: string; phoneNumberId: string; token: string; templateName: string; timeoutMs: number },
  ) {}

  recipient(contacts: Contacts): string | null {
    const phone = contacts.phones.find((p) => p.whatsapp);
    return phone ? digitsOnly(phone.number) : null;
  }

  async send(message: OutgoingMessage, to: string): Promise<SendOutcome> {
    const { baseUrl, version, phoneNumberId, token, templateName, timeoutMs } = this.cfg;
    // template parameters may not hold new lines, tabs or more than 4 spaces in a row
    const text = message.body.replace(/[\n\t]+/g, ' ').replace(/ {4,}/g, '   ').slice(0, 1024);
    const r = await postJson(
      `${baseUrl.replace(/\/$/, '')}/${version}/${phoneNumberId}/messages`, { authorization: `Bearer ${token}` },
      {
        messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'template',
        template: { name: templateName, language: { code: 'pt_BR' }, components: [{ type: 'body', parameters: [{ type: 'text', text }] }] },
      },
      timeoutMs,
    );
    if (r.kind === 'network') return { kind: 'temporary', error: r.error };
    const verdict = classifyHttpStatus(r.status);
    if (verdict === 'sent') {
      const id = (r.json as { messages?: Array<{ id?: unknown }> } | null)?.messages?.[0]?.id;
      return { kind: 'sent', providerMessageId: typeof id === 'string' ? id : null };
    }
    const code = (r.json as { error?: { code?: unknown } } | null)?.error?.code;
    return { kind: verdict, error: `whatsapp-${r.status}${typeof code === 'number' ? `:${code}` : ''}` };
  }
}

/** `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>`, compared in constant time. */
export function verifyWebhookSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The statuses of a webhook notification: `entry[].changes[].value.statuses[] {id, status, …}`. */
export function webhookStatuses(body: unknown): Array<{ id: string; status: 'sent' | 'delivered' | 'read' | 'failed'; errorCode: number | null }> {
  const out: Array<{ id: string; status: 'sent' | 'delivered' | 'read' | 'failed'; errorCode: number | null }> = [];
  const entries = (body as { entry?: unknown })?.entry;
  if (!Array.isArray(entries)) return out;
  for (const entry of entries) {
    for (const change of (entry as { changes?: unknown[] })?.changes ?? []) {
      for (const s of (change as { value?: { statuses?: unknown[] } })?.value?.statuses ?? []) {
        const { id, status, errors } = s as { id?: unknown; status?: unknown; errors?: Array<{ code?: unknown }> };
        if (typeof id !== 'string' || !['sent', 'delivered', 'read', 'failed'].includes(String(status))) continue;
        const code = errors?.[0]?.code;
        out.push({ id, status: status as 'sent' | 'delivered' | 'read' | 'failed', errorCode: typeof code === 'number' ? code : null });
      }
    }
  }
  return out;
}
