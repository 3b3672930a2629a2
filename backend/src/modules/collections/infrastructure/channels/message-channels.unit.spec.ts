import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../platform/config/config.js';
import { MessageChannels } from './message-channels.js';

const base = { NETPROVIDER_DATA_DIR: ':memory:' };

describe('message channels from the deployment configuration', () => {
  it('none configured: every channel stays local (embedded mode)', () => {
    expect(new MessageChannels(loadConfig(base)).configured()).toEqual([]);
  });

  it('each provider fully configured turns its channel on', () => {
    const channels = new MessageChannels(loadConfig({
      ...base,
      COLLECTIONS_SMTP_URL: 'smtp://relay.example:587', COLLECTIONS_MAIL_FROM: 'cobranca@provedor.test',
      ZENVIA_API_TOKEN: 't0ken', ZENVIA_SMS_FROM: 'provedor',
      WHATSAPP_ACCESS_TOKEN: 'tok', WHATSAPP_PHONE_NUMBER_ID: '123', WHATSAPP_APP_SECRET: 'app-secret', WHATSAPP_VERIFY_TOKEN: 'verify-me',
    }));
    expect(channels.configured().sort()).toEqual(['email', 'sms', 'whatsapp']);
    expect(channels.adapter('sms')!.provider).toBe('zenvia');
    channels.onApplicationShutdown();
  });

  it('a provider half configured stops the start with a line naming the missing variable, never echoing a secret', () => {
    expect(() => loadConfig({ ...base, ZENVIA_API_TOKEN: 'secret-token' })).toThrow('invalid configuration: ZENVIA_SMS_FROM is required when ZENVIA_API_TOKEN is set');
    expect(() => loadConfig({ ...base, WHATSAPP_ACCESS_TOKEN: 'tok', WHATSAPP_PHONE_NUMBER_ID: '123' })).toThrow('WHATSAPP_APP_SECRET is required when WHATSAPP_ACCESS_TOKEN is set');
    expect(() => loadConfig({ ...base, COLLECTIONS_SMTP_URL: 'smtp://u:p@relay:25' })).toThrow('COLLECTIONS_MAIL_FROM is required when COLLECTIONS_SMTP_URL is set');
    let message = '';
    try {
      loadConfig({ ...base, COLLECTIONS_SMTP_URL: 'http://user:pass@relay' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('invalid configuration: COLLECTIONS_SMTP_URL must be an smtp:// or smtps:// URL');
  });

  it('dunning e-mail uses the deployment SMTP (SMTP_URL, MAIL_FROM) unless COLLECTIONS_SMTP_URL overrides it', () => {
    const shared = new MessageChannels(loadConfig({ ...base, SMTP_URL: 'smtp://relay.example:587', MAIL_FROM: 'nao-responda@provedor.test' }));
    expect(shared.configured()).toEqual(['email']);
    shared.onApplicationShutdown();
    expect(() => loadConfig({ ...base, SMTP_URL: 'smtp://u:secret@relay:25' })).toThrow('invalid configuration: MAIL_FROM is required when SMTP_URL is set');
    expect(() => loadConfig({ ...base, SMTP_URL: 'https://u:secret@relay' })).toThrow(/^invalid configuration: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL$/);
  });
});
