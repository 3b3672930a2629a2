import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '../../../platform/database/tokens.js';
import type { Config } from '../../../platform/config/config.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { DomainError } from '../domain/domain-error.js';

/**
 * The business date collections acts on (São Paulo). Outside production it can be set — at boot with
 * NETPROVIDER_TODAY, or by `POST /api/v1/collections/evaluate {date}` — so tests and demos walk a simulated
 * calendar; in production it is always the real date and cannot be moved.
 */
@Injectable()
export class BusinessClock {
  private simulated: string | null;
  private readonly production: boolean;

  constructor(@Inject(CONFIG) config: Config) {
    this.production = config.NODE_ENV === 'production';
    this.simulated = this.production ? null : (config.NETPROVIDER_TODAY ?? null);
  }

  today(): string {
    return this.simulated ?? saoPauloDate(new Date());
  }

  /** Moves the simulated calendar (refused in production, where only today can be evaluated). */
  set(date: string): void {
    if (this.production) {
      if (date !== this.today()) throw new DomainError('collections.clock-fixed', { field: 'date', reason: 'only today can be evaluated in production' });
      return;
    }
    this.simulated = date;
  }
}
