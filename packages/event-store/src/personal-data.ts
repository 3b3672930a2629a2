import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SqlExecutor } from './database.js';

/**
 * Crypto-shredding for LGPD erasure. Each data subject (a customer, a user) gets a random 256-bit data key;
 * personal fields of its events are encrypted with AES-256-GCM under that key. The data key is stored wrapped
 * (encrypted) under the master key. Destroying the subject's key makes every personal field of every event
 * of that subject unreadable forever, while the event itself and its non-personal fields stay.
 */
export interface PersonalDataPolicy {
  /** Which data subject the event's personal fields belong to. */
  subjectId(data: Record<string, unknown>, streamId: string): string | null;
  /** Dot paths of personal fields; `[]` walks arrays, e.g. `addresses[].street`. */
  fields: readonly string[];
}

const PREFIX = 'pii:v1:';

export class SubjectKeyStore {
  private readonly cache = new Map<string, { key: Buffer | null; at: number }>();

  constructor(
    private readonly masterKey: Buffer,
    private readonly cacheTtlMs = 60_000,
  ) {
    if (masterKey.length !== 32) throw new Error('master key must be 32 bytes');
  }

  /** Returns the subject's data key, creating it inside the caller's transaction if missing. */
  async getOrCreate(exec: SqlExecutor, subjectId: string): Promise<Buffer | null> {
    const cached = this.cache.get(subjectId);
    if (cached && Date.now() - cached.at < this.cacheTtlMs) return cached.key;
    const fresh = randomBytes(32);
    await exec.query(
      `INSERT INTO es_subject_keys (subject_id, wrapped_key) VALUES ($1, $2) ON CONFLICT (subject_id) DO NOTHING`,
      [subjectId, this.wrap(fresh)],
    );
    return this.load(exec, subjectId);
  }

  async get(exec: SqlExecutor, subjectId: string): Promise<Buffer | null> {
    const cached = this.cache.get(subjectId);
    if (cached && Date.now() - cached.at < this.cacheTtlMs) return cached.key;
    return this.load(exec, subjectId);
  }

  private async load(exec: SqlExecutor, subjectId: string): Promise<Buffer | null> {
    const r = await exec.query<{ wrapped_key: Uint8Array | null }>(
      'SELECT wrapped_key FROM es_subject_keys WHERE subject_id = $1',
      [subjectId],
    );
    const wrapped = r.rows[0]?.wrapped_key;
    const key = wrapped ? this.unwrap(Buffer.from(wrapped)) : null;
    this.cache.set(subjectId, { key, at: Date.now() });
    if (this.cache.size > 50_000) this.cache.delete(this.cache.keys().next().value as string);
    return key;
  }

  /** Destroys the subject's key for good; the row stays as evidence of when it was destroyed. */
  async destroy(exec: SqlExecutor, subjectId: string): Promise<void> {
    await exec.query(
      `INSERT INTO es_subject_keys (subject_id, wrapped_key, destroyed_at) VALUES ($1, NULL, now())
       ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, destroyed_at = now()`,
      [subjectId],
    );
    this.cache.set(subjectId, { key: null, at: Date.now() });
  }

  forget(subjectId: string): void {
    this.cache.delete(subjectId);
  }

  private wrap(key: Buffer): Buffer {
    return Buffer.from(seal(this.masterKey, key));
  }
  private unwrap(blob: Buffer): Buffer {
    return open(this.masterKey, blob);
  }
}

function seal(key: Buffer, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, blob: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12));
  decipher.setAuthTag(blob.subarray(12, 28));
  return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
}

export function encryptValue(key: Buffer, value: unknown): string {
  return PREFIX + seal(key, Buffer.from(JSON.stringify(value), 'utf8')).toString('base64');
}

export function isEncrypted(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function decryptValue(key: Buffer, value: string): unknown {
  return JSON.parse(open(key, Buffer.from(value.slice(PREFIX.length), 'base64')).toString('utf8'));
}

/** Applies fn to every value at `path` (with `[]` for arrays) in place; returns the number of values touched. */
export function mapPath(obj: unknown, path: string, fn: (v: unknown) => unknown): number {
  const parts = path.split('.');
  let touched = 0;
  const walk = (node: unknown, i: number): void => {
    if (node === null || typeof node !== 'object') return;
    let part = parts[i]!;
    const isArray = part.endsWith('[]');
    if (isArray) part = part.slice(0, -2);
    const rec = node as Record<string, unknown>;
    if (!(part in rec) || rec[part] === undefined || rec[part] === null) return;
    const last = i === parts.length - 1;
    if (isArray) {
      const arr = rec[part];
      if (!Array.isArray(arr)) return;
      if (last) {
        for (let k = 0; k < arr.length; k++) {
          arr[k] = fn(arr[k]);
          touched++;
        }
      } else for (const item of arr) walk(item, i + 1);
    } else if (last) {
      rec[part] = fn(rec[part]);
      touched++;
    } else walk(rec[part], i + 1);
  };
  walk(obj, 0);
  return touched;
}
