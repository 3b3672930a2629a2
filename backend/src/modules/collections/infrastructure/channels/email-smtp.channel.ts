import nodemailer, { type Transporter } from 'nodemailer';
import type { SendOutcome } from '../../domain/message-delivery.js';
import type { ChannelAdapter, Contacts, OutgoingMessage } from './channel.js';

/**
 * E-mail over SMTP (nodemailer). The outbox id goes in the Message-ID, so a message a relay received twice
 * can be recognised by it; SMTP has no idempotency key, so a crash between the relay's 250 and recording it
 * leaves the row `uncertain` (never sent again). 5xx replies are permanent, 4xx and connection errors retried.
 */
export class SmtpEmailChannel implements ChannelAdapter {
  readonly channel = 'email' as const;
  readonly provider = 'smtp';
  private readonly transport: Transporter;

  constructor(url: string, private readonly from: string, timeoutMs: number, private readonly messageIdDomain = 'netprovider.local') {
    const u = new URL(url);
    const secure = u.protocol === 'smtps:';
    this.transport = nodemailer.createTransport({
      host: u.hostname, port: Number(u.port) || (secure ? 465 : 587), secure,
      ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
      // a plain smtp:// URL may say ?ignoreTLS=true (a local relay); otherwise STARTTLS is used when offered
      ignoreTLS: u.searchParams.get('ignoreTLS') === 'true',
      connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs,
    });
  }

  recipient(contacts: Contacts): string | null {
    return contacts.emails[0] ?? null;
  }

  async send(message: OutgoingMessage, to: string): Promise<SendOutcome> {
    try {
      const info = await this.transport.sendMail({
        from: this.from, to, subject: message.subject, text: message.body, messageId: `<${message.id}@${this.messageIdDomain}>`,
        headers: { 'Content-Language': 'pt-BR' },
      });
      return { kind: 'sent', providerMessageId: typeof info.messageId === 'string' ? info.messageId : null };
    } catch (err) {
      const e = err as { responseCode?: number; code?: string };
      if (typeof e.responseCode === 'number') {
        return e.responseCode >= 500 ? { kind: 'permanent', error: `smtp-${e.responseCode}` } : { kind: 'temporary', error: `smtp-${e.responseCode}` };
      }
      return { kind: 'temporary', error: `smtp-${e.code ?? 'error'}` };
    }
  }

  close(): void {
    this.transport.close();
  }
}
