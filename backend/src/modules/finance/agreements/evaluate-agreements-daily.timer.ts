import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../../platform/database/tokens.js';
import { systemMetadata } from '../../../platform/auth/command-context.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { AgreementsService } from './agreements.service.js';

const HOUR = 60 * 60 * 1000;

/**
 * Evaluates every company's active agreements once per São Paulo day (checked hourly; the first check waits
 * ten minutes after boot). Safe with several instances: every break and completion is an append with
 * expected versions, so a second evaluator finds the agreement no longer active.
 */
@Injectable()
export class EvaluateAgreementsDailyTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private lastDay: string | null = null;

  constructor(private readonly agreements: AgreementsService, @Inject(LOGGER) private readonly logger: Logger) {}

  onApplicationBootstrap(): void {
    this.timer = setTimeout(() => this.tick(), 10 * 60 * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  async tick(): Promise<void> {
    const today = saoPauloDate(new Date());
    try {
      if (this.lastDay !== today) {
        for (const companyId of await this.agreements.companiesWithActiveAgreements()) {
          const r = await this.agreements.evaluate(companyId, today, systemMetadata(companyId, { correlationId: `agreements-${today}` }));
          if (r.broken.length || r.completed.length) this.logger.info({ companyId, ...r }, 'agreements evaluated');
        }
        this.lastDay = today;
      }
    } catch (err) {
      this.logger.error({ err }, 'agreement evaluation failed; retrying in an hour');
    }
    if (this.timer) {
      this.timer = setTimeout(() => this.tick(), HOUR);
      this.timer.unref();
    }
  }
}
