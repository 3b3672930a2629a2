import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../../platform/database/tokens.js';
import { FILE_STORAGE, type FileStorage } from '../../../platform/storage/file-storage.js';

/** What an uploaded document may be, recognised by its first bytes (never by its name or declared type). */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

export function detectContentType(b: Buffer): DocumentContentType | null {
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

/** File-name extensions each type may carry (a PDF named `.png` is refused). */
export const EXTENSIONS: Record<DocumentContentType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
};

const MAGIC = Buffer.from('NPF1');

/**
 * Customer documents at rest: AES-256-GCM under the customer's data key (the event store's subject key), so
 * the crypto-shredding of an erasure (key destroyed) leaves every stored file unreadable, in whichever storage.
 * Layout: `NPF1` | iv (12) | tag (16) | ciphertext.
 */
@Injectable()
export class DocumentFiles {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  static sha256(b: Buffer): string {
    return createHash('sha256').update(b).digest('hex');
  }

  /** Encrypts and stores; false when the customer's key is gone (erased). */
  async put(customerId: string, storageKey: string, plain: Buffer): Promise<boolean> {
    const key = await this.store.keys!.getOrCreate(this.store.db, customerId);
    if (!key) return false;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    await this.storage.put(storageKey, Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]), 'application/octet-stream');
    return true;
  }

  /** The plaintext; `erased` when the key was destroyed, `missing` when the object is not in the storage. */
  async get(customerId: string, storageKey: string): Promise<Buffer | 'erased' | 'missing'> {
    const key = await this.store.keys!.get(this.store.db, customerId);
    if (!key) return 'erased';
    const blob = await this.storage.get(storageKey);
    if (!blob) return 'missing';
    if (!blob.subarray(0, 4).equals(MAGIC)) throw new Error(`stored document ${storageKey} has an unknown format`);
    const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(4, 16));
    decipher.setAuthTag(blob.subarray(16, 32));
    return Buffer.concat([decipher.update(blob.subarray(32)), decipher.final()]);
  }

  delete(storageKey: string): Promise<void> {
    return this.storage.delete(storageKey);
  }
}
