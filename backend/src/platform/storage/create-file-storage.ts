import { join } from 'node:path';
import type { Config } from '../config/config.js';
import { DiskFileStorage } from './disk-file-storage.js';
import { MemoryFileStorage, type FileStorage } from './file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';

/** S3-compatible when STORAGE_S3_ENDPOINT is set, else the data dir's `files/` (in memory for `:memory:`). */
export function createFileStorage(config: Config): FileStorage {
  if (config.STORAGE_S3_ENDPOINT) {
    return new S3FileStorage({
      endpoint: config.STORAGE_S3_ENDPOINT,
      bucket: config.STORAGE_S3_BUCKET!,
      accessKeyId: config.STORAGE_S3_ACCESS_KEY!,
      secretAccessKey: config.STORAGE_S3_SECRET_KEY!,
      region: config.STORAGE_S3_REGION,
    });
  }
  return config.dataDir === ':memory:' ? new MemoryFileStorage() : new DiskFileStorage(join(config.dataDir, 'files'));
}
