import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const port = z.coerce.number({ message: 'must be a number' }).int('must be an integer').min(1, 'must be 1-65535').max(65535, 'must be 1-65535');
const csv = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

/** Every setting the system reads, validated once at boot. Nothing reads process.env elsewhere. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: port.default(3000),
  HOST: z.string().default('0.0.0.0'),
  NETPROVIDER_ROLE: z.enum(['all', 'api', 'worker', 'web']).default('all'),
  NETPROVIDER_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  KAFKA_BROKERS: csv.optional(),
  KAFKA_CLIENT_ID: z.string().default('netprovider'),
  KAFKA_TOPIC_PREFIX: z.string().default('netprovider'),
  NETPROVIDER_ADMIN_EMAIL: z.email('must be an e-mail address').optional(),
  NETPROVIDER_ADMIN_PASSWORD: z.string().min(10, 'must have at least 10 characters').optional(),
  NETPROVIDER_MASTER_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)')
    .optional(),
  JWT_SECRET: z.string().min(32, 'must have at least 32 characters').optional(),
  CORS_ORIGINS: csv.default([]),
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/i, 'must look like 1mb or 512kb').default('1mb'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  NETPROVIDER_WEB: z.enum(['on', 'off']).default('on'),
  NETPROVIDER_PUBLIC_URL: z.url('must be a URL').default('http://localhost:3000'),
  /** Name of the company created at first start (the ISP itself). */
  NETPROVIDER_COMPANY_NAME: z.string().min(1).max(200).default('Meu Provedor'),
  /** argon2id memory cost in KiB; default 19456 (OWASP), 1024 when NODE_ENV=test to keep the suite fast. */
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).max(1_048_576).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Failed logins of one account (or one IP) before each further attempt is refused with a growing delay. */
  /** Shared secret the PIX PSP sends in `x-webhook-secret` (or put the webhook behind NGINX mTLS and name its verify header). */
  PIX_WEBHOOK_SECRET: z.string().min(16, 'must have at least 16 characters').optional(),
  /** Header set by the TLS-terminating proxy when the PSP's client certificate verified (e.g. x-ssl-client-verify). */
  PIX_WEBHOOK_MTLS_HEADER: z.string().min(1).optional(),
  /** BACEN Pix API v2 of the PSP that registers cobv charges (pixMode "psp" collection accounts). */
  PIX_PSP_BASE_URL: z.url('must be a URL').optional(),
  PIX_PSP_TOKEN_URL: z.url('must be a URL').optional(),
  PIX_PSP_CLIENT_ID: z.string().min(1).optional(),
  PIX_PSP_CLIENT_SECRET: z.string().min(1).optional(),
  PIX_PSP_CERT_FILE: z.string().min(1).optional(),
  PIX_PSP_KEY_FILE: z.string().min(1).optional(),
  PIX_PSP_CA_FILE: z.string().min(1).optional(),
  /**
   * The business date (São Paulo) collections acts on, for tests, demos and acceptance checks of the dunning
   * ladder (a simulated calendar). Ignored when NODE_ENV=production: there the clock is the real date.
   */
  NETPROVIDER_TODAY: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
  /**
   * E-mail for the whole deployment (identity's password-reset, first-access and invite links; collections'
   * dunning e-mails unless COLLECTIONS_SMTP_URL overrides): an SMTP URL and the From address. Unset = embedded
   * behaviour: messages stay in the local outboxes.
   */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).optional(),
  /** Identity mail relay: attempts before a message is given up (failed). */
  IDENTITY_MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /**
   * Collections message channels (docs/collections.md "Message delivery"). A channel left unconfigured keeps the
   * embedded behaviour: its messages stay in the local outbox (status `local`).
   * E-mail: an SMTP URL (smtp:// or smtps://user:pass@host:port) and the From address.
   */
  COLLECTIONS_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  COLLECTIONS_MAIL_FROM: z.string().min(3).optional(),
  /** SMS through Zenvia API v2 (`POST {url}/v2/channels/sms/messages`, header X-API-TOKEN). */
  ZENVIA_API_URL: z.url('must be a URL').default('https://api.zenvia.com'),
  ZENVIA_API_TOKEN: z.string().min(1).optional(),
  ZENVIA_SMS_FROM: z.string().min(1).optional(),
  /** WhatsApp Cloud API (Meta): template messages and the delivery-status webhook. */
  WHATSAPP_API_URL: z.url('must be a URL').default('https://graph.facebook.com'),
  WHATSAPP_API_VERSION: z.string().regex(/^v\d+\.\d+$/, 'must look like v21.0').default('v21.0'),
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d+$/, 'must be digits').optional(),
  WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
  WHATSAPP_APP_SECRET: z.string().min(8, 'must have at least 8 characters').optional(),
  WHATSAPP_VERIFY_TOKEN: z.string().min(8, 'must have at least 8 characters').optional(),
  /** The approved template: one body parameter {{1}} receives the step's message text. */
  WHATSAPP_TEMPLATE_NAME: z.string().regex(/^[a-z0-9_]+$/, 'must be lowercase letters, digits and _').default('aviso_cobranca'),
  /**
   * The ladder's cancel step cancels the contract (reason delinquency) only after this many days of total
   * suspension (block); before that it waits. Default 30 (docs/collections.md: Res. 632/2014 art. 97 — VERIFY in 765/2023).
   */
  COLLECTIONS_CANCEL_AFTER_BLOCK_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** Provider request timeout; a timeout is retried like a 5xx. */
  COLLECTIONS_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Attempts before a message that keeps failing temporarily (5xx, timeout) is marked failed. */
  COLLECTIONS_SEND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  LOGIN_LOCKOUT_ACCOUNT_THRESHOLD: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCKOUT_IP_THRESHOLD: z.coerce.number().int().min(1).default(20),
  /** Uploaded files (customer documents): an S3-compatible bucket when the endpoint is set, else `<data dir>/files`. */
  STORAGE_S3_ENDPOINT: z.url('must be a URL').optional(),
  STORAGE_S3_BUCKET: z.string().min(3).max(63).optional(),
  STORAGE_S3_ACCESS_KEY: z.string().min(1).optional(),
  STORAGE_S3_SECRET_KEY: z.string().min(1).optional(),
  STORAGE_S3_REGION: z.string().min(1).default('us-east-1'),
  /** Largest accepted upload in bytes (default 10 MB); larger ones are refused with 413. */
  DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config extends RawConfig {
  dataDir: string;
  masterKey: Buffer;
  jwtSecret: Buffer;
  embedded: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Validates the environment. A bad value becomes one line naming the variable (the caller prints it and
 * exits non-zero). Secrets not given are generated once and kept in the data dir, so embedded mode needs
 * no setup and a restart keeps working tokens and readable personal data.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const clean: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') clean[key] = v;
  }
  const parsed = configSchema.safeParse(clean);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const shown = name in clean && !/SECRET|PASSWORD|KEY|TOKEN|SMTP_URL/.test(name) ? ` (got "${clean[name]}")` : '';
    throw new ConfigError(`invalid configuration: ${name} ${issue.message}${shown}`);
  }
  const raw = parsed.data;
  if (raw.STORAGE_S3_ENDPOINT) {
    const missing = (['STORAGE_S3_BUCKET', 'STORAGE_S3_ACCESS_KEY', 'STORAGE_S3_SECRET_KEY'] as const).find((k) => !raw[k]);
    if (missing) throw new ConfigError(`invalid configuration: ${missing} is required when STORAGE_S3_ENDPOINT is set`);
  }
  const groups: Array<[string, readonly (keyof RawConfig)[]]> = [
    ['SMTP_URL', ['MAIL_FROM']],
    ['COLLECTIONS_SMTP_URL', ['COLLECTIONS_MAIL_FROM']],
    ['ZENVIA_API_TOKEN', ['ZENVIA_SMS_FROM']],
    ['WHATSAPP_ACCESS_TOKEN', ['WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN']],
  ];
  for (const [trigger, needs] of groups) {
    const missing = raw[trigger as keyof RawConfig] ? needs.find((k) => !raw[k]) : undefined;
    if (missing) throw new ConfigError(`invalid configuration: ${missing} is required when ${trigger} is set`);
  }
  // ':memory:' keeps everything in process (tests, spec generation): no directory is created
  const dataDir = raw.NETPROVIDER_DATA_DIR === ':memory:' ? ':memory:' : resolve(raw.NETPROVIDER_DATA_DIR);
  const secrets = raw.NETPROVIDER_MASTER_KEY && raw.JWT_SECRET ? null : dataDir === ':memory:' ? generatedSecrets() : localSecrets(dataDir);
  return {
    ...raw,
    dataDir,
    embedded: !raw.DATABASE_URL,
    masterKey: Buffer.from(raw.NETPROVIDER_MASTER_KEY ?? secrets!.masterKey, 'hex'),
    jwtSecret: Buffer.from(raw.JWT_SECRET ?? secrets!.jwtSecret, 'utf8'),
  };
}

function generatedSecrets(): { masterKey: string; jwtSecret: string } {
  return { masterKey: randomBytes(32).toString('hex'), jwtSecret: randomBytes(48).toString('base64url') };
}

function localSecrets(dataDir: string): { masterKey: string; jwtSecret: string } {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { masterKey: string; jwtSecret: string };
  mkdirSync(dataDir, { recursive: true });
  const s = generatedSecrets();
  writeFileSync(file, JSON.stringify(s), { mode: 0o600 });
  return s;
}
