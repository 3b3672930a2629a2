import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Config } from '../../../platform/config/config.js';
import { CONFIG } from '../../../platform/database/tokens.js';

const derive = (master: Buffer, info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));

/** Accent- and case-folded name for search (unaccent() is not IMMUTABLE, so this is computed here). */
export const searchableName = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Read-model cryptography of the customers module: blind indexes (HMAC-SHA256 under a derived key) for
 * exact lookups of document, e-mail and phone, and AES-256-GCM for the sensitive fields. Keys are derived
 * from the master key with HKDF, one per purpose, so neither can decrypt events or the other.
 */
@Injectable()
export class CustomerCrypto {
  private readonly indexKey: Buffer;
  private readonly dataKey: Buffer;

  constructor(@Inject(CONFIG) config: Config) {
    this.indexKey = derive(config.masterKey, 'netprovider/customers/blind-index/v1');
    this.dataKey = derive(config.masterKey, 'netprovider/customers/read-model/v1');
  }

  private mac(kind: string, value: string): string {
    return createHmac('sha256', this.indexKey).update(`${kind}:${value}`).digest('hex');
  }

  /** Of a normalized CPF/CNPJ (no mask, upper case). */
  documentIndex(normalized: string): string {
    return this.mac('document', normalized);
  }
  emailIndex(email: string): string {
    return this.mac('email', email.trim().toLowerCase());
  }
  /** Of an E.164 number. */
  phoneIndex(e164: string): string {
    return this.mac('phone', e164);
  }

  /** Of a normalized CEP (8 digits): addresses are found by CEP without the directory holding any address. */
  zipCodeIndex(normalized: string): string {
    return this.mac('zip', normalized);
  }

  encrypt(value: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.dataKey, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return 'v1:' + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  decrypt<T>(sealed: string): T {
    const blob = Buffer.from(sealed.slice(3), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.dataKey, blob.subarray(0, 12));
    decipher.setAuthTag(blob.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8')) as T;
  }
}
