import { classifyHttpStatus, type SendOutcome } from '../../domain/message-delivery.js';
import { digitsOnly, postJson, type ChannelAdapter, type Contacts, type OutgoingMessage } from './channel.js';

/**
 * SMS through Zenvia API v2: `POST {base}/v2/channels/sms/messages` with `X-API-TOKEN`, body
 * `{from, to, contents: [{type: 'text', text}]}`; 200 answers the message `{id, …}`; errors are
 * `{code, message}` (400 validation, 401 authentication, 5xx). The API takes no idempotency key: a crash
 * between the call and recording its answer leaves the row `uncertain` (never sent again).
 */
export class ZenviaSmsChannel implements ChannelAdapter {
  readonly channel = 'sms' as const;
  readonly provider = 'zenvia';

  constructor(private readonly baseUrl: string, private readonly token: string, private readonly from: string, private readonly timeoutMs: number) {}

  recipient(contacts: Contacts): string | null {
    // a Brazilian mobile number (9 digits after the area code) receives SMS
    const mobile = contacts.phones.find((p) => /^\+55\d{2}9\d{8}$/.test(p.number)) ?? contacts.phones[0];
    return mobile ? digitsOnly(mobile.number) : null;
  }

  async send(message: OutgoingMessage, to: string): Promise<SendOutcome> {
    const r = await postJson(
      `${this.baseUrl.replace(/\/$/, '')}/v2/channels/sms/messages`, { 'X-API-TOKEN': this.token },
      { from: this.from, to, contents: [{ type: 'text', text: message.body }] }, this.timeoutMs,
    );
    if (r.kind === 'network') return { kind: 'temporary', error: r.error };
    const verdict = classifyHttpStatus(r.status);
    if (verdict === 'sent') return { kind: 'sent', providerMessageId: String((r.json as { id?: unknown } | null)?.id ?? '') || null };
    const code = String((r.json as { code?: unknown } | null)?.code ?? '').replace(/[^\w-]/g, '').slice(0, 60);
    return { kind: verdict, error: `zenvia-${r.status}${code ? `:${code}` : ''}` };
  }
}
