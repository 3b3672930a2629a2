import { Redis } from 'ioredis';

/** Cache and counters: Redis when REDIS_URL is set (shared by every process), in memory otherwise. */
export interface Cache {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  del(key: string): Promise<void>;
  /** Increments a counter that expires ttlMs after its first increment; returns the new value. */
  incr(key: string, ttlMs: number): Promise<number>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export class MemoryCache implements Cache {
  readonly kind = 'memory' as const;
  private readonly map = new Map<string, { value: string; expires: number }>();
  private sweeps = 0;

  private live(key: string) {
    const e = this.map.get(key);
    if (!e) return null;
    if (e.expires <= Date.now()) {
      this.map.delete(key);
      return null;
    }
    return e;
  }
  private sweep() {
    if (++this.sweeps % 1000 !== 0) return;
    const now = Date.now();
    for (const [k, e] of this.map) if (e.expires <= now) this.map.delete(k);
  }
  async get(key: string) {
    return this.live(key)?.value ?? null;
  }
  async set(key: string, value: string, ttlMs: number) {
    this.sweep();
    this.map.set(key, { value, expires: Date.now() + ttlMs });
  }
  async del(key: string) {
    this.map.delete(key);
  }
  async incr(key: string, ttlMs: number) {
    this.sweep();
    const e = this.live(key);
    if (!e) {
      this.map.set(key, { value: '1', expires: Date.now() + ttlMs });
      return 1;
    }
    e.value = String(Number(e.value) + 1);
    return Number(e.value);
  }
  async ping() {
    return true;
  }
  async close() {
    this.map.clear();
  }
}

export class RedisCache implements Cache {
  readonly kind = 'redis' as const;
  readonly redis: Redis;
  constructor(url: string) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    this.redis.on('error', () => undefined); // surfaced through /api/ready, not as a crash
  }
  async get(key: string) {
    return this.redis.get(key);
  }
  async set(key: string, value: string, ttlMs: number) {
    await this.redis.set(key, value, 'PX', ttlMs);
  }
  async del(key: string) {
    await this.redis.del(key);
  }
  async incr(key: string, ttlMs: number) {
    const [[, n]] = (await this.redis.multi().incr(key).pexpire(key, ttlMs, 'NX').exec()) as [[null, number], unknown];
    return n;
  }
  async ping() {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }
  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function createCache(redisUrl: string | undefined): Cache {
  return redisUrl ? new RedisCache(redisUrl) : new MemoryCache();
}
