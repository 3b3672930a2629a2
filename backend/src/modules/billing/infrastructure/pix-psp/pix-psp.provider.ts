import { readFileSync } from 'node:fs';
import type { Provider } from '@nestjs/common';
import type { Logger } from 'pino';
import { CONFIG, LOGGER } from '../../../../platform/database/tokens.js';
import { ConfigError, type Config } from '../../../../platform/config/config.js';
import { BacenPixApiClient } from './bacen-pix-api.client.js';
import type { PixPsp } from './pix-psp.port.js';

/** Injection token of the installation's PSP: a `PixPsp`, or `null` when PIX_PSP_BASE_URL is not set. */
export const PIX_PSP = Symbol('PIX_PSP');

/**
 * The PSP client from config, or null when none is configured. A half configuration (a base URL without
 * credentials, a certificate without its key, a file that cannot be read) stops the boot with a line
 * naming the variable rather than failing on the first charge.
 */
export function pixPspFromConfig(config: Config, logger?: Pick<Logger, 'warn'>): BacenPixApiClient | null {
  if (!config.PIX_PSP_BASE_URL) return null;
  if (!config.PIX_PSP_CLIENT_ID || !config.PIX_PSP_CLIENT_SECRET) {
    throw new ConfigError('invalid configuration: PIX_PSP_CLIENT_ID and PIX_PSP_CLIENT_SECRET are required when PIX_PSP_BASE_URL is set');
  }
  if (!config.PIX_PSP_CERT_FILE !== !config.PIX_PSP_KEY_FILE) {
    throw new ConfigError('invalid configuration: PIX_PSP_CERT_FILE and PIX_PSP_KEY_FILE go together (mTLS client certificate and its key)');
  }
  const read = (name: 'PIX_PSP_CERT_FILE' | 'PIX_PSP_KEY_FILE' | 'PIX_PSP_CA_FILE') => {
    try {
      return readFileSync(config[name]!);
    } catch (e) {
      throw new ConfigError(`invalid configuration: ${name} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  };
  const tls = config.PIX_PSP_CERT_FILE
    ? { cert: read('PIX_PSP_CERT_FILE'), key: read('PIX_PSP_KEY_FILE'), ...(config.PIX_PSP_CA_FILE ? { ca: read('PIX_PSP_CA_FILE') } : {}) }
    : undefined;
  try {
    return new BacenPixApiClient(
      {
        baseUrl: config.PIX_PSP_BASE_URL,
        clientId: config.PIX_PSP_CLIENT_ID,
        clientSecret: config.PIX_PSP_CLIENT_SECRET,
        ...(config.PIX_PSP_TOKEN_URL ? { tokenUrl: config.PIX_PSP_TOKEN_URL } : {}),
        ...(tls ? { tls } : {}),
      },
      logger ? { logger } : {},
    );
  } catch (e) {
    throw new ConfigError(`invalid configuration: PIX_PSP_BASE_URL: ${(e as Error).message}`);
  }
}

export const pixPspProvider: Provider = {
  provide: PIX_PSP,
  inject: [CONFIG, LOGGER],
  useFactory: (config: Config, logger: Logger): PixPsp | null => pixPspFromConfig(config, logger.child({ component: 'pix-psp' })),
};
