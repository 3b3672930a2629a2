import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import type { Database } from '@netprovider/event-store';
import { Public } from '../auth/permissions.js';
import { CACHE, DATABASE, INTEGRATION_PUBLISHER } from '../database/tokens.js';
import type { Cache } from '../cache/cache.js';
import { Metrics } from '../metrics/metrics.js';
import type { IntegrationEventPublisher } from '../messaging/publisher.js';
import { responseMatches, ZodResponse, type SameShape } from '../http/validation.js';

interface Pingable {
  ping?(): Promise<boolean>;
}

export interface Liveness { status: 'ok' }
/** 200 when ready, 503 with the same body when a configured dependency is down. */
export interface Readiness { status: 'ready' | 'not-ready'; checks: Record<string, 'ok' | 'down' | 'not-configured'> }

export const LivenessSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' });
export const ReadinessSchema = z.object({
  status: z.enum(['ready', 'not-ready']),
  checks: z.record(z.string(), z.enum(['ok', 'down', 'not-configured'])).describe('database, cache (Redis), kafka'),
}).meta({ id: 'Readiness' });

@ApiTags('platform')
@Controller()
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(CACHE) private readonly cache: Cache,
    @Inject(INTEGRATION_PUBLISHER) private readonly publisher: IntegrationEventPublisher & Pingable,
    private readonly metrics: Metrics,
  ) {}

  /** Liveness: the process answers. */
  @Get('health')
  @Public()
  @ZodResponse(LivenessSchema)
  health(): Liveness {
    return { status: 'ok' };
  }

  /** Readiness: the database answers, and Redis and Kafka when they are configured. */
  @Get('ready')
  @Public()
  @ZodResponse(ReadinessSchema)
  @ZodResponse(ReadinessSchema, 503)
  async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    const checks: Record<string, 'ok' | 'down' | 'not-configured'> = {};
    checks.database = await this.db.query('SELECT 1').then(() => 'ok' as const, () => 'down' as const);
    checks.cache = this.cache.kind === 'memory' ? 'not-configured' : (await this.cache.ping()) ? 'ok' : 'down';
    checks.kafka = this.publisher.ping ? ((await this.publisher.ping().catch(() => false)) ? 'ok' : 'down') : 'not-configured';
    const ok = Object.values(checks).every((c) => c !== 'down');
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ready' : 'not-ready', checks };
  }

  @Get('metrics')
  @Public()
  @ApiExcludeEndpoint()
  @Header('Cache-Control', 'no-store')
  async prometheus(@Res() res: Response) {
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}

responseMatches<SameShape<z.infer<typeof LivenessSchema>, Liveness>>();
responseMatches<SameShape<z.infer<typeof ReadinessSchema>, Readiness>>();
