import { SmtpMailTransport } from '../../../../platform/mail/smtp-mail-transport.js';
import type { SendOutcome } from '../../domain/message-delivery.js';
import type { ChannelAdapter, Contacts, OutgoingMessage } from './channel.js';

/**
 * E-mail over SMTP (the platform's SmtpMailTransport, nodemailer). The outbox id goes in the Message-ID, so a
 * message a relay received twice can be recognised by it; SMTP has no idempotency key, so a crash between the
 * relay's 250 and recording it leaves the row `uncertain` (never sent again). 5xx replies are permanent, 4xx
 * and connection errors retried.
 */
export class SmtpEmailChannel implements ChannelAdapter {
  readonly channel = 'email' as const;
  readonly provider = 'smtp';
  private readonly transport: SmtpMailTransport;

  constructor(url: string, from: string, timeoutMs: number, messageIdDomain = 'netprovider.local') {
    this.transport = new SmtpMailTransport(url, from, timeoutMs, messageIdDomain);
  }

  recipient(contacts: Contacts): string | null {
    return contacts.emails[0] ?? null;
  }

  send(message: OutgoingMessage, to: string): Promise<SendOutcome> {
    return this.transport.send({ id: message.id, to, subject: message.subject, text: message.body });
  }

  close(): void {
    this.transport.close();
  }
}
