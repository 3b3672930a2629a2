import { Inject, Injectable } from '@nestjs/common';
import type { Config } from '../../../platform/config/config.js';
import type { Cache } from '../../../platform/cache/cache.js';
import { CACHE, CONFIG } from '../../../platform/database/tokens.js';
import { sha256 } from './secrets.js';

const WINDOW_MS = 60 * 60_000;
const BASE_DELAY_S = 30;
const MAX_DELAY_S = 15 * 60;

/**
 * Lockout with a growing delay, per account (keyed by the e-mail or document as typed, so an unknown account
 * behaves exactly like a known one) and per client IP. Counters live in the shared cache (Redis when
 * configured). From the threshold on, each failure locks the key for 30 s × 2^(failures − threshold), capped
 * at 15 min; an attempt while locked is refused without checking the password and counts as a failure, so
 * hammering only lengthens the lock. Counters expire an hour after the first failure.
 */
@Injectable()
export class LoginThrottle {
  private readonly accountThreshold: number;
  private readonly ipThreshold: number;

  constructor(
    @Inject(CACHE) private readonly cache: Cache,
    @Inject(CONFIG) config: Config,
  ) {
    this.accountThreshold = config.LOGIN_LOCKOUT_ACCOUNT_THRESHOLD;
    this.ipThreshold = config.LOGIN_LOCKOUT_IP_THRESHOLD;
  }

  private keys(scope: string, account: string, ip: string | undefined) {
    const list = [{ key: `login:acct:${scope}:${sha256(account.trim().toLowerCase())}`, threshold: this.accountThreshold }];
    if (ip) list.push({ key: `login:ip:${ip}`, threshold: this.ipThreshold });
    return list;
  }

  /** Seconds to wait when any key is locked (the attempt then counts as a failure), else 0. */
  async check(scope: string, account: string, ip: string | undefined): Promise<number> {
    let wait = 0;
    for (const { key } of this.keys(scope, account, ip)) {
      const until = Number((await this.cache.get(`${key}:until`)) ?? 0);
      if (until > Date.now()) wait = Math.max(wait, Math.ceil((until - Date.now()) / 1000));
    }
    if (wait > 0) wait = Math.max(wait, await this.fail(scope, account, ip));
    return wait;
  }

  /** Records a failure; returns the lock it caused in seconds (0 below the threshold). */
  async fail(scope: string, account: string, ip: string | undefined): Promise<number> {
    let wait = 0;
    for (const { key, threshold } of this.keys(scope, account, ip)) {
      const n = await this.cache.incr(key, WINDOW_MS);
      if (n >= threshold) {
        const seconds = Math.min(MAX_DELAY_S, BASE_DELAY_S * 2 ** Math.min(n - threshold, 10));
        await this.cache.set(`${key}:until`, String(Date.now() + seconds * 1000), seconds * 1000);
        wait = Math.max(wait, seconds);
      }
    }
    return wait;
  }

  /** A successful login clears the account's counter (not the IP's: one good password must not reset a spray). */
  async succeed(scope: string, account: string): Promise<void> {
    const [acct] = this.keys(scope, account, undefined);
    await this.cache.del(acct!.key);
    await this.cache.del(`${acct!.key}:until`);
  }
}
