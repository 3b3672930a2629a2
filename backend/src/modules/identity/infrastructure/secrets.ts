import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import * as argon2 from 'argon2';
import type { Config } from '../../../platform/config/config.js';
import { CONFIG } from '../../../platform/database/tokens.js';

/** A random secret for a bearer credential (refresh token, one-time token): 256 bits, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** High-entropy tokens are stored as SHA-256: a leaked table gives nothing usable. */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Password hashing (argon2id), TOTP secret encryption and the CPF/CNPJ blind index. Keys are derived from
 * the master key with HKDF, one per purpose, so no key serves two purposes.
 */
@Injectable()
export class IdentitySecrets {
  private readonly totpKey: Buffer;
  private readonly documentKey: Buffer;
  private readonly argonOptions: argon2.HashOptions;
  private dummyHash: Promise<string> | null = null;

  constructor(@Inject(CONFIG) config: Config) {
    this.totpKey = Buffer.from(hkdfSync('sha256', config.masterKey, Buffer.alloc(0), 'netprovider:identity:totp-secret', 32));
    this.documentKey = Buffer.from(hkdfSync('sha256', config.masterKey, Buffer.alloc(0), 'netprovider:identity:document-index', 32));
    const memoryCost = config.ARGON2_MEMORY_KIB ?? (config.NODE_ENV === 'test' ? 1024 : 19_456);
    this.argonOptions = { type: argon2.argon2id, memoryCost, timeCost: 2, parallelism: 1 };
  }

  hashPassword(password: string): Promise<string> {
    return argon2.hash(password, this.argonOptions);
  }

  async verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
    // unknown account or no password yet: spend the same time on a dummy hash so timing reveals nothing
    const target = hash ?? (await (this.dummyHash ??= this.hashPassword(randomToken())));
    try {
      const ok = await argon2.verify(target, password);
      return ok && !!hash;
    } catch {
      return false;
    }
  }

  /** HMAC-SHA256 of the digits-only CPF/CNPJ: finds the account without storing the document. */
  documentIndex(digits: string): string {
    return createHmac('sha256', this.documentKey).update(digits).digest('hex');
  }

  encryptTotpSecret(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.totpKey, iv);
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `v1:${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${body.toString('base64url')}`;
  }

  decryptTotpSecret(stored: string): string {
    const [v, iv, tag, body] = stored.split(':');
    if (v !== 'v1' || !iv || !tag || body === undefined) throw new Error('unknown TOTP secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.totpKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}
