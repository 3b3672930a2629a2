import nodemailer, { type Transporter } from 'nodemailer';

/** What one SMTP submission came to: accepted by the relay, refused for good (5xx), or worth retrying. */
export type MailSendResult =
  | { kind: 'sent'; providerMessageId: string | null }
  | { kind: 'permanent'; error: string }
  | { kind: 'temporary'; error: string };

export interface MailToSend {
  /** Our id for the message: it becomes the Message-ID, so a relay that got it twice can tell. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * E-mail submission over SMTP (nodemailer), shared by every module that sends mail (identity's password and
 * first-access links, collections' dunning notices). Errors carry codes only: SMTP replies 5xx are permanent,
 * 4xx and connection errors temporary. Recipients and bodies are never logged here.
 *   url: smtp://user:pass@host:587 (STARTTLS when offered) · smtps://…:465 · ?ignoreTLS=true for a local relay
 */
export class SmtpMailTransport {
  private readonly transport: Transporter;

  constructor(url: string, private readonly from: string, timeoutMs: number, private readonly messageIdDomain = 'netprovider.local') {
    const u = new URL(url);
    const secure = u.protocol === 'smtps:';
    this.transport = nodemailer.createTransport({
      host: u.hostname, port: Number(u.port) || (secure ? 465 : 587), secure,
      ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
      ignoreTLS: u.searchParams.get('ignoreTLS') === 'true',
      connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs,
    });
  }

  async send(mail: MailToSend): Promise<MailSendResult> {
    try {
      const info = await this.transport.sendMail({
        from: this.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.id}@${this.messageIdDomain}>`,
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
