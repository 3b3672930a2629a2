import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG } from '../../../../platform/database/tokens.js';
import type { Config } from '../../../../platform/config/config.js';
import type { ChannelAdapter } from './channel.js';
import { SmtpEmailChannel } from './email-smtp.channel.js';
import { ZenviaSmsChannel } from './sms-zenvia.channel.js';
import { WhatsAppCloudChannel } from './whatsapp-cloud.channel.js';

/**
 * The channel adapters this deployment has, from its configuration (validated at boot: a provider half
 * configured stops the start with a line naming the missing variable). A channel without a provider keeps
 * the embedded behaviour: its messages stay in the local outbox.
 */
@Injectable()
export class MessageChannels implements OnApplicationShutdown {
  private readonly adapters = new Map<string, ChannelAdapter>();

  constructor(@Inject(CONFIG) config: Config) {
    const timeoutMs = config.COLLECTIONS_SEND_TIMEOUT_MS;
    // Dunning e-mail may use its own relay/sender (COLLECTIONS_*), else the deployment's (SMTP_URL, MAIL_FROM).
    const [smtpUrl, mailFrom] = config.COLLECTIONS_SMTP_URL ? [config.COLLECTIONS_SMTP_URL, config.COLLECTIONS_MAIL_FROM] : [config.SMTP_URL, config.MAIL_FROM];
    if (smtpUrl && mailFrom) {
      this.adapters.set('email', new SmtpEmailChannel(smtpUrl, mailFrom, timeoutMs, new URL(config.NETPROVIDER_PUBLIC_URL).hostname));
    }
    if (config.ZENVIA_API_TOKEN && config.ZENVIA_SMS_FROM) {
      this.adapters.set('sms', new ZenviaSmsChannel(config.ZENVIA_API_URL, config.ZENVIA_API_TOKEN, config.ZENVIA_SMS_FROM, timeoutMs));
    }
    if (config.WHATSAPP_ACCESS_TOKEN && config.WHATSAPP_PHONE_NUMBER_ID) {
      this.adapters.set('whatsapp', new WhatsAppCloudChannel({
        baseUrl: config.WHATSAPP_API_URL, version: config.WHATSAPP_API_VERSION, phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID,
        token: config.WHATSAPP_ACCESS_TOKEN, templateName: config.WHATSAPP_TEMPLATE_NAME, timeoutMs,
      }));
    }
  }

  /** Channels with a provider (the others stay local). */
  configured(): string[] {
    return [...this.adapters.keys()];
  }

  adapter(channel: string): ChannelAdapter | undefined {
    return this.adapters.get(channel);
  }

  onApplicationShutdown(): void {
    for (const a of this.adapters.values()) a.close?.();
  }
}
