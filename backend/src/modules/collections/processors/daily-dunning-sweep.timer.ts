import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Database } from '@netprovider/event-store';
import { CONFIG, DATABASE, LOGGER } from '../../../platform/database/tokens.js';
import type { Config } from '../../../platform/config/config.js';
import { BusinessClock } from '../infrastructure/business-clock.js';
import { DunningEvaluator } from '../infrastructure/dunning-evaluator.js';

const TICK_MS = 10 * 60_000;

/**
 * The daily evaluation: in processes that run processors (roles all and worker), every ten minutes it checks
 * whether the business date changed since its last sweep and, if so, evaluates every contract the ladder may
 * act on. A cross-process lock keeps it to one worker; the evaluation is idempotent, so a sweep repeated
 * after a crash or racing an event reactor records nothing twice.
 */
@Injectable()
export class DailyDunningSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private lastSweep: string | null = null;
  private running = false;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: BusinessClock,
    private readonly evaluator: DunningEvaluator,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NETPROVIDER_ROLE === 'api' || this.config.NETPROVIDER_ROLE === 'web') return;
    this.timer = setInterval(() => void this.tick(), TICK_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async tick(): Promise<void> {
    const today = this.clock.today();
    if (this.running || this.lastSweep === today) return;
    this.running = true;
    const lock = await this.db.tryLock('collections:daily-sweep').catch(() => null);
    try {
      if (!lock) return;
      const result = await this.evaluator.sweep(today, { actorId: 'system', actorKind: 'system', trigger: 'daily-sweep' });
      this.lastSweep = today;
      this.logger.info({ today, ...result }, 'collections: daily dunning sweep');
    } catch (err) {
      this.logger.error({ err: (err as Error).message }, 'collections: daily dunning sweep failed; retried on the next tick');
    } finally {
      await lock?.release().catch(() => undefined);
      this.running = false;
    }
  }
}
