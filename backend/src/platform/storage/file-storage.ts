/**
 * Where uploaded files live (customer documents…): local disk under the data dir in embedded mode, an
 * S3-compatible bucket in production. Keys are relative paths (`customers/<id>/<docId>`); callers encrypt
 * personal files before `put`, so neither backend ever holds them in clear.
 */
export interface FileStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
  /** Deleting a missing object is not an error. */
  delete(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Keys are plain relative paths: no `..`, no leading slash, no odd characters (they become file paths and URLs). */
export function assertStorageKey(key: string): void {
  if (key.length > 512 || !KEY.test(key) || key.split('/').some((p) => p === '..' || p === '.')) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
}

/** In-process storage for `NETPROVIDER_DATA_DIR=:memory:` (tests, spec generation): gone with the process. */
export class MemoryFileStorage implements FileStorage {
  private readonly files = new Map<string, Buffer>();
  async put(key: string, body: Buffer): Promise<void> {
    assertStorageKey(key);
    this.files.set(key, Buffer.from(body));
  }
  async get(key: string): Promise<Buffer | null> {
    assertStorageKey(key);
    return this.files.get(key) ?? null;
  }
  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    this.files.delete(key);
  }
}
