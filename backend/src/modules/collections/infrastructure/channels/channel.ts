import type { Channel } from '../../domain/ladder.js';
import type { SendOutcome } from '../../domain/message-delivery.js';

/** A message ready to leave: its outbox id (idempotency/correlation), subject (e-mail) and pt-BR text. */
export interface OutgoingMessage {
  id: string;
  subject: string;
  body: string;
}

/** Where a customer can be reached (from `CustomersPublicApi.contactPoints`; personal data, never logged). */
export interface Contacts {
  emails: string[];
  phones: Array<{ number: string; whatsapp: boolean }>;
}

/**
 * One channel's provider. `recipient` picks the address or number from the customer's contacts (null: none
 * for this channel → the message fails with `no-recipient`); `send` makes one provider call and reports its
 * outcome, with errors that carry codes and statuses only.
 */
export interface ChannelAdapter {
  readonly channel: Channel;
  readonly provider: string;
  recipient(contacts: Contacts): string | null;
  send(message: OutgoingMessage, to: string): Promise<SendOutcome>;
  close?(): void;
}

/** JSON POST with a timeout, mapped to a send outcome by status (2xx / 408, 429, 5xx / other 4xx). */
export async function postJson(
  url: string, headers: Record<string, string>, body: unknown, timeoutMs: number,
): Promise<{ kind: 'response'; status: number; json: unknown } | { kind: 'network'; error: string }> {
  try {
    const res = await fetch(url, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { kind: 'response', status: res.status, json };
  } catch (err) {
    const name = (err as Error).name;
    return { kind: 'network', error: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : `network-error:${(err as { cause?: { code?: string } }).cause?.code ?? name}` };
  }
}

/** Brazilian mobile numbers are stored E.164 (+55…); the HTTP providers want the digits only. */
export const digitsOnly = (e164: string) => e164.replace(/\D/g, '');
